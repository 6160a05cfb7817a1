"""What a person's own history says about how long things take them against what they
planned (how much of a day they keep is in domain/keeping).

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
# The starting value is worth this many agreements: a single one moves a fresh figure
# only a fifth of the way, and once a figure rests on 50 its pull is under a tenth.
PRIOR_WEIGHT = 4.0
# An agreement this many days old counts half as much as one of today in the average:
# after a change, two months of the new way carry more than all the years before.
HALF_LIFE_DAYS = 45
# Fewer agreements than this, and the figure is not given.
MIN_EVIDENCE = 5
# One agreement's ratio counts as at most 4 times (or a quarter of) what was planned:
# a forgotten timer should not teach that everything takes a day.
MOST_RATIO = 4.0
# How much one agreement's time varies around its size's usual factor (log scale),
# before anything is known; what a person's own agreements show replaces it.
SPREAD_PRIOR = 0.3
# Change is measured in spans of four weeks: "lately".
LATELY_DAYS = 28
# The line through time is drawn to level as if this many agreements, lying four weeks
# either side of the middle, had shown no change: a few odd weeks are no change of
# course.
SLOPE_PRIOR_WEIGHT = 20.0


@dataclass(frozen=True)
class Took:
    """A kept agreement whose person said how long it took."""

    day: dt.date
    planned: int  # minutes
    took: int  # minutes


@dataclass(frozen=True)
class Learned:
    """A learned figure, with what it rests on."""

    value: float
    count: int  # agreements it rests on
    weight: float  # the same, each counted by how recent it is
    prior_weight: float = PRIOR_WEIGHT
    typical: float | None = None  # for a factor: the median, where value is the mean

    @property
    def pull(self) -> float:
        """How far the figure is still drawn to its starting value: 1 with no evidence,
        falling towards 0 as agreements add up, however old they are."""
        return self.prior_weight / (self.prior_weight + self.count)


def size_band(minutes: int) -> int:
    """0 for up to 15 minutes, 1 up to 30, 2 up to 60, 3 for longer."""
    return next((i for i, limit in enumerate(SIZE_LIMITS) if minutes <= limit), len(SIZE_LIMITS))


def recency(day: dt.date, today: dt.date, half_life: float = HALF_LIFE_DAYS) -> float:
    """The weight of evidence from `day`: 1 today, a half `half_life` days before."""
    return 0.5 ** (max(0, (today - day).days) / half_life)


def _given(
    value: float,
    count: int,
    weight: float,
    prior_weight: float = PRIOR_WEIGHT,
    typical: float | None = None,
) -> Learned | None:
    if count < MIN_EVIDENCE:
        return None
    return Learned(value, count, weight, prior_weight, typical)


def shrunk(average: float, count: int, prior: float, prior_weight: float = PRIOR_WEIGHT) -> float:
    """`average` drawn towards `prior` as if the prior were `prior_weight` more
    agreements: the pull fades with the number of agreements, whatever their age."""
    return (count * average + prior_weight * prior) / (count + prior_weight)


def _log_ratios(tooks: Iterable[Took], today: dt.date) -> list[tuple[Took, float, float]]:
    """Each usable agreement with its log ratio (at most MOST_RATIO either way) and its
    recency weight."""
    limit = math.log(MOST_RATIO)
    return [
        (
            took,
            max(-limit, min(limit, math.log(took.took / took.planned))),
            recency(took.day, today),
        )
        for took in tooks
        if took.day <= today and took.planned > 0 and took.took > 0
    ]


def _average(found: list[tuple[Took, float, float]]) -> float:
    return sum(w * x for _, x, w in found) / sum(w for _, _, w in found)


def _spread_about_a_line(
    found: list[tuple[Took, float, float]], average: float, weight: float
) -> float:
    """How much single agreements vary, around a straight line through time rather than
    around one average: for a person whose things take less and less long, the change
    itself is no variation, and counted as one it would make every mean run high."""
    days = [took.day.toordinal() for took, _, _ in found]
    middle = sum(w * d for d, (_, _, w) in zip(days, found, strict=True)) / weight
    across = sum(w * (d - middle) ** 2 for d, (_, _, w) in zip(days, found, strict=True))
    slope = (
        sum(w * (d - middle) * (x - average) for d, (_, x, w) in zip(days, found, strict=True))
        / across
        if across > 0
        else 0.0
    )
    return (
        sum(
            w * (x - average - slope * (d - middle)) ** 2
            for d, (_, x, w) in zip(days, found, strict=True)
        )
        / weight
    )


def _factor(
    found: list[tuple[Took, float, float]],
    shift: float = 0.0,
    start: tuple[float, float] = (0.0, SPREAD_PRIOR**2),
) -> Learned | None:
    """The factor of these agreements, drawn towards `start` (a log-scale centre and
    spread): "as planned" and SPREAD_PRIOR, or for one size the person's own over all
    sizes."""
    count = len(found)
    if count < MIN_EVIDENCE:
        return None
    weight = sum(w for _, _, w in found)
    average = _average(found)
    spread = _spread_about_a_line(found, average, weight)
    centre = shrunk(average, count, start[0]) + shift
    variance = shrunk(spread, count, start[1])
    return _given(math.exp(centre + variance / 2), count, weight, typical=math.exp(centre))


def _start(found: list[tuple[Took, float, float]]) -> tuple[float, float]:
    """The person's own centre and spread over all sizes, each drawn towards "as planned"
    and SPREAD_PRIOR: where one size starts."""
    if not found:
        return 0.0, SPREAD_PRIOR**2
    count, weight = len(found), sum(w for _, _, w in found)
    average = _average(found)
    spread = _spread_about_a_line(found, average, weight)
    return shrunk(average, count, 0.0), shrunk(spread, count, SPREAD_PRIOR**2)


def estimate_ratio(tooks: Iterable[Took], today: dt.date) -> Learned | None:
    """What things took against what was planned, as one factor (1.2: a fifth longer).

    The factor is the mean on the minute scale, so that adding up what a plan's
    agreements take comes out right on average. It is made from the log-scale
    average and spread (taking twice as long and half as long balance out there), each
    recency-weighted and drawn towards "as planned" and SPREAD_PRIOR; no single
    agreement counts as more than MOST_RATIO times.
    """
    return _factor(_log_ratios(tooks, today))


def estimate_ratios(tooks: Iterable[Took], today: dt.date) -> dict[int, Learned | None]:
    """The factor per size band (see size_band), read today on a straight line through
    time: figures averaged over the last months lag behind a person who is learning to
    plan, so each size's average is carried on to today along the way things have been
    going for all sizes together, drawn towards no change as if by SLOPE_PRIOR_WEIGHT
    agreements lying four weeks either side of the middle had shown none."""
    found = _log_ratios(tooks, today)
    by_size: dict[int, list[tuple[Took, float, float]]] = {
        band: [] for band in range(len(SIZE_LIMITS) + 1)
    }
    for entry in found:
        by_size[size_band(entry[0].planned)].append(entry)
    start = _start(found)
    along = across = 0.0
    middles = {}
    for band, entries in by_size.items():
        if len(entries) < MIN_EVIDENCE:
            continue
        weight = sum(w for _, _, w in entries)
        average = _average(entries)
        middle = sum(w * _spans_back(took, today) for took, _, w in entries) / weight
        middles[band] = middle
        for took, x, w in entries:
            t = _spans_back(took, today) - middle
            along += w * t * (x - average)
            across += w * t * t
    slope = along / (across + SLOPE_PRIOR_WEIGHT)
    return {
        band: _factor(entries, -slope * middles.get(band, 0.0), start)
        for band, entries in by_size.items()
    }


def _spans_back(took: Took, today: dt.date) -> float:
    """How far before today, in spans of LATELY_DAYS (negative: before)."""
    return -(today - took.day).days / LATELY_DAYS


def usual_minutes(
    planned: Iterable[int], ratios: dict[int, Learned | None], fallback: Learned | None = None
) -> int:
    """What planned agreements of these minutes take on average, by the person's own
    factor for each size (their factor over all sizes, or as planned, where nothing is
    learned for a size)."""
    total = 0.0
    for minutes in planned:
        learned = ratios.get(size_band(minutes)) or fallback
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


@dataclass(frozen=True)
class SizeTook:
    """For one size of agreement: how many said what they took, planned and took."""

    band: int
    count: int
    planned: int  # minutes, all of them together
    took: int

    @property
    def ratio(self) -> float:
        return self.took / self.planned if self.planned else 1.0


def took_by_size(tooks: Iterable[Took], start: dt.date, end: dt.date) -> list[SizeTook]:
    """Planned against what it took, per size, for the agreements of a span where the
    person said what it took: plain sums, what a chart of the span can show."""
    sums = {band: [0, 0, 0] for band in range(len(SIZE_LIMITS) + 1)}
    for took in tooks:
        if start <= took.day <= end:
            band = sums[size_band(took.planned)]
            band[0] += 1
            band[1] += took.planned
            band[2] += took.took
    return [SizeTook(band, *sums[band]) for band in sorted(sums)]
