"""The self-trust index over time: the index as a line, each day's score as a dot."""

from __future__ import annotations

import datetime as dt

import matplotlib.dates as mdates
from matplotlib.figure import Figure
from matplotlib.ticker import FixedLocator
from PySide6.QtCore import QCoreApplication

from trustplanner.charts.chart import Chart
from trustplanner.charts.colours import Colours
from trustplanner.charts.drawing import dots, line_style, nearest
from trustplanner.domain.trust_index import IndexPoint
from trustplanner.words.dates import short_date_text
from trustplanner.words.numbers import number_text

translate = QCoreApplication.translate


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
            dots(
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
                linestyle=line_style(len(points), "-"),
                label=translate("charts", "Self-trust index"),
            )
        )
        self._date_axis(start, end)
        self._legend("lower left")

    def describe(self, x: float, y: float) -> str | None:
        i = nearest(self._days, x)
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
