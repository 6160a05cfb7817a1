"""What the store remembers about today's nudges, so that a restart never repeats one."""

from __future__ import annotations

import datetime as dt

from trustplanner.domain.nudges import Nudge, NudgeState, Snooze, Today, snoozed
from trustplanner.store.connection import Reading
from trustplanner.store.transactions import Store


def _key(day: dt.date, kind: str) -> str:
    return f"{day.isoformat()}/{kind}"


def _when(text: str | None) -> dt.datetime | None:
    return None if text is None else dt.datetime.fromisoformat(text)


def today(store: Reading, day: dt.date) -> Today:
    """The nudges' state for `day`, with whether their jobs are done."""
    rows = {
        row["kind"]: row
        for row in store.rows("SELECT * FROM nudges WHERE day = ?", [day.isoformat()])
    }
    states = {
        nudge: NudgeState(
            shown_at=_when(rows[nudge.value]["shown_at"]),
            snoozed_until=_when(rows[nudge.value]["snoozed_until"]),
            closed=bool(rows[nudge.value]["closed"]),
        )
        for nudge in Nudge
        if nudge.value in rows
    }
    made, still_open = store.conn.execute(
        "SELECT count(*), count(*) FILTER (WHERE outcome IS NULL) FROM agreements WHERE day = ?",
        [day.isoformat()],
    ).fetchone()
    return Today(
        day=day,
        paused="pause" in rows,
        plan_committed=made > 0,
        review_complete=still_open == 0,
        states=states,
    )


def _save(store: Store, day: dt.date, nudge: Nudge, state: NudgeState) -> None:
    with store.action():
        store.upsert(
            "nudges",
            {
                "id": _key(day, nudge.value),
                "day": day.isoformat(),
                "kind": nudge.value,
                "shown_at": state.shown_at.isoformat(timespec="seconds")
                if state.shown_at
                else None,
                "snoozed_until": (
                    state.snoozed_until.isoformat(timespec="seconds")
                    if state.snoozed_until
                    else None
                ),
                "closed": int(state.closed),
            },
        )


def _state(store: Reading, day: dt.date, nudge: Nudge) -> NudgeState:
    return today(store, day).states.get(nudge, NudgeState())


def mark_shown(store: Store, day: dt.date, nudge: Nudge, now: dt.datetime) -> None:
    old = _state(store, day, nudge)
    _save(store, day, nudge, NudgeState(now, old.snoozed_until, old.closed))


def snooze(store: Store, day: dt.date, nudge: Nudge, now: dt.datetime, choice: Snooze) -> None:
    _save(store, day, nudge, snoozed(_state(store, day, nudge), now, choice))


def close(store: Store, day: dt.date, nudge: Nudge) -> None:
    """The person opened the nudge (or its job got done): it is over for the day."""
    old = _state(store, day, nudge)
    _save(store, day, nudge, NudgeState(old.shown_at, old.snoozed_until, closed=True))


def pause_today(store: Store, day: dt.date) -> None:
    with store.action():
        store.upsert(
            "nudges",
            {"id": _key(day, "pause"), "day": day.isoformat(), "kind": "pause", "closed": 1},
        )


def resume_today(store: Store, day: dt.date) -> None:
    with store.action():
        if store.value("SELECT 1 FROM nudges WHERE id = ?", [_key(day, "pause")]):
            store.delete("nudges", _key(day, "pause"))
