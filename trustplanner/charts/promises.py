"""Promises to others: per person, how they ended, and how often the person told them
early when a promise could not be kept."""

from __future__ import annotations

from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator
from PySide6.QtCore import QCoreApplication

from trustplanner.charts.chart import Chart
from trustplanner.charts.colours import DIDNT, HONEST, KEPT, LATE, Colours
from trustplanner.domain.promises import PromiseTally

translate = QCoreApplication.translate

MOST_PEOPLE = 8  # bars; the people with fewer promises are in the table beside it


class PromisesChart(Chart):
    """One bar per person, stacked: kept, told early, told later, not told."""

    def __init__(self, figure: Figure, colours: Colours):
        super().__init__(figure, colours)
        # Whole promises only; no axis title: the margins leave room for one line of labels.
        self.axes.xaxis.set_major_locator(MaxNLocator(integer=True))
        self._people: list[PromiseTally] = []

    def show(self, tallies: list[PromiseTally]) -> None:
        self._clear()
        self._people = [t for t in tallies if t.person is not None][:MOST_PEOPLE]
        if not self._people:
            self._say_empty(
                translate(
                    "charts",
                    "When an agreement is a promise to someone (With… on Plan), you will see "
                    "here how your promises to others went, and how often you told them early.",
                )
            )
            return
        people = list(reversed(self._people))  # the most promises at the top
        ys = range(len(people))
        series = [
            ([t.kept for t in people], KEPT),
            ([t.told_early for t in people], HONEST),
            ([t.told - t.told_early for t in people], LATE),
            ([t.not_kept - t.told for t in people], DIDNT),
        ]
        left = [0] * len(people)
        for values, colour in series:
            self._keep(self.axes.barh(list(ys), values, 0.6, left=left, color=colour, linewidth=0))
            left = [a + b for a, b in zip(left, values, strict=True)]
        self.axes.set_yticks(list(ys))
        self.axes.set_yticklabels([t.person for t in people], fontsize=8)
        self.axes.set_xlim(0, max(left) * 1.15 + 1)
        self.axes.set_ylim(-0.6, len(people) - 0.4 + 0.8)  # room for the key above
        key = [
            (KEPT, translate("charts", "Kept")),
            (HONEST, translate("charts", "Told them early")),
            (LATE, translate("charts", "Told them later")),
            (DIDNT, translate("charts", "Not told")),
        ]
        self._legend(
            "upper right", columns=4, handles=[Patch(color=c, label=text) for c, text in key]
        )

    def describe(self, x: float, y: float) -> str | None:
        people = list(reversed(self._people))
        i = round(y)
        if not people or not 0 <= i < len(people):
            return None
        tally = people[i]
        promises = tally.promises  # a plain name: pyside6-lupdate misses a count otherwise
        return (
            translate(
                "charts", "%1: %n promise(s), %2 kept; told early %3 of %4 not kept", "", promises
            )
            .replace("%1", tally.person or "")
            .replace("%2", str(tally.kept))
            .replace("%3", str(tally.told_early))
            .replace("%4", str(tally.not_kept))
        )
