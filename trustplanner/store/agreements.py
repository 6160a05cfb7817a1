"""Agreements with yourself: reading them, and recording how each one ends."""

from __future__ import annotations

import datetime as dt

from trustplanner.domain.agreements import (
    Agreement,
    Outcome,
    RenegotiationProblem,
    check_renegotiation,
    clean_note,
    lead,
    renegotiation_is_late,
)
from trustplanner.domain.durations import MAX_TOOK_MINUTES
from trustplanner.domain.promises import (
    LAST_MOMENT_HOURS,
    REPAIR_STEPS,
    clean_name,
    parse_promise_time,
    reminder_due,
    told_lead,
)
from trustplanner.domain.titles import clean_title
from trustplanner.store.changes import Row
from trustplanner.store.transactions import Store


class AgreementError(ValueError):
    """An ending the rules do not allow; `problem` names the rule."""

    def __init__(self, problem: RenegotiationProblem | str):
        super().__init__(getattr(problem, "value", problem))
        self.problem = problem


def _datetime(text: str | None) -> dt.datetime | None:
    return None if text is None else dt.datetime.fromisoformat(text)


def agreement_from_row(row: Row) -> Agreement:
    return Agreement(
        id=row["id"],
        item_id=row["item_id"],
        title=row["title"],
        minutes=row["minutes"],
        day=dt.date.fromisoformat(row["day"]),
        made_at=dt.datetime.fromisoformat(row["made_at"]),
        outcome=Outcome(row["outcome"]) if row["outcome"] else None,
        late=bool(row["late"]),
        ended_at=_datetime(row["ended_at"]),
        note=row["note"],
        renegotiated_from=row["renegotiated_from"],
        step_id=row.get("step_id"),
        took_minutes=row.get("took_minutes"),
        lead=row.get("lead"),
        person=row.get("person"),
        promise_time=row.get("promise_time"),
        told_at=_datetime(row.get("told_at")),
        repair=frozenset(step for step in REPAIR_STEPS if row.get(f"repair_{step}")),
        repair_of=row.get("repair_of"),
        reminded_at=_datetime(row.get("reminded_at")),
    )


def get_agreement(store: Store, agreement_id: int) -> Agreement:
    rows = store.rows("SELECT * FROM agreements WHERE id = ?", [agreement_id])
    if not rows:
        raise LookupError(f"no agreement {agreement_id}")
    return agreement_from_row(rows[0])


def agreements_on(store: Store, day: dt.date) -> list[Agreement]:
    """Every agreement made for `day`, however it ended, in the order they were made."""
    rows = store.rows("SELECT * FROM agreements WHERE day = ? ORDER BY id", [day.isoformat()])
    return [agreement_from_row(row) for row in rows]


def open_before(store: Store, day: dt.date) -> list[Agreement]:
    """Agreements of earlier days that have not ended: they stay open until the person says."""
    rows = store.rows(
        "SELECT * FROM agreements WHERE outcome IS NULL AND day < ? ORDER BY day, id",
        [day.isoformat()],
    )
    return [agreement_from_row(row) for row in rows]


def earlier_for_review(store: Store, day: dt.date) -> list[Agreement]:
    """Earlier agreements to show when reviewing `day`: still open, or ended on `day` itself.

    An earlier agreement the person ends today stays in view, with its ending,
    instead of disappearing from under their hands.
    """
    rows = store.rows(
        """SELECT * FROM agreements
           WHERE day < ? AND (outcome IS NULL OR substr(ended_at, 1, 10) = ?)
           ORDER BY day, id""",
        [day.isoformat(), day.isoformat()],
    )
    return [agreement_from_row(row) for row in rows]


def _open(store: Store, agreement_id: int) -> Agreement:
    agreement = get_agreement(store, agreement_id)
    if not agreement.is_open:
        raise AgreementError("already_ended")
    return agreement


def _end(store: Store, agreement_id: int, outcome: Outcome, now: dt.datetime, **values) -> None:
    store.update(
        "agreements",
        agreement_id,
        outcome=outcome.value,
        ended_at=now.isoformat(timespec="seconds"),
        **values,
    )


def mark_kept(
    store: Store, agreement_id: int, now: dt.datetime, took_minutes: int | None = None
) -> None:
    """End an agreement as kept; `took_minutes`, when the person said how long it took."""
    _check_took(took_minutes)
    with store.action():
        _open(store, agreement_id)
        _end(store, agreement_id, Outcome.KEPT, now, took_minutes=took_minutes)


def record_what_it_took(store: Store, agreement_id: int, took_minutes: int | None) -> None:
    """Say, or take back (None), how long a kept agreement took."""
    _check_took(took_minutes)
    with store.action():
        if get_agreement(store, agreement_id).outcome is not Outcome.KEPT:
            raise AgreementError("not_kept")
        store.update("agreements", agreement_id, took_minutes=took_minutes)


def _check_took(took_minutes: int | None) -> None:
    if took_minutes is not None and not 1 <= took_minutes <= MAX_TOOK_MINUTES:
        raise AgreementError("took_out_of_range")


def mark_didnt_happen(
    store: Store, agreement_id: int, now: dt.datetime, note: str | None = None
) -> None:
    cleaned = clean_note(note)
    with store.action():
        _open(store, agreement_id)
        _end(store, agreement_id, Outcome.DIDNT_HAPPEN, now, note=cleaned)


def renegotiate(
    store: Store,
    agreement_id: int,
    now: dt.datetime,
    *,
    new_day: dt.date,
    new_minutes: int,
    reason: str,
    new_title: str | None = None,
) -> int:
    """End an agreement as renegotiated and make the new, smaller or later one.

    Renegotiating before the agreement's day is over is recorded as honest;
    afterwards, as late; and how early it was said (a day or more ahead, or on the
    day), which the index counts. Returns the new agreement's id.
    """
    with store.action():
        old = _open(store, agreement_id)
        problem = check_renegotiation(old, new_day, new_minutes, reason, now.date())
        if problem is not None:
            raise AgreementError(problem)
        title = clean_title(new_title) if new_title is not None else old.title
        _end(
            store,
            agreement_id,
            Outcome.RENEGOTIATED,
            now,
            note=reason.strip(),
            late=int(renegotiation_is_late(old.day, now)),
            lead=lead(old.day, now),
        )
        if old.item_id is not None:
            store.update("items", old.item_id, day=new_day.isoformat())
        return store.insert(
            "agreements",
            {
                "item_id": old.item_id,
                "title": title,
                "minutes": new_minutes,
                "day": new_day.isoformat(),
                "made_at": now.isoformat(timespec="seconds"),
                "renegotiated_from": agreement_id,
                "person": old.person,
                "promise_time": old.promise_time,
            },
        )


def set_promise(
    store: Store, agreement_id: int, person: str | None, promise_time: str | None = None
) -> None:
    """Say who an open agreement is for or with, and at what time (None: no one)."""
    name, time = clean_name(person), parse_promise_time(promise_time)
    with store.action():
        agreement = _open(store, agreement_id)
        store.update("agreements", agreement_id, person=name, promise_time=time)
        if agreement.item_id is not None:
            store.update("items", agreement.item_id, person=name, promise_time=time)


def record_told(
    store: Store, agreement_id: int, now: dt.datetime, hours: int = LAST_MOMENT_HOURS
) -> None:
    """The person told the other that a promise would not happen, at `now`. A promise
    that did not happen and was told early counts like one renegotiated that early."""
    with store.action():
        agreement = get_agreement(store, agreement_id)
        if agreement.outcome not in (Outcome.RENEGOTIATED, Outcome.DIDNT_HAPPEN):
            raise AgreementError("not_ended_as_not_happening")
        values: dict = {"told_at": now.isoformat(timespec="seconds")}
        if agreement.outcome is Outcome.DIDNT_HAPPEN:
            values["lead"] = told_lead(agreement.day, agreement.promise_time, now, hours)
        store.update("agreements", agreement_id, **values)


def note_repair(store: Store, agreement_id: int, steps: frozenset[str]) -> None:
    """Keep which repair steps the person took after a promise that did not happen
    (or was told at the last moment); any of them, none a duty."""
    unknown = steps - set(REPAIR_STEPS)
    if unknown:
        raise AgreementError("unknown_repair_step")
    with store.action():
        get_agreement(store, agreement_id)
        store.update(
            "agreements",
            agreement_id,
            **{f"repair_{step}": int(step in steps) for step in REPAIR_STEPS},
        )


def make_repair_agreement(
    store: Store,
    agreement_id: int,
    now: dt.datetime,
    *,
    day: dt.date,
    minutes: int,
    title: str,
    promise_time: str | None = None,
) -> int:
    """A new agreement made with the other as a repair: an agreement like any other,
    for or with the same someone, that remembers which promise it repairs."""
    cleaned = clean_title(title)
    time = parse_promise_time(promise_time)
    if day < now.date():
        raise AgreementError(RenegotiationProblem.DAY_IN_PAST)
    if not 1 <= minutes <= 720:
        raise AgreementError("minutes_out_of_range")
    with store.action():
        old = get_agreement(store, agreement_id)
        return store.insert(
            "agreements",
            {
                "title": cleaned,
                "minutes": minutes,
                "day": day.isoformat(),
                "made_at": now.isoformat(timespec="seconds"),
                "person": old.person,
                "promise_time": time,
                "repair_of": agreement_id,
            },
        )


def promises_to_remind(store: Store, now: dt.datetime, evening: dt.time) -> list[Agreement]:
    """Open promises to someone, not recalled yet, whose reminder is due now."""
    today = now.date()
    rows = store.rows(
        "SELECT * FROM agreements WHERE outcome IS NULL AND person IS NOT NULL"
        " AND reminded_at IS NULL AND day IN (?, ?) ORDER BY day, promise_time, id",
        [today.isoformat(), (today + dt.timedelta(days=1)).isoformat()],
    )
    found = [agreement_from_row(row) for row in rows]
    return [a for a in found if reminder_due(a.day, a.promise_time, now, evening)]


def mark_reminded(store: Store, agreement_id: int, now: dt.datetime) -> None:
    with store.action():
        store.update("agreements", agreement_id, reminded_at=now.isoformat(timespec="seconds"))


def reopen(store: Store, agreement_id: int) -> None:
    """Take back how an agreement ended (kept or didn't happen), so it is open again."""
    with store.action():
        agreement = get_agreement(store, agreement_id)
        if agreement.outcome not in (Outcome.KEPT, Outcome.DIDNT_HAPPEN):
            raise AgreementError("cannot_reopen")
        store.update(
            "agreements",
            agreement_id,
            outcome=None,
            ended_at=None,
            note=None,
            took_minutes=None,
            told_at=None,
            lead=None,
        )


def successors(store: Store, agreement_ids: list[int]) -> dict[int, Agreement]:
    """For renegotiated agreements: the agreement that replaced each one."""
    if not agreement_ids:
        return {}
    marks = ", ".join("?" for _ in agreement_ids)
    rows = store.rows(
        f"SELECT * FROM agreements WHERE renegotiated_from IN ({marks})", list(agreement_ids)
    )
    return {row["renegotiated_from"]: agreement_from_row(row) for row in rows}
