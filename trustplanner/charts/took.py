"""Planned and what it took: for each size of agreement, the time planned against the
time it took, where the person said so."""

from __future__ import annotations

from matplotlib.figure import Figure
from matplotlib.patches import Patch
from PySide6.QtCore import QCoreApplication

from trustplanner.charts.chart import Chart
from trustplanner.charts.colours import HONEST, LATE, Colours
from trustplanner.domain.learning import SizeTook
from trustplanner.words.learning import size_name
from trustplanner.words.numbers import minutes_text, ratio_text

translate = QCoreApplication.translate

WIDTH = 0.38  # of each bar; the two of a size stand side by side


class TookChart(Chart):
    """Two bars per size: the average time planned, and the average time it took."""

    def __init__(self, figure: Figure, colours: Colours):
        super().__init__(figure, colours)
        self.axes.set_ylabel(translate("charts", "minutes per agreement, on average"))
        self._sizes: list[SizeTook] = []

    def show(self, sizes: list[SizeTook]) -> None:
        self._clear()
        self._sizes = [size for size in sizes if size.count]
        if not self._sizes:
            self._say_empty(
                translate(
                    "charts",
                    "When you mark an agreement kept and say how long it took, you will see "
                    "here how long things of each size take you.",
                )
            )
            return
        xs = range(len(self._sizes))
        planned = [size.planned / size.count for size in self._sizes]
        took = [size.took / size.count for size in self._sizes]
        axes = self.axes
        self._keep(
            axes.bar([x - WIDTH / 2 for x in xs], planned, WIDTH, color=HONEST, linewidth=0),
            axes.bar([x + WIDTH / 2 for x in xs], took, WIDTH, color=LATE, linewidth=0),
        )
        top = max(max(planned), max(took))
        for x, size, height in zip(xs, self._sizes, took, strict=True):
            self._keep(
                axes.text(
                    x + WIDTH / 2,
                    height + top * 0.02,
                    translate("charts", "×%1").replace("%1", ratio_text(size.ratio)),
                    ha="center",
                    va="bottom",
                    fontsize=8,
                    color=self.colours.text,
                )
            )
        axes.set_ylim(0, top * 1.25)
        axes.set_xlim(-0.6, len(self._sizes) - 0.4)
        axes.set_xticks(list(xs))
        # One line: the chart's margins are fixed, and leave room for one line of labels.
        axes.set_xticklabels(
            [f"{size_name(size.band)} ({size.count})" for size in self._sizes], fontsize=8
        )
        key = [
            (HONEST, translate("charts", "As planned")),
            (LATE, translate("charts", "What it took")),
        ]
        self._legend(
            "upper left", columns=2, handles=[Patch(color=c, label=text) for c, text in key]
        )

    def describe(self, x: float, y: float) -> str | None:
        i = round(x)
        if not self._sizes or not 0 <= i < len(self._sizes):
            return None
        size = self._sizes[i]
        count = size.count  # a plain name: pyside6-lupdate misses a count otherwise
        return (
            translate(
                "charts",
                "%1: %n agreement(s); planned %2 on average, took %3 (%4 times)",
                "",
                count,
            )
            .replace("%1", size_name(size.band))
            .replace("%2", minutes_text(round(size.planned / size.count)))
            .replace("%3", minutes_text(round(size.took / size.count)))
            .replace("%4", ratio_text(size.ratio))
        )
