"""The evidence behind the self-trust index, counted per day in SQL.

Light on purpose: the tray and `trustplanner status` read it, and neither should
load what the charts and reports need.
"""

from __future__ import annotations

import datetime as dt
import json

from trustplanner.domain.trust_index import (
    DEFAULT_HALF_LIFE_DAYS,
    HALF_LIFE_RANGE,
    DayEvidence,
    at_least_the_shortest_half_life,
)
from trustplanner.store.connection import Reading


def day_from_text(text: str) -> dt.date:
    """A day as the store writes it (ISO 8601)."""
    return dt.date.fromisoformat(text)


def between(start: dt.date | None, end: dt.date | None, column: str = "day") -> tuple[str, list]:
    clauses, params = [], []
    if start is not None:
        clauses.append(f"{column} >= ?")
        params.append(start.isoformat())
    if end is not None:
        clauses.append(f"{column} <= ?")
        params.append(end.isoformat())
    return (" AND " + " AND ".join(clauses)) if clauses else "", params


def day_evidence(
    store: Reading, start: dt.date | None = None, end: dt.date | None = None
) -> list[DayEvidence]:
    """For every day with evidence: how its agreements ended and how many fears were faced.

    A promise to someone that did not happen, but that the person told them about
    early (its `lead`), counts like an agreement renegotiated that early."""
    where, params = between(start, end)
    rows = store.conn.execute(
        f"""SELECT day,
                   sum(outcome = 'kept'),
                   sum(outcome = 'renegotiated' AND late = 0
                       OR outcome = 'didnt_happen' AND coalesce(lead, 0) > 0),
                   sum(outcome = 'renegotiated' AND late = 1),
                   sum(outcome = 'didnt_happen' AND coalesce(lead, 0) = 0),
                   sum(outcome IN ('renegotiated', 'didnt_happen') AND late = 0 AND lead IS 2)
            FROM agreements
            WHERE outcome IS NOT NULL{where}
            GROUP BY day ORDER BY day""",
        params,
    ).fetchall()
    fears = fears_per_day(store, start, end)
    # One DayEvidence per day, made once: ten years of days are read on every glance.
    evidence = []
    for text, kept, honest, late, didnt, ahead in rows:
        day = day_from_text(text)
        evidence.append(DayEvidence(day, kept, honest, late, didnt, fears.pop(day, 0), ahead))
    if fears:
        evidence.extend(DayEvidence(day, fears_faced=count) for day, count in fears.items())
        evidence.sort(key=lambda day_evidence: day_evidence.day)
    return evidence


def half_life_days(store: Reading) -> int:
    """The index's half-life setting alone, as `load_settings` would give it.

    For a glance: reading every setting would load the rules of fears and nudges,
    which a glance at the index does not need. A test keeps the two in step.
    """
    stored = store.value("SELECT value FROM settings WHERE key = 'half_life_days'")
    try:
        value = json.loads(stored) if stored is not None else None
    except ValueError:
        return DEFAULT_HALF_LIFE_DAYS
    value = at_least_the_shortest_half_life(value)
    low, high = HALF_LIFE_RANGE
    if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
        return value
    return DEFAULT_HALF_LIFE_DAYS


def fears_per_day(
    store: Reading, start: dt.date | None = None, end: dt.date | None = None
) -> dict[dt.date, int]:
    """How many fears were faced on each day: evidence for the self-trust index."""
    rows = store.conn.execute(
        "SELECT day, count(*) FROM fears WHERE day >= ? AND day <= ? GROUP BY day",
        [(start or dt.date.min).isoformat(), (end or dt.date.max).isoformat()],
    ).fetchall()
    return {day_from_text(day): count for day, count in rows}


def endings_on(store: Reading, day: dt.date) -> dict[str, int]:
    """How the agreements made for `day` stand: open, kept, renegotiated, didn't happen."""
    counts = {"open": 0, "kept": 0, "renegotiated": 0, "didnt_happen": 0}
    rows = store.conn.execute(
        "SELECT coalesce(outcome, 'open'), count(*) FROM agreements WHERE day = ? GROUP BY 1",
        [day.isoformat()],
    ).fetchall()
    for outcome, count in rows:
        counts[outcome] = count
    return counts


def promises_on(store: Reading, day: dt.date) -> tuple[int, int, int]:
    """How many of the agreements made for `day` are promises to someone, how many of
    those are open, and how many the person told the other about."""
    total, still_open, told = store.conn.execute(
        "SELECT count(*), count(*) - count(outcome), count(told_at) FROM agreements"
        " WHERE day = ? AND person IS NOT NULL",
        [day.isoformat()],
    ).fetchone()
    return total, still_open, told
