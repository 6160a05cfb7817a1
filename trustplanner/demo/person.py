"""Who the demo person is, underneath: a behaviour the app does not see and should learn.

Each example person's things take a true share longer (or shorter) than they plan, and
their keeping depends on how full their day is. The demo draws what they do from that
and keeps the truth beside the history (DemoRows.truth), so that what the app learns
can be checked against it (benchmarks/learning.py). An agreement renegotiated to a
later day is part of that day's load and ends with that day's chance, as in life.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

# A size whose factor is the person's estimate_ratio itself; others are scaled from it.
MIDDLE_SIZE = 30


@dataclass(frozen=True)
class Person:
    estimate_ratio: float  # the median of what things really take, as a factor of the plan
    keeping_falls_above: float | None = 1.0  # the share of the day above which less is
    # kept; None: keeping falls smoothly as the day fills
    says_what_it_took: float = 0.8  # how often they say so, when they kept something
    spread: float = 0.25  # how much one agreement's time varies (log scale)
    size_slope: float = 0.0  # above 0, longer things overrun more; below 0, small ones
    ratio_later: float | None = None  # the factor they have reached by the last day
    weekday_keep: tuple[float, ...] = (0.0,) * 7  # keeping's offset, Monday first
    says_mostly_as_planned: bool = False  # says what it took mostly when it went as planned

    def median_ratio(self, minutes: int, progress: float) -> float:
        """The typical factor for an agreement of `minutes`, `progress` of the way through
        the history (0 at its start, 1 on its last day)."""
        later = self.estimate_ratio if self.ratio_later is None else self.ratio_later
        ratio = self.estimate_ratio + (later - self.estimate_ratio) * progress
        return ratio * (max(1, minutes) / MIDDLE_SIZE) ** self.size_slope

    def mean_ratio(self, minutes: int, progress: float) -> float:
        """The factor on average: what a plan of such agreements really adds up to."""
        return self.median_ratio(minutes, progress) * math.exp(self.spread**2 / 2)

    def keep_chance(self, load: float, weekday: int, progress: float) -> float:
        """The true chance of keeping an agreement on a day planned `load` full."""
        if self.keeping_falls_above is not None:
            base = 0.7 if load <= self.keeping_falls_above else 0.45
        else:
            base = min(0.85, max(0.3, 1.0 - 0.35 * load))
        return min(0.97, max(0.03, base + 0.2 * progress + self.weekday_keep[weekday]))

    def says_chance(self, planned: int, took: int) -> float:
        """How likely they are to say what a kept agreement took."""
        if not self.says_mostly_as_planned:
            return self.says_what_it_took
        return 0.85 if took <= 1.1 * planned else 0.15


# The first is the demo everybody sees; the others are for checking the learning and
# can be chosen with `trustplanner demo --person`.
PEOPLE = (
    Person(estimate_ratio=1.3, keeping_falls_above=1.0),
    Person(estimate_ratio=1.0, keeping_falls_above=0.8),
    Person(estimate_ratio=1.6, keeping_falls_above=1.2, says_what_it_took=0.5),
)
# Shapes the first three do not draw; benchmarks/learning.py checks the learning on
# them too: what it learns must hold for more than one kind of person.
MORE_PEOPLE = (
    # Small things go faster than planned, long ones take much longer.
    Person(estimate_ratio=1.2, size_slope=0.25),
    # Keeping falls smoothly as the day fills, with no clear edge.
    Person(estimate_ratio=1.1, keeping_falls_above=None),
    # Mondays are hard, weekends easy.
    Person(estimate_ratio=1.2, weekday_keep=(-0.25, 0.0, 0.0, 0.0, 0.0, 0.1, 0.1)),
    # Plans better and better: things take 1.7 times the plan at first, 1.1 at the end.
    Person(estimate_ratio=1.7, ratio_later=1.1),
    # Says what it took mostly when it went as planned.
    Person(estimate_ratio=1.4, says_mostly_as_planned=True),
)
