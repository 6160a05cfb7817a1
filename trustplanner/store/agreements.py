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
            },
        )


def reopen(store: Store, agreement_id: int) -> None:
    """Take back how an agreement ended (kept or didn't happen), so it is open again."""
    with store.action():
        agreement = get_agreement(store, agreement_id)
        if agreement.outcome not in (Outcome.KEPT, Outcome.DIDNT_HAPPEN):
            raise AgreementError("cannot_reopen")
        store.update(
            "agreements", agreement_id, outcome=None, ended_at=None, note=None, took_minutes=None
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
