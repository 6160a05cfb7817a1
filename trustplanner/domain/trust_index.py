"""The self-trust index: a number from 0 to 100 that follows what you do with your agreements.

Every day on which evidence arrived (an agreement ended, a fear was faced) gets
a day score: the weighted mean of that day's evidence. The index then moves a
step towards the day score, as an exponentially smoothed average does:

    index = index_before * m + day_score * (1 - m),   m = 0.5 ** (1 / half_life)

so evidence from `half_life` evidence days ago weighs half as much as today's.
Days without evidence leave the index where it was; it starts at a neutral 50.
Because a day's evidence is summed before it is used, the order of events
within a day cannot change the result.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import NamedTuple

from trustplanner.domain.endings import Ending

START = 50.0
DEFAULT_HALF_LIFE_DAYS = 14
# At least a week: a shorter half-life swings the index too hard after one bad day.
HALF_LIFE_RANGE = (7, 120)

# What each kind of evidence is worth (0..100), and how much it weighs in its day.
VALUE = {
    Ending.KEPT: 100.0,
    Ending.RENEGOTIATED_HONESTLY: 75.0,
    Ending.RENEGOTIATED_LATE: 25.0,
    Ending.DIDNT_HAPPEN: 0.0,
}
# Said a day or more ahead: more room for the other plans, and for the person
# themselves, than saying it on the day. Between kept and renegotiated on the day.
AHEAD_VALUE = 85.0
FEAR_FACED_VALUE = 100.0
# Looked up once: ten years of days score in a loop, and hashing an Enum is slow.
_VALUES = tuple(
    VALUE[ending]
    for ending in (
        Ending.KEPT,
        Ending.RENEGOTIATED_HONESTLY,
        Ending.RENEGOTIATED_LATE,
        Ending.DIDNT_HAPPEN,
    )
)
FEAR_FACED_WEIGHT = 2.0  # facing a fear counts double: at least as strong as a kept agreement


# DayEvidence and IndexPoint are named tuples, not dataclasses: ten years of days are
# made on every glance (`trustplanner status`, the tray), and a tuple is made fastest.
class DayEvidence(NamedTuple):
    """How many agreements of a day ended in each way, and how many fears were faced."""

    day: dt.date
    kept: int = 0
    renegotiated_honestly: int = 0
    renegotiated_late: int = 0
    didnt_happen: int = 0
    fears_faced: int = 0
    # Of those renegotiated in time, how many were said a day or more ahead.
    renegotiated_ahead: int = 0

    @property
    def ended(self) -> int:
        return self.kept + self.renegotiated_honestly + self.renegotiated_late + self.didnt_happen

    @property
    def weight(self) -> float:
        return self.ended + FEAR_FACED_WEIGHT * self.fears_faced

    @property
    def score(self) -> float | None:
        """The day score (0..100), or None on a day without evidence."""
        weight = self.weight
        if weight == 0:
            return None
        kept, honest, late, didnt = _VALUES
        total = (
            kept * self.kept
            + honest * (self.renegotiated_honestly - self.renegotiated_ahead)
            + AHEAD_VALUE * self.renegotiated_ahead
            + late * self.renegotiated_late
            + didnt * self.didnt_happen
            + FEAR_FACED_VALUE * FEAR_FACED_WEIGHT * self.fears_faced
        )
        return total / weight

    def __add__(self, other: DayEvidence) -> DayEvidence:  # type: ignore[override]
        return DayEvidence(
            self.day,
            self.kept + other.kept,
            self.renegotiated_honestly + other.renegotiated_honestly,
            self.renegotiated_late + other.renegotiated_late,
            self.didnt_happen + other.didnt_happen,
            self.fears_faced + other.fears_faced,
            self.renegotiated_ahead + other.renegotiated_ahead,
        )


def evidence_from_events(events: Iterable[tuple[dt.date, Ending | str]]) -> list[DayEvidence]:
    """Count single events, (day, Ending), (day, "ahead") for a renegotiation said a day
    or more ahead, or (day, "fear"), into one DayEvidence per day."""
    fields = {
        Ending.KEPT: {"kept": 1},
        Ending.RENEGOTIATED_HONESTLY: {"renegotiated_honestly": 1},
        "ahead": {"renegotiated_honestly": 1, "renegotiated_ahead": 1},
        Ending.RENEGOTIATED_LATE: {"renegotiated_late": 1},
        Ending.DIDNT_HAPPEN: {"didnt_happen": 1},
        "fear": {"fears_faced": 1},
    }
    days: dict[dt.date, DayEvidence] = {}
    for day, kind in events:
        single = DayEvidence(day, **fields[kind])
        days[day] = days[day] + single if day in days else single
    return [days[day] for day in sorted(days)]


def _by_day(evidence: Iterable[DayEvidence]) -> dict[dt.date, DayEvidence]:
    """The evidence of each day as one, however it came (a day may come in parts)."""
    by_day: dict[dt.date, DayEvidence] = {}
    for day_evidence in evidence:
        day = day_evidence.day
        by_day[day] = by_day[day] + day_evidence if day in by_day else day_evidence
    return by_day


def step_factor(half_life: float) -> float:
    """How much of the index stays after one day of evidence."""
    if half_life <= 0:
        raise ValueError("the half-life must be positive")
    return 0.5 ** (1.0 / half_life)


class IndexPoint(NamedTuple):
    day: dt.date
    index: float
    score: float | None  # that day's score, None on a day without evidence


def index_series(
    evidence: Iterable[DayEvidence],
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    half_life: float = DEFAULT_HALF_LIFE_DAYS,
) -> list[IndexPoint]:
    """The index on every day from `start` to `end` (by default: the first to the last evidence).

    Evidence before `start` still shapes the index; days after `end` are left out.
    """
    by_day = _by_day(evidence)
    if not by_day and (start is None or end is None):
        return []
    first = min(by_day) if by_day else start
    start = start or first
    end = end or max(by_day)
    factor = step_factor(half_life)
    index = START
    points = []
    day = min(first, start)
    while day <= end:
        score = by_day[day].score if day in by_day else None
        if score is not None:
            index = index * factor + score * (1.0 - factor)
        if day >= start:
            points.append(IndexPoint(day, index, score))
        day += dt.timedelta(days=1)
    return points


def index_on_days(
    evidence: Iterable[DayEvidence],
    days: Iterable[dt.date],
    *,
    half_life: float = DEFAULT_HALF_LIFE_DAYS,
) -> list[float]:
    """The index on each of `days`, the same as the series gives, without making the series.

    For a glance at today (`trustplanner status`): days without evidence leave the
    index as it was, so only the days with evidence need a step.
    """
    by_day = _by_day(evidence)
    wanted = sorted(set(days))
    found: dict[dt.date, float] = {}
    factor = step_factor(half_life)
    index = START
    position = 0
    for day in sorted(by_day):
        while position < len(wanted) and wanted[position] < day:
            found[wanted[position]] = index
            position += 1
        score = by_day[day].score
        if score is not None:
            index = index * factor + score * (1.0 - factor)
    for day in wanted[position:]:
        found[day] = index
    return [found[day] for day in days]


def index_on(series: list[IndexPoint], day: dt.date) -> float:
    """The index on `day` from a series: the last value at or before it, or the start value."""
    value = START
    for point in series:
        if point.day > day:
            break
        value = point.index
    return value


def index_change(series: list[IndexPoint], today: dt.date, days: int) -> float:
    """How much the index moved over the last `days` days."""
    return index_on(series, today) - index_on(series, today - dt.timedelta(days=days))


def at_least_the_shortest_half_life(value: object) -> object:
    """A whole number of days under the shortest half-life allowed is raised to it (the
    least was once 3 days); anything else is left for the checks to judge."""
    low = HALF_LIFE_RANGE[0]
    if isinstance(value, int) and not isinstance(value, bool) and 0 < value < low:
        return low
    return value
