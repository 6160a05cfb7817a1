"""What the realism meter adds once it knows a person's days: what today's plan will
probably take, and how likely it is to be kept. Built from domain/learning's figures;
dates are passed in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from trustplanner.domain.keeping import LOAD_LIMITS, DayKept, Keeping, keeping, load_band
from trustplanner.domain.learning import (
    SIZE_LIMITS,
    Chance,
    Learned,
    Took,
    chance,
    estimate_ratio,
    estimate_ratios,
    size_band,
    usual_minutes,
)

# Until this many days have endings, the meter says it is still getting to know the
# person's days: a fortnight shows each weekday twice.
ENOUGH_DAYS = 14


@dataclass(frozen=True)
class Knowing:
    """What the app has learned of a person's days, and what it rests on."""

    ratio: Learned | None  # over all sizes
    ratios: dict[int, Learned | None]  # per size band
    keeping: Keeping
    days: int  # days with endings it learned from
    took_count: int  # kept agreements whose person said what they took
    size_counts: dict[int, int]  # agreements behind each size band's ratio
    load_counts: dict[int, int]  # agreements behind each load band's keep rate

    @property
    def ready(self) -> bool:
        return self.days >= ENOUGH_DAYS


def learn(
    tooks: Iterable[Took], days: Iterable[DayKept], today: dt.date, since: dt.date | None = None
) -> Knowing:
    """Learn from the evidence up to `today`, leaving out what came before `since` (the
    day the person asked to start learning afresh)."""

    def counted(day: dt.date) -> bool:
        return day <= today and (since is None or day >= since)

    tooks = [t for t in tooks if counted(t.day)]
    days = [d for d in days if d.agreed > 0 and counted(d.day)]
    size_counts = dict.fromkeys(range(len(SIZE_LIMITS) + 1), 0)
    for took in tooks:
        size_counts[size_band(took.planned)] += 1
    load_counts = dict.fromkeys(range(len(LOAD_LIMITS) + 1), 0)
    for day in days:
        load_counts[load_band(day.planned, day.capacity)] += day.agreed
    return Knowing(
        ratio=estimate_ratio(tooks, today),
        ratios=estimate_ratios(tooks, today),
        keeping=keeping(days, today),
        days=len(days),
        took_count=len(tooks),
        size_counts=size_counts,
        load_counts=load_counts,
    )


@dataclass(frozen=True)
class DayForecast:
    """What a day's plan will probably take and how likely it is to be kept."""

    planned: int  # minutes, as planned
    capacity: int  # minutes the day has
    usual: int | None  # minutes as the person's days usually go; None while no ratio is known
    rate: Learned | None  # the share of such a day's agreements usually kept
    chance: Chance | None

    @property
    def kept_of_ten(self) -> int | None:
        """The keep rate as "about N of 10"."""
        return None if self.rate is None else round(self.rate.value * 10)

    @property
    def fits_only_as_planned(self) -> bool:
        """The plan fits the day as estimated, but not as the person's days usually go."""
        return self.usual is not None and self.planned <= self.capacity < self.usual


def forecast_day(
    knowing: Knowing, planned: Iterable[int], capacity: int, weekday: int
) -> DayForecast | None:
    """The forecast for a day whose agreements are planned at these minutes each; None
    while the app does not yet know enough of the person's days, or nothing is planned."""
    minutes = [m for m in planned if m > 0]
    if not knowing.ready or not minutes:
        return None
    total = sum(minutes)
    known = knowing.ratio is not None
    usual = usual_minutes(minutes, knowing.ratios, knowing.ratio) if known else None
    rate = knowing.keeping.rate(total, capacity, weekday)
    return DayForecast(
        planned=total,
        capacity=capacity,
        usual=usual,
        rate=rate,
        chance=None if rate is None else chance(rate.value),
    )
