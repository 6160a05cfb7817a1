"""How the charts draw: fixed margins, bars and dots as single artists, dates in
the person's language. Costly matplotlib calls are avoided here for speed."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left

import matplotlib.dates as mdates
from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter
from PySide6.QtCore import QCoreApplication, QLocale

from trustplanner.words.dates import qdate

translate = QCoreApplication.translate

# Beyond this many bars, areas or dots are drawn instead: as readable, and far quicker.
MAX_BARS = 120


# Figures are sized in inches of LOGICAL_DPI window pixels, as in matplotlib's own Qt canvas.
LOGICAL_DPI = 100


# Room around the plot, in pixels at LOGICAL_DPI: for tick labels, the axis label and a title.
MARGINS = {"left": 62, "right": 14, "top": 30, "bottom": 34}


def fit_margins(figure: Figure) -> None:
    """Place the plot with fixed margins in pixels.

    Cheaper than tight_layout, which renders the whole figure once just to measure it.
    """
    # In inches, not device pixels: the same room on a HiDPI screen and on paper at 300 dpi.
    width, height = figure.get_size_inches() * LOGICAL_DPI
    if width < 100 or height < 100:
        return
    figure.subplots_adjust(
        left=MARGINS["left"] / width,
        right=1 - MARGINS["right"] / width,
        top=1 - MARGINS["top"] / height,
        bottom=MARGINS["bottom"] / height,
    )


def nearest(days: list[dt.date], x: float) -> int | None:
    """The position of the day nearest to x (a matplotlib date number)."""
    if not days:
        return None
    # Days sit at whole numbers: round, so that just before midnight is still that day.
    target = mdates.num2date(round(x)).date()
    position = bisect_left(days, target)
    candidates = [i for i in (position - 1, position) if 0 <= i < len(days)]
    return min(candidates, key=lambda i: abs((days[i] - target).days))


def bars(axes, middles, bottoms, heights, width: float, colours) -> PolyCollection:
    """Bars as one collection: drawn in one call, where axes.bar makes a patch per bar
    (a year of weekly bars, stacked four high, took a quarter of a second)."""
    half = width / 2
    shapes = [
        ((x - half, b), (x - half, b + h), (x + half, b + h), (x + half, b))
        for x, b, h in zip(middles, bottoms, heights, strict=True)
    ]
    bars = PolyCollection(shapes, facecolors=colours, linewidths=0)
    axes.add_collection(bars, autolim=False)
    return bars


def dots(axes, xs, ys, colour: str, size: float, alpha: float, label: str | None = None):
    """Points without a line: markers on one line object draw far quicker than a scatter."""
    return axes.plot(
        xs,
        ys,
        linestyle="none",
        marker="o",
        markersize=size,
        markeredgewidth=0,
        color=colour,
        alpha=alpha,
        **({"label": label} if label else {}),
    )


def line_style(points: int, style: str) -> str:
    """No line through a single point: it would be a path with nowhere to go, which some
    renderers (the SVG one used for reports) close into an invalid shape."""
    return style if points > 1 else "none"


def date_label(pattern: str):
    def label(x: float, _position: int) -> str:
        return QLocale().toString(qdate(mdates.num2date(x).date()), pattern)

    return FuncFormatter(label)
