"""How much of a day's plan a person keeps: by how full the day was, by weekday, and
which way it is going.

A day's share kept is learned as the sum of three parts, each fitted in turn on what
the other two leave (a few rounds are enough for them to settle):
- a curve over the day's load (its plan against the time it had) that never rises as
  the day fills, drawn through the person's own days, so that it finds where their
  keeping drops, wherever that lies;
- an offset per weekday, drawn towards none by as much as it could be chance: with
  seventeen Mondays in four months, a Monday that looks hard may just have been
  unlucky, and a person whose weekdays do not differ gets none;
- a straight line through time, recent days counting most, so that the curve stands
  at today's level and a person who is keeping more and more is judged by today.
Dates are passed in; nothing here reads a clock.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable
from dataclasses import dataclass, field

from trustplanner.domain.learning import (
    LATELY_DAYS,
    MIN_EVIDENCE,
    PRIOR_WEIGHT,
    Learned,
    recency,
    shrunk,
)

# How full a day was planned, as a share of the time it had: up to half, up to 80 %,
# up to full, up to a quarter over, more. The curve needs no bands; they are how the
# person reads it.
LOAD_LIMITS = (0.5, 0.8, 1.0, 1.25)
# Loads are told apart in steps of a tenth of the day: finer, and a step holds too few
# days to say anything.
LOAD_STEP = 0.1
# Beyond four times full every day is alike (a day with no time at all among them).
FULLEST = 4.0
# Where keeping starts before anything is known: most small agreements are kept.
KEEP_PRIOR = 0.75
# The line through time is drawn to level as if this many agreements, lying four weeks
# either side of the middle, had shown no change: a few odd weeks are no change of
# course.
TREND_PRIOR_WEIGHT = 200.0
# How often the three parts are fitted in turn.
FIT_ROUNDS = 4
# A forecast chance stays this far from certainty either way.
SUREST = 0.02
# The weight at which a weekday's offset counts as drawn fully to none.
NO_OFFSET_WEIGHT = 1e6


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


def load_band(planned: int, capacity: int) -> int:
    """0 for a day planned up to half full, ... , 4 for more than a quarter over."""
    if capacity <= 0:
        return len(LOAD_LIMITS)
    share = planned / capacity
    return next((i for i, limit in enumerate(LOAD_LIMITS) if share <= limit), len(LOAD_LIMITS))


def load_share(planned: int, capacity: int) -> float:
    """The day's plan against its time, at most FULLEST."""
    return FULLEST if capacity <= 0 else min(FULLEST, planned / capacity)


@dataclass(frozen=True)
class Point:
    """A point of the keeping curve: days of about this load kept this share."""

    load: float
    rate: float
    count: int  # agreements behind it


@dataclass(frozen=True)
class Keeping:
    """The share of a day's agreements kept: overall, along the load curve (and read per
    load band), an offset per weekday (0 is Monday) where there is enough evidence, and
    how much more is kept now than four weeks before."""

    overall: Learned | None
    by_load: dict[int, Learned | None]
    by_weekday: dict[int, Learned | None]
    lately: Learned | None = None
    curve: tuple[Point, ...] = field(default=(), repr=False)

    def rate(self, planned: int, capacity: int, weekday: int | None = None) -> Learned | None:
        """The share kept on such a day, today: the curve at its load (a load beyond the
        days known takes the nearest one's figure), moved by its weekday's offset where
        `weekday` is given; None while nothing is known."""
        if self.overall is None or not self.curve:
            return self.overall
        value = on_curve(self.curve, load_share(planned, capacity))
        offset = self.by_weekday.get(weekday) if weekday is not None else None
        if offset is not None:
            value += offset.value
        near = self.by_load.get(load_band(planned, capacity)) or self.overall
        return Learned(_chance(value), near.count, near.weight, near.prior_weight)


def on_curve(curve: tuple[Point, ...], load: float) -> float:
    """The curve's share at `load`: straight between its points, level beyond them."""
    if load <= curve[0].load:
        return curve[0].rate
    for before, after in itertools.pairwise(curve):
        if load <= after.load:
            span = after.load - before.load
            if span <= 0:
                return after.rate
            return before.rate + (after.rate - before.rate) * (load - before.load) / span
    return curve[-1].rate


def _chance(value: float) -> float:
    """A share moved by an offset can leave 0 to 1; a chance never says never or surely."""
    return min(1 - SUREST, max(SUREST, value))


@dataclass
class _Block:
    """Neighbouring days (by load) pooled into one share."""

    load: float  # weighted
    rate: float  # weighted
    weight: float  # recency-weighted agreements
    count: int  # agreements

    def pool(self, other: _Block) -> None:
        weight = self.weight + other.weight
        if weight > 0:
            self.load = (self.load * self.weight + other.load * other.weight) / weight
            self.rate = (self.rate * self.weight + other.rate * other.weight) / weight
        self.weight = weight
        self.count += other.count


def _falling(blocks: Iterable[_Block]) -> list[_Block]:
    """The closest shares, weighted, that never rise from one block to the next (pooled
    adjacent violators): keeping falls, or stays level, as a day fills."""
    found: list[_Block] = []
    for block in blocks:
        found.append(_Block(block.load, block.rate, block.weight, block.count))
        while len(found) > 1 and found[-2].rate < found[-1].rate:
            last = found.pop()
            found[-1].pool(last)
    return found


@dataclass
class _Days:
    """The days learned from, as columns."""

    agreed: list[int]
    kept: list[float]  # shares
    weight: list[float]  # agreements, each counted by how recent it is
    recent: list[float]  # each day's recency
    load: list[float]
    weekday: list[int]
    spans: list[float]  # four-week spans from today, negative before it


def _columns(days: list[DayKept], today: dt.date) -> _Days:
    recent = [recency(day.day, today) for day in days]
    return _Days(
        agreed=[day.agreed for day in days],
        kept=[day.kept / day.agreed for day in days],
        weight=[day.agreed * r for day, r in zip(days, recent, strict=True)],
        recent=recent,
        load=[load_share(day.planned, day.capacity) for day in days],
        weekday=[day.day.weekday() for day in days],
        spans=[-(today - day.day).days / LATELY_DAYS for day in days],
    )


def _mean(values: list[float], weights: list[float]) -> float:
    total = sum(weights)
    return sum(v * w for v, w in zip(values, weights, strict=True)) / total if total else 0.0


def _curve(cols: _Days, rest: list[float], order: list[int]) -> tuple[list[_Block], list[float]]:
    """The falling curve through what is left of each day's share, over loads read in
    steps of LOAD_STEP, and each day's value on it."""
    steps: dict[int, _Block] = {}
    members: dict[int, list[int]] = {}
    for i in order:
        step = round(cols.load[i] / LOAD_STEP)
        day = _Block(cols.load[i], rest[i], cols.weight[i], cols.agreed[i])
        if step in steps:
            steps[step].pool(day)
            members[step].append(i)
        else:
            steps[step], members[step] = day, [i]
    blocks = _falling(steps.values())
    on = [0.0] * len(order)
    queue = iter(sorted(steps))
    for block in blocks:
        # A pooled block holds neighbouring steps: walk them off in load order.
        taken = 0
        while taken < block.count:
            step = next(queue)
            for i in members[step]:
                on[i] = block.rate
            taken += steps[step].count
    return blocks, on


def _offsets(cols: _Days, rest: list[float], spread: float) -> dict[int, tuple[float, float, int]]:
    """Per weekday with days: its offset, drawn towards none by how much of it could be
    chance, with the weight of that pull and its agreements."""
    raw = {}
    for weekday in range(7):
        idx = [i for i, w in enumerate(cols.weekday) if w == weekday]
        weight = sum(cols.weight[i] for i in idx)
        if not weight:
            continue
        mean = sum(cols.weight[i] * rest[i] for i in idx) / weight
        # How far the mean could lie from the truth by chance alone.
        noise = spread * sum(cols.agreed[i] * cols.recent[i] ** 2 for i in idx) / weight**2
        raw[weekday] = (mean, noise, sum(cols.agreed[i] for i in idx), weight)
    if len(raw) < 2:
        return {}
    middle = sum(m * w for m, _, _, w in raw.values()) / sum(w for *_, w in raw.values())
    # How much weekdays truly differ: their spread less what chance alone would give.
    truly = max(
        0.0,
        sum((m - middle) ** 2 for m, *_ in raw.values()) / (len(raw) - 1)
        - sum(n for _, n, _, _ in raw.values()) / len(raw),
    )
    found = {}
    for weekday, (mean, noise, count, _) in raw.items():
        kept_share = truly / (truly + noise) if truly + noise > 0 else 0.0
        pull_weight = count * noise / truly if truly > 0 else NO_OFFSET_WEIGHT
        found[weekday] = ((mean - middle) * kept_share, pull_weight, count)
    return found


def _slope(cols: _Days, rest: list[float]) -> float:
    """The change per four weeks of what is left, drawn towards none."""
    middle_t = _mean(cols.spans, cols.weight)
    middle_y = _mean(rest, cols.weight)
    along = sum(
        w * (t - middle_t) * (y - middle_y)
        for w, t, y in zip(cols.weight, cols.spans, rest, strict=True)
    )
    spread = sum(w * (t - middle_t) ** 2 for w, t in zip(cols.weight, cols.spans, strict=True))
    return along / (spread + TREND_PRIOR_WEIGHT)


def keeping(days: Iterable[DayKept], today: dt.date) -> Keeping:
    """The keep rates learned from the days up to `today`: overall, drawn towards
    KEEP_PRIOR; the curve over load, each point drawn towards the overall rate as if by
    PRIOR_WEIGHT agreements and never rising as the day fills; per weekday; and the
    change lately."""
    days = sorted((day for day in days if day.agreed > 0 and day.day <= today), key=_day)
    count = sum(day.agreed for day in days)
    if count < MIN_EVIDENCE:
        return Keeping(None, dict.fromkeys(range(len(LOAD_LIMITS) + 1)), {})
    cols = _columns(days, today)
    total = sum(cols.weight)
    plain = _mean(cols.kept, cols.weight)
    overall = Learned(shrunk(plain, count, KEEP_PRIOR), count, total)
    order = sorted(range(len(days)), key=lambda i: cols.load[i])
    spread = plain * (1 - plain)
    offsets: dict[int, tuple[float, float, int]] = {}
    slope = 0.0
    for _ in range(FIT_ROUNDS):
        rest = [
            cols.kept[i] - _offset(offsets, cols.weekday[i]) - slope * cols.spans[i]
            for i in range(len(days))
        ]
        blocks, on = _curve(cols, rest, order)
        rest = [cols.kept[i] - on[i] - slope * cols.spans[i] for i in range(len(days))]
        offsets = _offsets(cols, rest, spread)
        rest = [cols.kept[i] - on[i] - _offset(offsets, cols.weekday[i]) for i in range(len(days))]
        slope = _slope(cols, rest)
    drawn = _falling(
        _Block(b.load, shrunk(b.rate, b.count, overall.value), b.count + PRIOR_WEIGHT, b.count)
        for b in blocks
    )
    curve = tuple(Point(b.load, _chance(b.rate), b.count) for b in drawn)
    return Keeping(
        overall=overall,
        by_load=_by_load(cols, curve),
        by_weekday={
            weekday: _given(value, count, pull, count)
            for weekday, (value, pull, count) in offsets.items()
        },
        lately=_given(slope, count, TREND_PRIOR_WEIGHT, total),
        curve=curve,
    )


def _by_load(cols: _Days, curve: tuple[Point, ...]) -> dict[int, Learned | None]:
    """The curve read per load band: its share over the band's own days; for a band with
    too few, at the band's middle."""
    found: dict[int, Learned | None] = {}
    lower = 0.0
    for band in range(len(LOAD_LIMITS) + 1):
        upper = LOAD_LIMITS[band] if band < len(LOAD_LIMITS) else FULLEST
        idx = [
            i
            for i, load in enumerate(cols.load)
            if (lower < load <= upper)
            or (band == 0 and load <= 0)
            or (band == len(LOAD_LIMITS) and load > upper)
        ]
        count = sum(cols.agreed[i] for i in idx)
        weight = sum(cols.weight[i] for i in idx)
        if count < MIN_EVIDENCE:
            found[band] = None
        else:
            rates = [on_curve(curve, cols.load[i]) for i in idx]
            found[band] = Learned(_mean(rates, [cols.weight[i] for i in idx]), count, weight)
        lower = upper
    return found


def _given(value: float, count: int, prior_weight: float, weight: float) -> Learned | None:
    if count < MIN_EVIDENCE:
        return None
    return Learned(value, count, weight, prior_weight)


def _offset(offsets: dict[int, tuple[float, float, int]], weekday: int) -> float:
    found = offsets.get(weekday)
    return found[0] if found else 0.0


def _day(day: DayKept) -> dt.date:
    return day.day
