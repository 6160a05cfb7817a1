"""What the history holds, counted per day in SQL: the evidence behind the index and the charts."""

from __future__ import annotations

import datetime as dt

from trustplanner.domain.fears import FearOutcome
from trustplanner.domain.progress import FearPoint
from trustplanner.domain.trust_index import DayEvidence
from trustplanner.store.database import Reading
from trustplanner.store.fears import fears_per_day


def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def _between(start: dt.date | None, end: dt.date | None, column: str = "day") -> tuple[str, list]:
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
    """For every day with evidence: how its agreements ended and how many fears were faced."""
    where, params = _between(start, end)
    rows = store.conn.execute(
        f"""SELECT day,
                   sum(outcome = 'kept'),
                   sum(outcome = 'renegotiated' AND late = 0),
                   sum(outcome = 'renegotiated' AND late = 1),
                   sum(outcome = 'didnt_happen')
            FROM agreements
            WHERE outcome IS NOT NULL{where}
            GROUP BY day ORDER BY day""",
        params,
    ).fetchall()
    evidence = {
        _day(day): DayEvidence(_day(day), kept, honest, late, didnt)
        for day, kept, honest, late, didnt in rows
    }
    for day, count in fears_per_day(store, start, end).items():
        faced = DayEvidence(day, fears_faced=count)
        evidence[day] = evidence[day] + faced if day in evidence else faced
    return [evidence[day] for day in sorted(evidence)]


def planned_minutes(
    store: Reading, start: dt.date | None = None, end: dt.date | None = None
) -> dict[dt.date, int]:
    """The time agreed for each day: its agreements, counting a same-day smaller one only once."""
    where, params = _between(start, end, "a.day")
    rows = store.conn.execute(
        f"""SELECT a.day, sum(a.minutes)
            FROM agreements a LEFT JOIN agreements b ON b.id = a.renegotiated_from
            WHERE (b.id IS NULL OR b.day <> a.day){where}
            GROUP BY a.day""",
        params,
    ).fetchall()
    return {_day(day): minutes for day, minutes in rows}


def capacity_overrides(
    store: Reading, start: dt.date | None = None, end: dt.date | None = None
) -> dict[dt.date, int]:
    where, params = _between(start, end)
    rows = store.conn.execute(f"SELECT day, minutes FROM day_capacity WHERE 1 = 1{where}", params)
    return {_day(day): minutes for day, minutes in rows.fetchall()}


def first_day(store: Reading) -> dt.date | None:
    """The first day with an agreement: where "all" begins."""
    day = store.value("SELECT min(day) FROM agreements")
    return None if day is None else _day(day)


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


def fear_points(
    store: Reading, start: dt.date | None = None, end: dt.date | None = None
) -> list[FearPoint]:
    """Every fear faced: its day, anxiety before and after, and whether the feared happened."""
    where, params = _between(start, end)
    rows = store.conn.execute(
        "SELECT day, anxiety_before, anxiety_after, outcome FROM fears"
        f" WHERE 1 = 1{where} ORDER BY day, id",
        params,
    ).fetchall()
    return [
        FearPoint(_day(day), before, after, FearOutcome(outcome))
        for day, before, after, outcome in rows
    ]
