"""Fears faced: anxiety before and after, and how often what was feared happened."""

from __future__ import annotations

import datetime as dt

import matplotlib.dates as mdates
from matplotlib.figure import Figure
from matplotlib.ticker import FixedLocator
from PySide6.QtCore import QCoreApplication

from trustplanner.charts.chart import Chart
from trustplanner.charts.colours import KEPT, LATE, Colours
from trustplanner.charts.drawing import dots, nearest
from trustplanner.domain.fears import FearOutcome
from trustplanner.domain.progress import FearPeriod, FearPoint
from trustplanner.words.dates import short_date_text

translate = QCoreApplication.translate


class FearsChart(Chart):
    """Anxiety before and after each fear faced, on its own scale; and along the top, per
    month (or year), in how many of the fears faced what was feared happened, as counts
    ("1 of 3"), never as a line on the anxiety scale."""

    def __init__(self, figure: Figure, colours: Colours):
        super().__init__(figure, colours)
        # Room above 100 for the key, and above that the counts along the top.
        self.axes.set_ylim(-2, 136)
        self.axes.yaxis.set_major_locator(FixedLocator([0, 25, 50, 75, 100]))
        self.axes.set_ylabel(translate("charts", "Anxiety, 0 to 100"))
        self._points: list[FearPoint] = []

    def show(
        self, points: list[FearPoint], periods: list[FearPeriod], start: dt.date, end: dt.date
    ) -> None:
        self._clear()
        self.axes.set_title("")
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
        self._date_axis(start, end)
        for period in periods:
            # In the middle of the part of the month (or year) that is shown.
            first = max(period.first, start)
            last = min(_last_day(period), end)
            middle = mdates.date2num(first) + (last - first).days / 2
            self._keep(
                axes.text(
                    middle,
                    127,
                    translate("charts", "%1 of %2")
                    .replace("%1", str(period.happened))
                    .replace("%2", str(period.faced)),
                    ha="center",
                    va="center",
                    fontsize=8,
                    color=self.colours.text,
                    clip_on=True,
                )
            )
        yearly = bool(periods) and periods[0].yearly
        axes.set_title(
            translate(
                "charts",
                "Along the top: in how many of the fears faced each year what you feared "
                "happened (fully or partly)",
            )
            if yearly
            else translate(
                "charts",
                "Along the top: in how many of the fears faced each month what you feared "
                "happened (fully or partly)",
            ),
            fontsize=8,
            color=self.colours.text,
        )
        legend = axes.legend(
            loc="upper left", bbox_to_anchor=(0, 0.87), fontsize=8, frameon=False, ncols=2
        )
        for text in legend.get_texts():
            text.set_color(self.colours.text)

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


def _last_day(period: FearPeriod) -> dt.date:
    if period.yearly:
        return period.first.replace(month=12, day=31)
    following = (period.first + dt.timedelta(days=32)).replace(day=1)
    return following - dt.timedelta(days=1)
