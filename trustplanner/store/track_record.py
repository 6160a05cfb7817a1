"""The person's own track record, counted in SQL for the app to learn from: what kept
agreements took, and how much of each day's plan was kept at what load."""

from __future__ import annotations

import datetime as dt

from trustplanner.domain.learning import DayKept, Took
from trustplanner.domain.settings import Settings
from trustplanner.store.connection import Reading
from trustplanner.store.evidence import between, day_from_text
from trustplanner.store.history import capacity_overrides, planned_minutes


def what_it_took(reader: Reading, end: dt.date | None = None) -> list[Took]:
    """Every kept agreement whose person said how long it took, up to `end`."""
    where, params = between(None, end)
    rows = reader.conn.execute(
        "SELECT day, minutes, took_minutes FROM agreements"
        f" WHERE outcome = 'kept' AND took_minutes IS NOT NULL{where}",
        params,
    ).fetchall()
    return [Took(day_from_text(day), planned, took) for day, planned, took in rows]


def days_kept(reader: Reading, settings: Settings, end: dt.date | None = None) -> list[DayKept]:
    """Each day with ended agreements: the time agreed against the time it had, and how
    many of the agreements made for it were kept as agreed. A smaller agreement made in
    place of one on the same day is not counted again: the day's plan had one."""
    where, params = between(None, end, "a.day")
    rows = reader.conn.execute(
        f"""SELECT a.day, count(*), sum(a.outcome = 'kept')
            FROM agreements a LEFT JOIN agreements b ON b.id = a.renegotiated_from
            WHERE a.outcome IS NOT NULL AND (b.id IS NULL OR b.day <> a.day){where}
            GROUP BY a.day""",
        params,
    ).fetchall()
    planned = planned_minutes(reader, end=end)
    overrides = capacity_overrides(reader, end=end)
    found = []
    for text, agreed, kept in rows:
        day = day_from_text(text)
        capacity = overrides.get(day, settings.capacity_on(day))
        found.append(DayKept(day, planned.get(day, 0), capacity, agreed, kept))
    return found
