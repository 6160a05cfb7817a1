"""How agreements ended, week by week."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left

import matplotlib.dates as mdates
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from PySide6.QtCore import QCoreApplication

from trustplanner.charts.chart import Chart
from trustplanner.charts.colours import DIDNT, HONEST, KEPT, LATE, Colours
from trustplanner.charts.drawing import MAX_BARS, bars
from trustplanner.domain.progress import monday_of
from trustplanner.domain.trust_index import DayEvidence
from trustplanner.words.dates import short_date_text

translate = QCoreApplication.translate


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
                self._keep(bars(self.axes, middles, bottom, values, 6, colour))
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
