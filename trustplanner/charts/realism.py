"""How full the days were planned, against the time they had."""

from __future__ import annotations

import datetime as dt

import matplotlib.dates as mdates
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from PySide6.QtCore import QCoreApplication

from trustplanner.charts.chart import Chart
from trustplanner.charts.colours import KEPT, LATE, OVER, Colours
from trustplanner.charts.drawing import MAX_BARS, bars, dots, nearest
from trustplanner.domain.progress import DayLoad
from trustplanner.words.dates import short_date_text
from trustplanner.words.numbers import minutes_text

translate = QCoreApplication.translate


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
            self._keep(bars(self.axes, numbers, [0] * len(shares), shares, 0.8, colours))
        else:
            for over, colour in ((False, KEPT), (True, OVER)):
                chosen = [(n, v) for n, v in zip(numbers, shares, strict=True) if (v > 100) == over]
                self._keep(
                    dots(
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
        i = nearest([load.day for load in self._loads], x)
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
