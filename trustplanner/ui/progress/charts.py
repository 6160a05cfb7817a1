"""The Progress charts, drawn with matplotlib's object API on a Figure (never pyplot).

This module imports matplotlib; only the Progress page imports it, when it is
first opened. Each chart keeps its axes (and their ticks, which are costly to
make) and swaps only its data when the span or the history changes, so that a
redraw costs little more than a bare figure with the same points.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from dataclasses import dataclass

import matplotlib.dates as mdates
from matplotlib.collections import PolyCollection
from matplotlib.colors import LinearSegmentedColormap, to_rgba
from matplotlib.container import Container
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import FixedLocator, FuncFormatter
from PySide6.QtCore import QCoreApplication, QLocale

from trustplanner.domain.fears import FearOutcome
from trustplanner.domain.progress import (
    DayLoad,
    FearPoint,
    Keeping,
    MonthFears,
    calendar_span,
    monday_of,
)
from trustplanner.domain.trust_index import DayEvidence, IndexPoint
from trustplanner.ui.texts import minutes_text, number_text, qdate, short_date_text

translate = QCoreApplication.translate

# Colours that read on light and dark backgrounds; "didn't happen" stays neutral, never red.
KEPT = "#4c9a6a"
HONEST = "#5b8fd0"
LATE = "#d9922e"
DIDNT = "#9a938c"
OVER = "#c75b4a"
# Beyond this many bars, areas or dots are drawn instead: as readable, and far quicker.
MAX_BARS = 120
# Figures are sized in inches of LOGICAL_DPI window pixels, as in matplotlib's own Qt canvas.
LOGICAL_DPI = 100
# Room around the plot, in pixels at LOGICAL_DPI: for tick labels, the axis label and a title.
MARGINS = {"left": 62, "right": 14, "top": 30, "bottom": 34}


@dataclass(frozen=True)
class Colours:
    """The window's palette, so that charts follow light and dark."""

    background: str
    text: str
    grid: str
    accent: str
    empty: str


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


def _nearest(days: list[dt.date], x: float) -> int | None:
    """The position of the day nearest to x (a matplotlib date number)."""
    if not days:
        return None
    # Days sit at whole numbers: round, so that just before midnight is still that day.
    target = mdates.num2date(round(x)).date()
    position = bisect_left(days, target)
    candidates = [i for i in (position - 1, position) if 0 <= i < len(days)]
    return min(candidates, key=lambda i: abs((days[i] - target).days))


def _bars(axes, middles, bottoms, heights, width: float, colours) -> PolyCollection:
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


def _dots(axes, xs, ys, colour: str, size: float, alpha: float, label: str | None = None):
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


def _line_style(points: int, style: str) -> str:
    """No line through a single point: it would be a path with nowhere to go, which some
    renderers (the SVG one used for reports) close into an invalid shape."""
    return style if points > 1 else "none"


def _date_label(pattern: str):
    def label(x: float, _position: int) -> str:
        return QLocale().toString(qdate(mdates.num2date(x).date()), pattern)

    return FuncFormatter(label)


class Chart:
    """One chart on its own figure; subclasses draw their data in `show` and read it back."""

    def __init__(self, figure: Figure, colours: Colours):
        self.figure = figure
        self.colours = colours
        self.axes = figure.add_subplot(1, 1, 1)
        self._artists: list = []
        self._empty_text = self.axes.text(
            0.5,
            0.5,
            "",
            ha="center",
            va="center",
            wrap=True,
            transform=self.axes.transAxes,
            fontsize=11,
        )
        self.restyle(colours)
        fit_margins(figure)

    def restyle(self, colours: Colours) -> None:
        self.colours = colours
        figure, axes = self.figure, self.axes
        figure.set_facecolor(colours.background)
        axes.set_facecolor(colours.background)
        for spine in axes.spines.values():
            spine.set_color(colours.grid)
        axes.tick_params(colors=colours.text, labelsize=9)
        axes.yaxis.label.set_color(colours.text)
        axes.xaxis.label.set_color(colours.text)
        axes.title.set_color(colours.text)
        axes.grid(True, color=colours.grid, linewidth=0.5, alpha=0.6)
        axes.set_axisbelow(True)
        self._empty_text.set_color(colours.text)

    def _clear(self) -> None:
        for artist in self._artists:
            artist.remove()
        self._artists = []
        if self.axes.get_legend() is not None:
            self.axes.get_legend().remove()
        self._empty_text.set_text("")
        self.axes.xaxis.set_visible(True)
        self.axes.yaxis.set_visible(True)

    def _keep(self, *artists) -> None:
        for artist in artists:
            # A bar container is a tuple of bars, but must go as a whole: the axes list it
            # among their containers, and a legend would keep naming it after its bars went.
            if isinstance(artist, Container):
                self._artists.append(artist)
            elif isinstance(artist, list | tuple):
                self._artists.extend(artist)
            else:
                self._artists.append(artist)

    def _say_empty(self, text: str) -> None:
        self._empty_text.set_text(text)
        self.axes.xaxis.set_visible(False)
        self.axes.yaxis.set_visible(False)

    def _legend(self, location: str, columns: int = 1, handles: list | None = None) -> None:
        options = {"handles": handles} if handles else {}
        legend = self.axes.legend(loc=location, fontsize=8, frameon=False, ncols=columns, **options)
        for text in legend.get_texts():
            text.set_color(self.colours.text)

    def _date_axis(self, start: dt.date, end: dt.date) -> None:
        axes = self.axes
        axes.set_xlim(mdates.date2num(start) - 0.5, mdates.date2num(end) + 0.5)
        axes.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=3, maxticks=7))
        # Dates in the person's language (matplotlib's own names would be English).
        axes.xaxis.set_major_formatter(
            _date_label("MMM yyyy" if (end - start).days > 200 else "d MMM")
        )

    def describe(self, x: float, y: float) -> str | None:
        """What is under the mouse at data coordinates (x, y), or None."""
        return None


class IndexChart(Chart):
    """The index as a line, and each day's score as a dot."""

    def __init__(self, figure: Figure, colours: Colours):
        super().__init__(figure, colours)
        self.axes.set_ylim(-2, 102)
        self.axes.yaxis.set_major_locator(FixedLocator([0, 25, 50, 75, 100]))
        self.axes.set_ylabel(translate("charts", "0 to 100"))
        self._points: list[IndexPoint] = []
        self._days: list[dt.date] = []

    def show(self, points: list[IndexPoint], start: dt.date, end: dt.date) -> None:
        self._clear()
        self._points = points
        self._days = [p.day for p in points]
        if not any(p.score is not None for p in points):
            self._say_empty(
                translate(
                    "charts",
                    "Your self-trust index appears here once your first agreements have ended.",
                )
            )
            return
        numbers = mdates.date2num(self._days)
        scored = [(n, p.score) for n, p in zip(numbers, points, strict=True) if p.score is not None]
        self._keep(
            _dots(
                self.axes,
                [n for n, _ in scored],
                [s for _, s in scored],
                self.colours.accent,
                3.5,
                0.5,
                translate("charts", "Day score"),
            )
        )
        self._keep(
            self.axes.plot(
                numbers,
                [p.index for p in points],
                color=self.colours.accent,
                linewidth=2,
                linestyle=_line_style(len(points), "-"),
                label=translate("charts", "Self-trust index"),
            )
        )
        self._date_axis(start, end)
        self._legend("lower left")

    def describe(self, x: float, y: float) -> str | None:
        i = _nearest(self._days, x)
        if i is None or not self._artists:
            return None
        point = self._points[i]
        text = (
            translate("charts", "%1: index %2")
            .replace("%1", short_date_text(point.day))
            .replace("%2", number_text(point.index))
        )
        if point.score is not None:
            text += ", " + translate("charts", "day score %1").replace(
                "%1", number_text(point.score)
            )
        return text


class EndingsChart(Chart):
    """How agreements ended, per week, stacked."""

    def __init__(self, figure: Figure, colours: Colours):
        super().__init__(figure, colours)
        self.axes.set_ylabel(translate("charts", "Agreements per week"))
        self._weeks: list[DayEvidence] = []

    def show(self, weeks: list[DayEvidence]) -> None:
        self._clear()
        self._weeks = weeks
        if not any(w.ended for w in weeks):
            self._say_empty(
                translate("charts", "Here you will see, week by week, how your agreements ended.")
            )
            return
        middles = mdates.date2num([w.day for w in weeks]) + 3.5
        series = [
            ([w.kept for w in weeks], KEPT, translate("charts", "Kept")),
            ([w.renegotiated_honestly for w in weeks], HONEST, translate("charts", "Renegotiated")),
            (
                [w.renegotiated_late for w in weeks],
                LATE,
                translate("charts", "Renegotiated afterwards"),
            ),
            ([w.didnt_happen for w in weeks], DIDNT, translate("charts", "Didn't happen")),
        ]
        if len(weeks) <= MAX_BARS:
            bottom = [0] * len(weeks)
            for values, colour, _label in series:
                self._keep(_bars(self.axes, middles, bottom, values, 6, colour))
                bottom = [b + v for b, v in zip(bottom, values, strict=True)]
        else:
            self._keep(
                self.axes.stackplot(
                    middles,
                    *[values for values, _, _ in series],
                    colors=[c for _, c, _ in series],
                    labels=[label for _, _, label in series],
                    linewidth=0,
                )
            )
        top = max(w.ended for w in weeks)
        self.axes.set_ylim(0, top * 1.25 + 1)
        self._date_axis(weeks[0].day, weeks[-1].day + dt.timedelta(days=6))
        self._legend(
            "upper left",
            columns=2,
            handles=[Patch(color=colour, label=label) for _, colour, label in series],
        )

    def describe(self, x: float, y: float) -> str | None:
        if not self._weeks or not self._artists:
            return None
        starts = [w.day for w in self._weeks]
        position = bisect_left(starts, monday_of(mdates.num2date(x).date()))
        week = self._weeks[min(position, len(self._weeks) - 1)]
        return (
            translate(
                "charts", "Week of %1: %2 kept, %3 renegotiated, %4 afterwards, %5 didn't happen"
            )
            .replace("%1", short_date_text(week.day))
            .replace("%2", str(week.kept))
            .replace("%3", str(week.renegotiated_honestly))
            .replace("%4", str(week.renegotiated_late))
            .replace("%5", str(week.didnt_happen))
        )


class RealismChart(Chart):
    """Planned time as a share of the day's capacity, with the line where a day is full."""

    def __init__(self, figure: Figure, colours: Colours):
        super().__init__(figure, colours)
        self.axes.set_ylabel(translate("charts", "% of the time you had"))
        self._full = self.axes.axhline(100, color=colours.text, linewidth=1, linestyle="--")
        self._full_label = self.axes.text(
            0.995,
            100,
            translate("charts", "a full day"),
            transform=self.axes.get_yaxis_transform(),
            ha="right",
            va="bottom",
            fontsize=8,
            color=colours.text,
        )
        self._loads: list[DayLoad] = []

    def restyle(self, colours: Colours) -> None:
        super().restyle(colours)
        if hasattr(self, "_full"):
            self._full.set_color(colours.text)
            self._full_label.set_color(colours.text)

    def show(self, loads: list[DayLoad], start: dt.date, end: dt.date) -> None:
        self._clear()
        self._loads = [load for load in loads if load.ratio is not None]
        self._full.set_visible(bool(self._loads))
        self._full_label.set_visible(bool(self._loads))
        if not self._loads:
            self._say_empty(
                translate(
                    "charts", "Here you will see how much you planned against the time you had."
                )
            )
            return
        numbers = mdates.date2num([load.day for load in self._loads])
        shares = [100 * load.ratio for load in self._loads]
        if len(self._loads) <= MAX_BARS:
            colours = [OVER if s > 100 else LATE if s > 80 else KEPT for s in shares]
            self._keep(_bars(self.axes, numbers, [0] * len(shares), shares, 0.8, colours))
        else:
            for over, colour in ((False, KEPT), (True, OVER)):
                chosen = [(n, v) for n, v in zip(numbers, shares, strict=True) if (v > 100) == over]
                self._keep(
                    _dots(
                        self.axes, [n for n, _ in chosen], [v for _, v in chosen], colour, 2.5, 0.7
                    )
                )
        self.axes.set_ylim(0, max(150, min(400, max(shares) * 1.1)))
        self._date_axis(start, end)
        key = [(KEPT, translate("charts", "Fitted the day"))]
        if len(self._loads) <= MAX_BARS:
            key.append((LATE, translate("charts", "Nearly full")))
        key.append((OVER, translate("charts", "More than the day had")))
        self._legend(
            "upper left", columns=3, handles=[Patch(color=c, label=text) for c, text in key]
        )

    def describe(self, x: float, y: float) -> str | None:
        i = _nearest([load.day for load in self._loads], x)
        if i is None:
            return None
        load = self._loads[i]
        return (
            translate("charts", "%1: %2 agreed of %3 (%4 %)")
            .replace("%1", short_date_text(load.day))
            .replace("%2", minutes_text(load.planned))
            .replace("%3", minutes_text(load.capacity))
            .replace("%4", str(round(100 * load.ratio)))
        )


class FearsChart(Chart):
    """Anxiety before and after each fear faced, and how often what was feared happened."""

    def __init__(self, figure: Figure, colours: Colours):
        super().__init__(figure, colours)
        self.axes.set_ylim(-2, 102)
        self.axes.yaxis.set_major_locator(FixedLocator([0, 25, 50, 75, 100]))
        self.axes.set_ylabel(translate("charts", "Anxiety, 0 to 100"))
        self._points: list[FearPoint] = []

    def show(
        self, points: list[FearPoint], months: list[MonthFears], start: dt.date, end: dt.date
    ) -> None:
        self._clear()
        self._points = points
        if not points:
            self._say_empty(
                translate(
                    "charts",
                    "Fears you face show here: your anxiety before and after, and how often what "
                    "you feared really happened. Write them down in Fears.",
                )
            )
            return
        axes = self.axes
        days = mdates.date2num([p.day for p in points])
        if len(points) <= 400:
            self._keep(
                axes.vlines(
                    days,
                    [p.after for p in points],
                    [p.before for p in points],
                    colors=self.colours.grid,
                    linewidth=1,
                )
            )
        before = translate("charts", "Anxiety just before")
        self._keep(_dots(axes, days, [p.before for p in points], LATE, 4, 0.8, before))
        after = translate("charts", "Anxiety afterwards")
        self._keep(_dots(axes, days, [p.after for p in points], KEPT, 4, 0.8, after))
        if months:
            middles = mdates.date2num([m.month + dt.timedelta(days=14) for m in months])
            self._keep(
                axes.plot(
                    middles,
                    [100 * (m.share or 0) for m in months],
                    color=self.colours.text,
                    linewidth=1.5,
                    linestyle=_line_style(len(months), "--"),
                    marker="s",
                    markersize=3,
                    label=translate("charts", "What you feared happened (% per month)"),
                )
            )
        self._date_axis(start, end)
        self._legend("upper right")

    def describe(self, x: float, y: float) -> str | None:
        i = _nearest([p.day for p in self._points], x)
        if i is None:
            return None
        point = self._points[i]
        happened = {
            FearOutcome.HAPPENED: translate("charts", "what you feared happened"),
            FearOutcome.PARTLY: translate("charts", "what you feared partly happened"),
            FearOutcome.NOT: translate("charts", "what you feared did not happen"),
        }[point.outcome]
        return (
            translate("charts", "%1: anxiety %2 → %3; %4")
            .replace("%1", short_date_text(point.day))
            .replace("%2", str(point.before))
            .replace("%3", str(point.after))
            .replace("%4", happened)
        )


class CalendarChart(Chart):
    """The 53 weeks up to a day: one square per day, greener as more was kept."""

    WEEKS = 53

    def __init__(self, figure: Figure, colours: Colours):
        super().__init__(figure, colours)
        axes = self.axes
        axes.grid(False)
        axes.set_aspect("equal")
        axes.set_xlim(0, self.WEEKS)
        axes.set_ylim(7, 0)
        for spine in axes.spines.values():
            spine.set_visible(False)
        locale = QLocale()
        axes.set_yticks([0.5, 2.5, 4.5, 6.5])
        axes.set_yticklabels(
            [locale.dayName(d, QLocale.FormatType.ShortFormat) for d in (1, 3, 5, 7)]
        )
        axes.set_title(translate("charts", "Share of each day's agreements kept"), fontsize=10)
        axes.tick_params(length=0)
        axes.set_xlabel(
            translate(
                "charts", "Greener: more of that day's agreements kept. Pale: nothing ended."
            ),
            fontsize=8,
        )
        self._first = dt.date.today()
        self._keeping: dict[dt.date, Keeping] = {}

    def restyle(self, colours: Colours) -> None:
        super().restyle(colours)
        self.axes.grid(False)

    def show(self, keeping: dict[dt.date, Keeping], end: dt.date) -> None:
        self._clear()
        first, last = calendar_span(end)
        self._first, self._keeping = first, keeping
        grid = [[float("nan")] * self.WEEKS for _ in range(7)]
        for day, kept in keeping.items():
            if first <= day <= last and kept.share is not None:
                grid[day.weekday()][(day - first).days // 7] = kept.share
        cmap = LinearSegmentedColormap.from_list(
            "kept", [to_rgba(DIDNT, 0.35), KEPT]
        ).with_extremes(bad=to_rgba(self.colours.empty))
        self._keep(
            self.axes.pcolormesh(
                grid,
                cmap=cmap,
                vmin=0,
                vmax=1,
                edgecolors=self.colours.background,
                linewidth=1.5,
            )
        )
        locale = QLocale()
        months = [
            (week + 0.5, first + dt.timedelta(days=7 * week))
            for week in range(self.WEEKS)
            if (first + dt.timedelta(days=7 * week)).day <= 7
        ]
        self.axes.set_xticks([x for x, _ in months])
        self.axes.set_xticklabels(
            [locale.standaloneMonthName(m.month, QLocale.FormatType.ShortFormat) for _, m in months]
        )

    def describe(self, x: float, y: float) -> str | None:
        if not (0 <= x < self.WEEKS and 0 <= y < 7):
            return None
        day = self._first + dt.timedelta(days=7 * int(x) + int(y))
        kept = self._keeping.get(day)
        if kept is None or kept.share is None:
            return translate("charts", "%1: nothing ended").replace("%1", short_date_text(day))
        return (
            translate("charts", "%1: %2 of %3 kept")
            .replace("%1", short_date_text(day))
            .replace("%2", str(kept.kept))
            .replace("%3", str(kept.ended))
        )


class WeekdayChart(Chart):
    """Which weekdays keep best: the share kept for Monday to Sunday."""

    def __init__(self, figure: Figure, colours: Colours):
        super().__init__(figure, colours)
        locale = QLocale()
        self._names = [locale.dayName(day, QLocale.FormatType.ShortFormat) for day in range(1, 8)]
        self.axes.set_xticks(range(7))
        self.axes.set_xticklabels(self._names)
        self.axes.set_xlim(-0.6, 6.6)
        self.axes.set_ylim(0, 110)
        self.axes.yaxis.set_major_locator(FixedLocator([0, 25, 50, 75, 100]))
        self.axes.set_ylabel(translate("charts", "% of agreements kept"))
        self._pattern: list[Keeping] = []

    def show(self, pattern: list[Keeping]) -> None:
        self._clear()
        self._pattern = pattern
        if not any(k.ended for k in pattern):
            self._say_empty(
                translate(
                    "charts",
                    "Here you will see which days of the week you keep your agreements best.",
                )
            )
            return
        shares = [100 * (k.share or 0) for k in pattern]
        self._keep(self.axes.bar(range(7), shares, color=KEPT, width=0.7, linewidth=0))
        for x, keeping in enumerate(pattern):
            if keeping.ended:
                self._keep(
                    self.axes.text(
                        x,
                        100 * keeping.share + 1.5,
                        f"{round(100 * keeping.share)} %",
                        ha="center",
                        va="bottom",
                        fontsize=8,
                        color=self.colours.text,
                    )
                )

    def describe(self, x: float, y: float) -> str | None:
        weekday = round(x)
        if not self._pattern or not 0 <= weekday < 7:
            return None
        keeping = self._pattern[weekday]
        return (
            translate("charts", "%1: %2 of %3 kept")
            .replace("%1", self._names[weekday])
            .replace("%2", str(keeping.kept))
            .replace("%3", str(keeping.ended))
        )


CHARTS = (IndexChart, EndingsChart, RealismChart, FearsChart, CalendarChart, WeekdayChart)
