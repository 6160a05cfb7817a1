"""Does a day's plan fit the time the person has? The realism meter's verdict."""

from __future__ import annotations

import enum
from dataclasses import dataclass

# Above these shares of the day's capacity the meter turns amber, then red.
AMBER_ABOVE = 0.8
RED_ABOVE = 1.0
# Up to this share the verdict names the minutes over; beyond it, how many times too much.
SAY_TIMES_FROM = 1.5


class Level(enum.Enum):
    CALM = "calm"
    AMBER = "amber"
    RED = "red"


class Verdict(enum.Enum):
    NOTHING_PLANNED = "nothing_planned"
    NO_TIME_SET = "no_time_set"
    ROOM_TO_SPARE = "room_to_spare"
    JUST_FITS = "just_fits"
    A_BIT_OVER = "a_bit_over"
    TIMES_OVER = "times_over"


@dataclass(frozen=True)
class Realism:
    """What the meter shows: planned minutes against capacity, and a verdict in words."""

    planned: int
    capacity: int
    unestimated: int
    verdict: Verdict
    level: Level

    @property
    def ratio(self) -> float:
        """Planned time as a share of capacity; infinite when the day has no time set."""
        if self.capacity == 0:
            return float("inf") if self.planned else 0.0
        return self.planned / self.capacity

    @property
    def over(self) -> int:
        """Minutes planned beyond capacity (0 when it fits)."""
        return max(0, self.planned - self.capacity)


def judge(planned: int, capacity: int, unestimated: int = 0) -> Realism:
    """Judge a plan of `planned` minutes for a day with `capacity` minutes."""
    if planned < 0 or capacity < 0 or unestimated < 0:
        raise ValueError("planned, capacity and unestimated cannot be negative")
    if planned == 0:
        verdict, level = Verdict.NOTHING_PLANNED, Level.CALM
    elif capacity == 0:
        verdict, level = Verdict.NO_TIME_SET, Level.RED
    else:
        ratio = planned / capacity
        if ratio > SAY_TIMES_FROM:
            verdict = Verdict.TIMES_OVER
        elif ratio > RED_ABOVE:
            verdict = Verdict.A_BIT_OVER
        elif ratio > AMBER_ABOVE:
            verdict = Verdict.JUST_FITS
        else:
            verdict = Verdict.ROOM_TO_SPARE
        if ratio > RED_ABOVE:
            level = Level.RED
        elif ratio > AMBER_ABOVE:
            level = Level.AMBER
        else:
            level = Level.CALM
    return Realism(planned, capacity, unestimated, verdict, level)
