"""Who the demo person is, underneath: a behaviour the app does not see and should learn.

Each example person's things take a true share longer (or shorter) than they plan, and
their keeping falls off above a true load. The demo draws what they do from that, so
that what the app learns can be checked against the truth (benchmarks/learning.py).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Person:
    estimate_ratio: float  # what things really take, as a factor of the plan
    keeping_falls_above: float  # the share of the day's time above which less is kept
    says_what_it_took: float = 0.8  # how often they say so, when they kept something
    spread: float = 0.25  # how much one agreement's time varies (log scale)


# The first is the demo everybody sees; the others are for checking the learning.
PEOPLE = (
    Person(estimate_ratio=1.3, keeping_falls_above=1.0),
    Person(estimate_ratio=1.0, keeping_falls_above=0.8),
    Person(estimate_ratio=1.6, keeping_falls_above=1.2, says_what_it_took=0.5),
)
