"""Items on the plan: adding, estimating, splitting, moving, letting go and agreeing to them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from trustplanner.domain.agreements import Agreement, Item, ItemState, Outcome, clean_note
from trustplanner.domain.durations import MAX_ESTIMATE_MINUTES
from trustplanner.domain.planning import CommitProblem, commit_problem, plan_realism
from trustplanner.domain.promises import clean_name, parse_promise_time
from trustplanner.domain.realism import Realism
from trustplanner.domain.settings import Settings
from trustplanner.domain.titles import clean_title
from trustplanner.store.agreements import agreements_on
from trustplanner.store.connection import Reading
from trustplanner.store.transactions import Store


class PlanError(ValueError):
    """An action that the rules do not allow; `problem` says which rule."""

    def __init__(self, problem: CommitProblem | str):
        super().__init__(getattr(problem, "value", problem))
        self.problem = problem


_ITEM_COLUMNS = "id, title, minutes, day, state, parent_id, position, note, person, promise_time"
_STATES = {state.value: state for state in ItemState}


def _items(store: Reading, where: str, params: Sequence[object]) -> list[Item]:
    """Items read straight from their rows: a plan may hold thousands, and is read again
    after every change."""
    days: dict[str, dt.date] = {}
    items = []
    for row in store.conn.execute(f"SELECT {_ITEM_COLUMNS} FROM items {where}", params):
        id_, title, minutes, day, state, parent_id, position, note, person, time = row
        date = days.get(day)
        if date is None:
            date = days[day] = dt.date.fromisoformat(day)
        items.append(
            Item(id_, title, minutes, date, _STATES[state], parent_id, position, note, person, time)
        )
    return items


def _checked_minutes(minutes: int | None) -> int | None:
    if minutes is not None and not 1 <= minutes <= MAX_ESTIMATE_MINUTES:
        raise ValueError(f"estimate out of range: {minutes}")
    return minutes


def _stamp(now: dt.datetime) -> str:
    return now.isoformat(timespec="seconds")


def get_item(store: Store, item_id: int) -> Item:
    items = _items(store, "WHERE id = ?", [item_id])
    if not items:
        raise LookupError(f"no item {item_id}")
    return items[0]


def planned_items(
    store: Store, day: dt.date, *, after: Item | None = None, limit: int = -1
) -> list[Item]:
    """The items on `day`'s plan that are not agreements yet, in plan order: those that
    come after `after`, and at most `limit` of them (-1: all).

    Read on their own, without the day and state that every one of them shares: the
    plan is read again after every change, and each column read costs on a long list.
    """
    where, params = "day = ? AND state = 'planned' AND someday = 0", [day.isoformat()]
    if after is not None:
        where += " AND (position, id) > (?, ?)"
        params += [after.position, after.id]
    planned = ItemState.PLANNED
    return [
        Item(id_, title, minutes, day, planned, parent_id, position, note, person, time)
        for id_, title, minutes, parent_id, position, note, person, time in store.conn.execute(
            "SELECT id, title, minutes, parent_id, position, note, person, promise_time FROM items "
            f"WHERE {where} ORDER BY position, id LIMIT ?",
            [*params, limit],
        )
    ]


def planned_totals(store: Reading, day: dt.date) -> tuple[int, int, int]:
    """How many items `day`'s plan holds, how many of them have no estimate, and the
    minutes of the others: added up by SQLite, without reading the items."""
    count, unestimated, minutes = store.conn.execute(
        "SELECT count(*), count(*) - count(minutes), coalesce(sum(minutes), 0) "
        "FROM items WHERE day = ? AND state = 'planned' AND someday = 0",
        [day.isoformat()],
    ).fetchone()
    return count, unestimated, minutes


def bigger_than_a_step(store: Reading, day: dt.date, max_step_minutes: int) -> int:
    """How many items of `day`'s plan are bigger than one step (see is_too_big)."""
    return store.conn.execute(
        "SELECT count(*) FROM items"
        " WHERE day = ? AND state = 'planned' AND someday = 0 AND minutes > ?",
        [day.isoformat(), max_step_minutes],
    ).fetchone()[0]


def leftover_items(store: Store, today: dt.date) -> list[Item]:
    """Items planned for a day that is over and never agreed, moved or let go."""
    return _items(
        store,
        "WHERE day < ? AND state = 'planned' AND someday = 0 ORDER BY day, position, id",
        [today.isoformat()],
    )


def _next_position(store: Store, day: dt.date) -> float:
    last = store.value("SELECT max(position) FROM items WHERE day = ?", [day.isoformat()])
    return 1.0 if last is None else float(last) + 1.0


def add_items(
    store: Store, day: dt.date, entries: Iterable[tuple[str, int | None]], now: dt.datetime
) -> list[int]:
    """Put items at the end of `day`'s plan; all of them, or none when one is not valid."""
    cleaned = [(clean_title(title), _checked_minutes(minutes)) for title, minutes in entries]
    ids = []
    with store.action():
        position = _next_position(store, day)
        for offset, (title, minutes) in enumerate(cleaned):
            ids.append(
                store.insert(
                    "items",
                    {
                        "title": title,
                        "minutes": minutes,
                        "day": day.isoformat(),
                        "state": ItemState.PLANNED.value,
                        "position": position + offset,
                        "created_at": _stamp(now),
                    },
                )
            )
    return ids


def _said_no(
    store: Store,
    kind: str,
    item: Item,
    now: dt.datetime,
    reason: str | None,
    to_day: dt.date | None = None,
) -> None:
    """Keep an honest "no" in history: moved to `to_day` (None: to some day) or let go."""
    store.insert(
        "events",
        {
            "at": _stamp(now),
            "kind": kind,
            "item_id": item.id,
            "from_day": item.day.isoformat(),
            "to_day": None if to_day is None else to_day.isoformat(),
            "note": reason,
        },
    )


def _planned(store: Store, item_id: int) -> Item:
    item = get_item(store, item_id)
    if item.state is not ItemState.PLANNED:
        raise PlanError("not_planned")
    return item


def rename_item(store: Store, item_id: int, title: str) -> None:
    cleaned = clean_title(title)
    with store.action():
        _planned(store, item_id)
        store.update("items", item_id, title=cleaned)


def set_promise(
    store: Store, item_id: int, person: str | None, promise_time: str | None = None
) -> None:
    """Say who a planned item is for or with, and at what time (None: no one, no time).
    A time without someone is kept too: "the dentist at 9:00" may name no one."""
    name, time = clean_name(person), parse_promise_time(promise_time)
    with store.action():
        _planned(store, item_id)
        store.update("items", item_id, person=name, promise_time=time)


def people_named(store: Reading) -> list[str]:
    """Everyone a promise was ever for or with, the most recently named first."""
    rows = store.conn.execute(
        """SELECT person FROM (
               SELECT person, created_at AS at FROM items WHERE person IS NOT NULL
               UNION ALL
               SELECT person, made_at AS at FROM agreements WHERE person IS NOT NULL)
           GROUP BY person ORDER BY max(at) DESC, person"""
    ).fetchall()
    return [person for (person,) in rows]


def estimate_item(store: Store, item_id: int, minutes: int | None) -> None:
    checked = _checked_minutes(minutes)
    with store.action():
        _planned(store, item_id)
        store.update("items", item_id, minutes=checked)


def move_items(
    store: Store,
    item_ids: Sequence[int],
    to_day: dt.date,
    now: dt.datetime,
    note: str | None = None,
) -> None:
    """Say "not today": the items go to the end of `to_day`'s plan; the move stays in
    history. An item waiting for some day is brought back to that day's plan."""
    reason = clean_note(note)
    with store.action():
        position = _next_position(store, to_day)
        for offset, item_id in enumerate(item_ids):
            item = _planned(store, item_id)
            waiting = _is_someday(store, item_id)
            if to_day == item.day and not waiting:
                raise PlanError("same_day")
            store.update(
                "items", item_id, day=to_day.isoformat(), position=position + offset, someday=0
            )
            _said_no(store, "moved", item, now, reason, to_day)


def rank_items(store: Store, item_ids: Sequence[int], before: int | None) -> None:
    """Put items of one day's plan, in the order given, just before item `before` (at
    the end when None): the person's own order, which Make it fit keeps."""
    with store.action():
        moving = [_planned(store, item_id) for item_id in item_ids]
        if not moving:
            return
        day = moving[0].day
        if any(item.day != day for item in moving):
            raise PlanError("same_day")
        chosen = set(item_ids)
        others = [item for item in planned_items(store, day) if item.id not in chosen]
        at = next((n for n, item in enumerate(others) if item.id == before), len(others))
        if before is not None and at == len(others):
            raise PlanError("not_planned")
        low = others[at - 1].position if at > 0 else None
        high = others[at].position if at < len(others) else None
        if low is None:
            low = (high if high is not None else 1.0) - 1.0
        if high is None:
            high = low + len(moving) + 1.0
        gap = (high - low) / (len(moving) + 1)
        if gap < 1e-6:
            # Ranked in the same place many times over: number the whole plan afresh.
            ordered = others[:at] + moving + others[at:]
            for number, item in enumerate(ordered, start=1):
                if item.position != number:
                    store.update("items", item.id, position=float(number))
            return
        for number, item in enumerate(moving, start=1):
            store.update("items", item.id, position=low + gap * number)


def put_aside(
    store: Store, item_ids: Sequence[int], now: dt.datetime, note: str | None = None
) -> None:
    """Say "some day, no date yet": the items leave their day's plan and wait on the
    some-day list; the move stays in history, with no day to go to."""
    reason = clean_note(note)
    with store.action():
        for item_id in item_ids:
            item = _planned(store, item_id)
            if _is_someday(store, item_id):
                continue
            store.update("items", item_id, someday=1)
            _said_no(store, "moved", item, now, reason)


def someday_items(store: Reading) -> list[Item]:
    """What waits for some day, oldest first: each item's day is the day it was put aside."""
    return _items(store, "WHERE state = 'planned' AND someday = 1 ORDER BY day, position, id", [])


def someday_totals(store: Reading) -> tuple[int, int | None]:
    """How many items wait for some day, and the fewest minutes one of them needs (0
    for one with no estimate; None when none waits): enough for Plan to say whether a
    day has room for one."""
    count, smallest, unestimated = store.conn.execute(
        "SELECT count(*), min(minutes), count(*) - count(minutes) FROM items"
        " WHERE state = 'planned' AND someday = 1"
    ).fetchone()
    return count, 0 if unestimated else smallest


def _is_someday(store: Store, item_id: int) -> bool:
    return bool(store.value("SELECT someday FROM items WHERE id = ?", [item_id]))


def let_go(
    store: Store, item_ids: Sequence[int], now: dt.datetime, note: str | None = None
) -> None:
    """Take items off the plan on purpose, with an optional reason kept in history."""
    reason = clean_note(note)
    with store.action():
        for item_id in item_ids:
            item = _planned(store, item_id)
            store.update("items", item_id, state=ItemState.LET_GO.value, note=reason)
            _said_no(store, "let_go", item, now, reason)


def split_item(
    store: Store, item_id: int, steps: Sequence[tuple[str, int]], now: dt.datetime
) -> list[int]:
    """Replace an item by its steps, in its place on the plan."""
    if not steps:
        raise PlanError("no_steps")
    cleaned = [(clean_title(title), _checked_minutes(minutes)) for title, minutes in steps]
    ids = []
    with store.action():
        item = _planned(store, item_id)
        following = store.value(
            "SELECT min(position) FROM items WHERE day = ? AND position > ?",
            [item.day.isoformat(), item.position],
        )
        room = (float(following) if following is not None else item.position + 1) - item.position
        for index, (title, minutes) in enumerate(cleaned):
            ids.append(
                store.insert(
                    "items",
                    {
                        "title": title,
                        "minutes": minutes,
                        "day": item.day.isoformat(),
                        "state": ItemState.PLANNED.value,
                        "parent_id": item.id,
                        "position": item.position + room * (index + 1) / (len(cleaned) + 1),
                        "created_at": _stamp(now),
                        # Each step of a promise is still for or with the same someone.
                        "person": item.person,
                        "promise_time": item.promise_time,
                    },
                )
            )
        store.update("items", item.id, state=ItemState.SPLIT.value)
        store.insert(
            "events",
            {
                "at": _stamp(now),
                "kind": "split",
                "item_id": item.id,
                "from_day": item.day.isoformat(),
            },
        )
    return ids


def delete_items(store: Store, item_ids: Sequence[int]) -> None:
    """Remove planned items entered by mistake, with their history; agreements stay."""
    with store.action():
        for item_id in item_ids:
            _planned(store, item_id)
            for event_id in [
                r["id"] for r in store.rows("SELECT id FROM events WHERE item_id = ?", [item_id])
            ]:
                store.delete("events", event_id)
            store.delete("items", item_id)


def commit_day(store: Store, day: dt.date, now: dt.datetime) -> list[int]:
    """Turn every planned item of `day` into an agreement with yourself."""
    ids = []
    with store.action():
        items = planned_items(store, day)
        unestimated = sum(item.minutes is None for item in items)
        problem = commit_problem(day, now.date(), len(items), unestimated)
        if problem is not None:
            raise PlanError(problem)
        for item in items:
            store.update("items", item.id, state=ItemState.AGREED.value)
            ids.append(
                store.insert(
                    "agreements",
                    {
                        "item_id": item.id,
                        "title": item.title,
                        "minutes": item.minutes,
                        "day": day.isoformat(),
                        "made_at": _stamp(now),
                        "person": item.person,
                        "promise_time": item.promise_time,
                    },
                )
            )
    return ids


@dataclass(frozen=True)
class SaidNo:
    """One honest "no" from a day's history: an item moved to another day or let go."""

    kind: str  # "moved" or "let_go"
    title: str
    at: dt.datetime
    to_day: dt.date | None
    note: str | None


def said_no_on(store: Store, day: dt.date) -> list[SaidNo]:
    """What the person moved away from `day` or let go from it, oldest first."""
    rows = store.rows(
        """SELECT events.kind, items.title, events.at, events.to_day, events.note
           FROM events JOIN items ON items.id = events.item_id
           WHERE events.from_day = ? AND events.kind IN ('moved', 'let_go')
           ORDER BY events.at, events.id""",
        [day.isoformat()],
    )
    return [
        SaidNo(
            kind=row["kind"],
            title=row["title"],
            at=dt.datetime.fromisoformat(row["at"]),
            to_day=dt.date.fromisoformat(row["to_day"]) if row["to_day"] else None,
            note=row["note"],
        )
        for row in rows
    ]


def capacity_override(store: Store, day: dt.date) -> int | None:
    return store.value("SELECT minutes FROM day_capacity WHERE day = ?", [day.isoformat()])


def set_capacity_override(store: Store, day: dt.date, minutes: int | None) -> None:
    """Change the time available on one day; None goes back to the weekday's default."""
    with store.action():
        if minutes is None:
            if capacity_override(store, day) is not None:
                store.delete("day_capacity", day.isoformat())
        else:
            if not 0 <= minutes <= 24 * 60:
                raise ValueError(f"capacity out of range: {minutes}")
            store.upsert("day_capacity", {"day": day.isoformat(), "minutes": minutes})


@dataclass(frozen=True)
class DayPlan:
    """Everything the Plan view shows for one day."""

    day: dt.date
    items: list[Item]  # the first of them, when only the first were asked for
    item_count: int  # how many items the plan holds, read or not
    agreements: list[Agreement]  # those that stand for this day, not renegotiated away
    capacity: int
    capacity_is_usual: bool
    realism: Realism  # of all the items, read or not
    bigger: int = 0  # items bigger than one step, read or not

    @property
    def complete(self) -> bool:
        """Whether every item of the plan was read."""
        return len(self.items) == self.item_count


def load_day(store: Store, day: dt.date, settings: Settings, *, first: int = -1) -> DayPlan:
    """The plan for `day`, with its first `first` items (-1: all of them) and the totals
    of all of them. The rest can be read with `planned_items(after=...)`."""
    items = planned_items(store, day, limit=first)
    count, unestimated, minutes = planned_totals(store, day)
    standing = [a for a in agreements_on(store, day) if a.outcome is not Outcome.RENEGOTIATED]
    override = capacity_override(store, day)
    capacity = settings.capacity_on(day) if override is None else override
    return DayPlan(
        day=day,
        items=items,
        item_count=count,
        agreements=standing,
        capacity=capacity,
        capacity_is_usual=override is None,
        realism=plan_realism(minutes, unestimated, standing, capacity),
        bigger=bigger_than_a_step(store, day, settings.max_step_minutes),
    )
