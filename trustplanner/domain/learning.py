"""What a person's own history says about their days: how long things take against
what they planned, and how much of a day's plan they keep at each load.

Every figure is a rate a person can follow: a weighted average over their own
agreements, recent weeks counting more, pulled towards a neutral starting value (a
prior worth a few agreements) while there is little evidence, so that one odd day
never swings it. Below a minimum of evidence no figure is given at all. Dates are
passed in; nothing here reads a clock.
"""

from __future__ import annotations

import bisect
import dataclasses
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
# Where keeping starts before anything is known: most small agreements are kept.
KEEP_PRIOR = 0.75
# A weekday's offset from the keep rate of its load is drawn to none as if by this many
# agreements: each weekday has only a seventh of the evidence.
WEEKDAY_PRIOR_WEIGHT = 20.0
# The last this many days show whether a person keeps more (or takes less long) lately
# than their figures, which lag behind a person who changes: a straight line through
# the gaps of those days, read at today, for a change still going on shows in its
# slope over the last TREND_DAYS. The shift is drawn to none as if by
# WEEKDAY_PRIOR_WEIGHT agreements.
LATELY_DAYS = 28
TREND_DAYS = 3 * LATELY_DAYS
# How many days either side make a day's time level: what was kept around then, over
# all loads.
LEVEL_DAYS = 30
# A forecast chance stays this far from certainty either way.
SUREST = 0.02


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
    typical: float | None = None  # for a factor: the median, where value is the mean

    @property
    def pull(self) -> float:
        """How far the figure is still drawn to its starting value: 1 with no evidence,
        falling towards 0 as agreements add up, however old they are."""
        return self.prior_weight / (self.prior_weight + self.count)


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
    value: float,
    count: int,
    weight: float,
    prior_weight: float = PRIOR_WEIGHT,
    typical: float | None = None,
) -> Learned | None:
    if count < MIN_EVIDENCE:
        return None
    return Learned(value, count, weight, prior_weight, typical)


def _shrunk(average: float, count: int, prior: float, prior_weight: float = PRIOR_WEIGHT) -> float:
    """`average` drawn towards `prior` as if the prior were `prior_weight` more
    agreements: the pull fades with the number of agreements, whatever their age."""
    return (count * average + prior_weight * prior) / (count + prior_weight)


def _gap_today(gaps: list[tuple[int, float, float]]) -> tuple[float, float]:
    """Where the gaps (days ago, gap, weight) of the last TREND_DAYS stand today: the
    average of the last LATELY_DAYS, carried on to today along the slope of them all;
    with how many agreements that is worth (a figure carried forward is less sure)."""
    recent = [(x, y, w) for x, y, w in gaps if x < LATELY_DAYS]
    if not recent:
        return 0.0, 0.0
    weight = sum(w for _, _, w in recent)
    x_recent = sum(w * x for x, _, w in recent) / weight
    y_recent = sum(w * y for _, y, w in recent) / weight
    count = len(recent)
    agreements = weight / count  # each gap's weight, in agreements, on average
    all_weight = sum(w for _, _, w in gaps)
    x_mean = sum(w * x for x, _, w in gaps) / all_weight
    y_mean = sum(w * y for _, y, w in gaps) / all_weight
    # The slope is drawn to none as if by WEEKDAY_PRIOR_WEIGHT agreements lying half a
    # span from the middle: a few odd days are no change of course.
    spread = sum(w * (x - x_mean) ** 2 for x, _, w in gaps)
    spread += WEEKDAY_PRIOR_WEIGHT * (LATELY_DAYS / 2) ** 2 * agreements
    slope = sum(w * (x - x_mean) * (y - y_mean) for x, y, w in gaps) / spread
    worth = weight / (1 + weight * x_recent**2 / spread)
    return y_recent - slope * x_recent, worth


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


def _factor(found: list[tuple[Took, float, float]], shift: float = 0.0) -> Learned | None:
    count = len(found)
    if count < MIN_EVIDENCE:
        return None
    weight = sum(w for _, _, w in found)
    average = _average(found)
    spread = sum(w * (x - average) ** 2 for _, x, w in found) / weight
    centre = _shrunk(average, count, 0.0) + shift
    variance = _shrunk(spread, count, SPREAD_PRIOR**2)
    return _given(math.exp(centre + variance / 2), count, weight, typical=math.exp(centre))


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
    """The factor per size band (see size_band), each moved by how much shorter or
    longer things took in the last LATELY_DAYS than their size's figure says: figures
    lag behind a person who is learning to plan, and this is where that shows first."""
    found = _log_ratios(tooks, today)
    by_size: dict[int, list[tuple[Took, float, float]]] = {
        band: [] for band in range(len(SIZE_LIMITS) + 1)
    }
    for entry in found:
        by_size[size_band(entry[0].planned)].append(entry)
    # The gap to each size's own average, not to its figure: the starting value's pull
    # is no sign of change.
    average = {
        band: _average(entries) for band, entries in by_size.items() if len(entries) >= MIN_EVIDENCE
    }
    gaps = [
        ((today - took.day).days, x - average[size_band(took.planned)], 1.0)
        for took, x, _ in found
        if (today - took.day).days < TREND_DAYS and size_band(took.planned) in average
    ]
    if not gaps:
        return {band: _factor(entries) for band, entries in by_size.items()}
    gap, worth = _gap_today(gaps)
    shift = _shrunk(gap, worth, 0.0, WEEKDAY_PRIOR_WEIGHT)
    return {band: _factor(entries, shift) for band, entries in by_size.items()}


@dataclass
class _Tally:
    kept: float = 0.0  # recency-weighted
    agreed: float = 0.0  # recency-weighted
    count: int = 0  # agreements

    def add(self, day: DayKept, weight: float, moved: float = 0.0) -> None:
        self.kept += weight * (day.kept + moved * day.agreed)
        self.agreed += weight * day.agreed
        self.count += day.agreed

    @property
    def rate(self) -> float:
        return self.kept / self.agreed


def _falling(rates: list[float], weights: list[float]) -> list[float]:
    """The closest rates, weighted, that never rise from one band to the next (pooled
    adjacent violators): keeping falls, or stays level, as a day fills."""
    blocks: list[list[float]] = []  # [rate, weight, bands]
    for rate, weight in zip(rates, weights, strict=True):
        blocks.append([rate, weight, 1])
        while len(blocks) > 1 and blocks[-2][0] < blocks[-1][0]:
            rate2, weight2, n2 = blocks.pop()
            rate1, weight1, n1 = blocks[-1]
            blocks[-1] = [
                (rate1 * weight1 + rate2 * weight2) / (weight1 + weight2),
                weight1 + weight2,
                n1 + n2,
            ]
    return [rate for rate, _, bands in blocks for _ in range(int(bands))]


@dataclass(frozen=True)
class Keeping:
    """The share of a day's agreements kept: overall, by load band, and an offset for
    each weekday (0 is Monday) where there is enough evidence."""

    overall: Learned | None
    by_load: dict[int, Learned | None]
    by_weekday: dict[int, Learned | None]
    lately: Learned | None = None  # how much more was kept in the last weeks than the
    # figures say

    def rate(self, planned: int, capacity: int, weekday: int | None = None) -> Learned | None:
        """The best-founded figure for such a day: its load's (or the nearest load's
        that is known), moved by its weekday's offset (where `weekday` is given) and by
        the last weeks' shift where they are known; None while nothing is known."""
        base = self._by_load_and_weekday(planned, capacity, weekday)
        if base is None or self.lately is None:
            return base
        value = min(1 - SUREST, max(SUREST, base.value + self.lately.value))
        return Learned(value, base.count, base.weight, base.prior_weight)

    def _by_load_and_weekday(
        self, planned: int, capacity: int, weekday: int | None
    ) -> Learned | None:
        band = load_band(planned, capacity)
        known = [b for b, learned in self.by_load.items() if learned is not None]
        if not known:
            return self.overall
        base = self.by_load[min(known, key=lambda b: (abs(b - band), b))]
        offset = self.by_weekday.get(weekday) if weekday is not None else None
        if base is None or offset is None:
            return base
        value = min(1 - SUREST, max(SUREST, base.value + offset.value))
        return Learned(value, base.count, base.weight, base.prior_weight)


def keeping(days: Iterable[DayKept], today: dt.date) -> Keeping:
    """The keep rates: overall, drawn towards KEEP_PRIOR; per load band, never rising as
    the day fills and each drawn towards its neighbouring bands; and per weekday, how
    far that day's keeping lies from its load's figure, drawn towards no offset.

    A band's rate is what its days kept, each moved from the level of its own time to
    today's: someone who keeps more as the months go by, and planned full days mostly
    early on, should not have full days judged by the person they were then."""
    days = sorted((day for day in days if day.agreed > 0 and day.day <= today), key=_day)
    total = _Tally()
    for day in days:
        total.add(day, recency(day.day, today))
    overall = (
        _given(_shrunk(total.rate, total.count, KEEP_PRIOR), total.count, total.agreed)
        if total.count
        else None
    )
    base = overall.value if overall else KEEP_PRIOR
    effect = [0.0] * (len(LOAD_LIMITS) + 1)
    for _ in range(2):  # the level without the loads' effects, then the effects again
        level = _levels(days, [effect[_band(day)] for day in days])
        now = level[-1] if level else base
        bands = [_Tally() for _ in effect]
        for day, then in zip(days, level, strict=True):
            bands[_band(day)].add(day, recency(day.day, today), now - then)
        effect = [band.rate - now if band.count else 0.0 for band in bands]
    by_load = _by_load(bands, base)
    moved = [now - then for then in level]
    found = Keeping(overall, by_load, _by_weekday(days, moved, by_load, today))
    return dataclasses.replace(found, lately=_lately(days, found, today))


def _chance(value: float) -> float:
    """A share moved to today's level can leave 0 to 1; a chance never says never or surely."""
    return min(1 - SUREST, max(SUREST, value))


def _day(day: DayKept) -> dt.date:
    return day.day


def _band(day: DayKept) -> int:
    return load_band(day.planned, day.capacity)


def _levels(days: list[DayKept], effects: list[float]) -> list[float]:
    """For each day (in order), the share kept over the days within LEVEL_DAYS of it,
    less what their loads explain; the last day's looks only back."""
    ordinals = [day.day.toordinal() for day in days]
    kept, agreed = [0.0], [0.0]
    for day, effect in zip(days, effects, strict=True):
        kept.append(kept[-1] + day.kept - effect * day.agreed)
        agreed.append(agreed[-1] + day.agreed)
    found = []
    for ordinal in ordinals:
        first = bisect.bisect_left(ordinals, ordinal - LEVEL_DAYS)
        last = bisect.bisect_right(ordinals, ordinal + LEVEL_DAYS)
        found.append((kept[last] - kept[first]) / (agreed[last] - agreed[first]))
    return found


def _lately(days: list[DayKept], found: Keeping, today: dt.date) -> Learned | None:
    """The gap, over the last LATELY_DAYS and read at today, between what was kept and
    what the figures say of those days."""
    gaps = []
    for day in days:
        if (today - day.day).days >= TREND_DAYS:
            continue
        rate = found.rate(day.planned, day.capacity, day.day.weekday())
        if rate is not None:
            gaps.append(((today - day.day).days, day.kept / day.agreed - rate.value, day.agreed))
    if not gaps:
        return None
    agreed = sum(w for x, _, w in gaps if x < LATELY_DAYS)
    if not agreed:
        return None
    gap, worth = _gap_today(gaps)
    shift = _shrunk(gap, worth, 0.0, WEEKDAY_PRIOR_WEIGHT)
    return _given(shift, round(agreed), agreed, WEEKDAY_PRIOR_WEIGHT)


def _by_load(bands: list[_Tally], base: float) -> dict[int, Learned | None]:
    seen = [i for i, band in enumerate(bands) if band.count]
    fitted = dict(
        zip(
            seen,
            _falling([bands[i].rate for i in seen], [bands[i].agreed for i in seen]),
            strict=True,
        )
    )
    drawn = {}
    for i in seen:
        # The prior of a band: its neighbours' fitted rates, for keeping changes
        # gradually with load; the overall rate where it has no neighbour with evidence.
        near = [j for j in (i - 1, i + 1) if j in fitted]
        prior = (
            sum(fitted[j] * bands[j].count for j in near) / sum(bands[j].count for j in near)
            if near
            else base
        )
        drawn[i] = _shrunk(fitted[i], bands[i].count, prior)
    final = dict(
        zip(
            seen,
            _falling([drawn[i] for i in seen], [bands[i].count + PRIOR_WEIGHT for i in seen]),
            strict=True,
        )
    )
    return {
        i: (_given(_chance(final[i]), band.count, band.agreed) if band.count else None)
        for i, band in enumerate(bands)
    }


def _by_weekday(
    days: list[DayKept],
    moved: list[float],
    by_load: dict[int, Learned | None],
    today: dt.date,
) -> dict[int, Learned | None]:
    """Per weekday, the mean gap between what was kept, moved to today's level as the load
    figures are, and what the load's figure says: a person who keeps more than they used
    to has no weekday on which they keep less."""
    found = {}
    for weekday in range(7):
        gap = agreed = 0.0
        count = 0
        for day, shift in zip(days, moved, strict=True):
            if day.day.weekday() != weekday:
                continue
            learned = by_load[load_band(day.planned, day.capacity)]
            if learned is None:
                continue
            weight = recency(day.day, today)
            gap += weight * (day.kept + (shift - learned.value) * day.agreed)
            agreed += weight * day.agreed
            count += day.agreed
        if count:
            offset = _shrunk(gap / agreed, count, 0.0, WEEKDAY_PRIOR_WEIGHT)
            found[weekday] = _given(offset, count, agreed, WEEKDAY_PRIOR_WEIGHT)
    return found


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
