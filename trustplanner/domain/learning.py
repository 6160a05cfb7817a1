"""What a person's own history says about their days: how long things take against
what they planned, and how much of a day's plan they keep at each load.

Every figure is a rate a person can follow: a weighted average over their own
agreements, recent weeks counting more, pulled towards a neutral starting value (a
prior worth a few agreements) while there is little evidence, so that one odd day
never swings it. Below a minimum of evidence no figure is given at all. Dates are
passed in; nothing here reads a clock.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
from collections.abc import Iterable
from dataclasses import dataclass

# Sizes of an agreement, by its planned minutes: up to 15, up to 30, up to 60, longer.
SIZE_LIMITS = (15, 30, 60)
# How full a day was planned, as a share of the time it had: up to half, up to 80 %,
# up to full, up to a quarter over, more.
LOAD_LIMITS = (0.5, 0.8, 1.0, 1.25)
# The prior is worth this many agreements: a single one moves a fresh figure only a
# fifth of the way.
PRIOR_WEIGHT = 4.0
# An agreement this many days old counts half as much as one of today.
HALF_LIFE_DAYS = 60
# Fewer agreements than this, and the figure is not given.
MIN_EVIDENCE = 5
# One agreement's ratio counts as at most 4 times (or a quarter of) what was planned:
# a forgotten timer should not teach that everything takes a day.
MOST_RATIO = 4.0
# A weekday's figure for a load refines that load's figure over all days; it is drawn to
# it as if by this many agreements, since each weekday has a seventh of the evidence
# and most people's weekdays differ less than their loads.
WEEKDAY_PRIOR_WEIGHT = 20.0
# Where keeping starts before anything is known: most small agreements are kept.
KEEP_PRIOR = 0.75


@dataclass(frozen=True)
class Took:
    """A kept agreement whose person said how long it took."""

    day: dt.date
    planned: int  # minutes
    took: int  # minutes


@dataclass(frozen=True)
class DayKept:
    """One day's agreements: how much was planned against the time the day had, and how
    many of them were kept (renegotiated ones count as not kept here: the day's plan
    did not hold)."""

    day: dt.date
    planned: int  # minutes agreed
    capacity: int  # minutes the day had
    agreed: int
    kept: int


@dataclass(frozen=True)
class Learned:
    """A learned figure, with what it rests on."""

    value: float
    count: int  # agreements it rests on
    weight: float  # the same, each counted by how recent it is
    prior_weight: float = PRIOR_WEIGHT

    @property
    def pull(self) -> float:
        """How far the figure is still drawn to its starting value: 1 with no evidence,
        falling towards 0 as evidence grows."""
        return self.prior_weight / (self.prior_weight + self.weight)


def size_band(minutes: int) -> int:
    """0 for up to 15 minutes, 1 up to 30, 2 up to 60, 3 for longer."""
    return next((i for i, limit in enumerate(SIZE_LIMITS) if minutes <= limit), len(SIZE_LIMITS))


def load_band(planned: int, capacity: int) -> int:
    """0 for a day planned up to half full, ... , 4 for more than a quarter over."""
    if capacity <= 0:
        return len(LOAD_LIMITS)
    share = planned / capacity
    return next((i for i, limit in enumerate(LOAD_LIMITS) if share <= limit), len(LOAD_LIMITS))


def recency(day: dt.date, today: dt.date, half_life: float = HALF_LIFE_DAYS) -> float:
    """The weight of evidence from `day`: 1 today, a half `half_life` days before."""
    return 0.5 ** (max(0, (today - day).days) / half_life)


def _given(
    value: float, count: int, weight: float, prior_weight: float = PRIOR_WEIGHT
) -> Learned | None:
    return Learned(value, count, weight, prior_weight) if count >= MIN_EVIDENCE else None


def estimate_ratio(tooks: Iterable[Took], today: dt.date) -> Learned | None:
    """What things took against what was planned, as one factor (1.2: a fifth longer).

    A weighted geometric mean, pulled towards 1.0: taking twice as long and half as
    long balance out, as they should, and no single agreement counts as more than
    MOST_RATIO times.
    """
    total = weight = 0.0
    count = 0
    limit = math.log(MOST_RATIO)
    for took in tooks:
        if took.day > today or took.planned <= 0 or took.took <= 0:
            continue
        w = recency(took.day, today)
        total += w * max(-limit, min(limit, math.log(took.took / took.planned)))
        weight += w
        count += 1
    return _given(math.exp(total / (PRIOR_WEIGHT + weight)), count, weight)


def estimate_ratios(tooks: Iterable[Took], today: dt.date) -> dict[int, Learned | None]:
    """The estimate ratio per size band (see size_band)."""
    by_size: dict[int, list[Took]] = {band: [] for band in range(len(SIZE_LIMITS) + 1)}
    for took in tooks:
        by_size[size_band(took.planned)].append(took)
    return {band: estimate_ratio(found, today) for band, found in by_size.items()}


def _keep_rate(
    days: Iterable[DayKept], today: dt.date, prior: float, prior_weight: float = PRIOR_WEIGHT
) -> Learned | None:
    kept = agreed = 0.0
    count = 0
    for day in days:
        if day.day > today or day.agreed <= 0:
            continue  # a day without agreements says nothing about keeping
        w = recency(day.day, today)
        kept += w * day.kept
        agreed += w * day.agreed
        count += day.agreed
    value = (kept + prior_weight * prior) / (agreed + prior_weight)
    return _given(value, count, agreed, prior_weight)


@dataclass(frozen=True)
class Keeping:
    """The share of a day's agreements kept: overall, by load band, and by load band on
    each weekday (0 is Monday) where there is enough evidence."""

    overall: Learned | None
    by_load: dict[int, Learned | None]
    by_weekday: dict[tuple[int, int], Learned | None]

    def rate(self, planned: int, capacity: int, weekday: int) -> Learned | None:
        """The best-founded figure for such a day: its weekday's, else its load's, else
        the overall one; None while nothing is known."""
        band = load_band(planned, capacity)
        return self.by_weekday.get((weekday, band)) or self.by_load.get(band) or self.overall


def keeping(days: Iterable[DayKept], today: dt.date) -> Keeping:
    """The keep rates, each pulled towards the one it refines: a load band towards the
    overall rate, a weekday's band towards the band's rate."""
    days = [day for day in days if day.agreed > 0 and day.day <= today]
    overall = _keep_rate(days, today, KEEP_PRIOR)
    base = overall.value if overall else KEEP_PRIOR
    by_load = {}
    for band in range(len(LOAD_LIMITS) + 1):
        chosen = [d for d in days if load_band(d.planned, d.capacity) == band]
        by_load[band] = _keep_rate(chosen, today, base)
    by_weekday = {}
    for weekday in range(7):
        for band in range(len(LOAD_LIMITS) + 1):
            chosen = [
                d
                for d in days
                if d.day.weekday() == weekday and load_band(d.planned, d.capacity) == band
            ]
            if not chosen:
                continue
            refined = by_load[band].value if by_load[band] else base
            by_weekday[(weekday, band)] = _keep_rate(chosen, today, refined, WEEKDAY_PRIOR_WEIGHT)
    return Keeping(overall, by_load, by_weekday)


def usual_minutes(planned: Iterable[int], ratios: dict[int, Learned | None]) -> int:
    """What planned agreements of these minutes usually take, by the person's own ratio
    for each size (as planned where nothing is learned for a size)."""
    total = 0.0
    for minutes in planned:
        learned = ratios.get(size_band(minutes))
        total += minutes * (learned.value if learned else 1.0)
    return round(total)


class Chance(enum.Enum):
    """How likely a day's plan is to be kept, in words a person can hold on to."""

    LIKELY = "likely"  # about 8 in 10 or more
    FAIR = "fair"  # about 6 or 7 in 10
    HALF = "half"  # about half
    HARD = "hard"  # less than half: a day to make lighter


def chance(rate: float) -> Chance:
    if rate >= 0.8:
        return Chance.LIKELY
    if rate >= 0.6:
        return Chance.FAIR
    if rate >= 0.4:
        return Chance.HALF
    return Chance.HARD


def brier(forecasts: Iterable[tuple[float, bool]]) -> float:
    """The mean squared gap between each forecast chance and what happened (0 is best)."""
    pairs = list(forecasts)
    return sum((p - float(happened)) ** 2 for p, happened in pairs) / len(pairs)
