"""Make it fit: a day's list cut to what the person keeps, the rest spread over the
coming days that have room, and what fits nowhere soon kept for some day.

A proposal only: the window shows it, the person changes it, and nothing moves until
they accept. Dates and room are passed in; nothing here reads a clock or a store.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

# How far ahead the rest is spread: the coming week and a half.
COMING_DAYS = 10


@dataclass(frozen=True)
class Candidate:
    """An item on the day's plan, in the person's order."""

    id: int
    minutes: int | None  # None: not estimated; it stays where it is
    must: bool = False  # "today, whatever happens"
    first_step: int | None = None  # minutes of its first small step, for an item too big
    # to keep as one step: when the whole does not fit today, the first step may


@dataclass(frozen=True)
class Room:
    """A coming day, and the minutes still free on it (its time less what it holds)."""

    day: dt.date
    free: int


@dataclass(frozen=True)
class Fitted:
    today: list[int]  # ids kept for today, in the person's order
    later: dict[dt.date, list[int]] = field(default_factory=dict)  # spread, day by day
    someday: list[int] = field(default_factory=list)  # no date yet: no coming day has room
    today_minutes: int = 0  # as they usually go (the factor applied)
    over_anyway: bool = False  # what must be today is more than today has
    # Items started today by their first step (its minutes, as planned): the id is in
    # `today` for that step, and in `later` or `someday` for the rest of it.
    first_steps: dict[int, int] = field(default_factory=dict)

    @property
    def moved(self) -> int:
        return sum(len(ids) for ids in self.later.values()) + len(self.someday)


def usual(minutes: int | None, factor: float) -> int:
    """What an item usually takes for this person: its estimate times their factor."""
    return 0 if minutes is None else round(minutes * factor)


def make_it_fit(
    items: Sequence[Candidate], room_today: int, coming: Sequence[Room], factor: float = 1.0
) -> Fitted:
    """Keep for today what fits `room_today` (minutes, after what today holds already),
    in the person's order: every "must", then each other item that still fits, so that a
    small one further down may take the place a big one could not; a big one that does
    not fit whole is started by its first step where that fits. The rest goes, in the
    same order, to the first coming day it fits on without going over; what fits on none
    is kept for some day. `factor` is how much longer things usually take this person
    (1.0 while nothing is learned)."""
    kept: list[int] = []
    used = 0
    deferred: list[tuple[int, int]] = []  # (id, minutes still to place)
    first_steps: dict[int, int] = {}
    for item in items:
        if item.must or item.minutes is None:
            kept.append(item.id)
            used += usual(item.minutes, factor)
    for item in items:
        if item.must or item.minutes is None:
            continue
        need = usual(item.minutes, factor)
        if used + need <= room_today:
            kept.append(item.id)
            used += need
            continue
        first = item.first_step
        if first is not None and 0 < first < item.minutes:
            step = usual(first, factor)
            if used + step <= room_today:
                kept.append(item.id)
                used += step
                first_steps[item.id] = first
                deferred.append((item.id, item.minutes - first))
                continue
        deferred.append((item.id, item.minutes))
    order = {item.id: number for number, item in enumerate(items)}
    kept.sort(key=order.__getitem__)
    free = {room.day: room.free for room in coming}
    later: dict[dt.date, list[int]] = {}
    someday: list[int] = []
    for item_id, minutes in deferred:
        need = usual(minutes, factor)
        day = next((room.day for room in coming if free[room.day] >= need), None)
        if day is None:
            someday.append(item_id)
            continue
        free[day] -= need
        later.setdefault(day, []).append(item_id)
    return Fitted(kept, later, someday, used, used > room_today, first_steps)
