"""Fears faced: anxiety before and after, and how often what was feared happened."""

from __future__ import annotations

import datetime as dt

import matplotlib.dates as mdates
from matplotlib.figure import Figure
from matplotlib.ticker import FixedLocator
from PySide6.QtCore import QCoreApplication

from trustplanner.charts.chart import Chart
from trustplanner.charts.colours import KEPT, LATE, Colours
from trustplanner.charts.drawing import dots, line_style, nearest
from trustplanner.domain.fears import FearOutcome
from trustplanner.domain.progress import FearPoint, MonthFears
from trustplanner.words.dates import short_date_text

translate = QCoreApplication.translate


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
        self._keep(dots(axes, days, [p.before for p in points], LATE, 4, 0.8, before))
        after = translate("charts", "Anxiety afterwards")
        self._keep(dots(axes, days, [p.after for p in points], KEPT, 4, 0.8, after))
        if months:
            middles = mdates.date2num([m.month + dt.timedelta(days=14) for m in months])
            self._keep(
                axes.plot(
                    middles,
                    [100 * (m.share or 0) for m in months],
                    color=self.colours.text,
                    linewidth=1.5,
                    linestyle=line_style(len(months), "--"),
                    marker="s",
                    markersize=3,
                    label=translate("charts", "What you feared happened (% per month)"),
                )
            )
        self._date_axis(start, end)
        self._legend("upper right")

    def describe(self, x: float, y: float) -> str | None:
        i = nearest([p.day for p in self._points], x)
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
