"""The person's own track record, counted in SQL for the app to learn from: what kept
agreements took, and how much of each day's plan was kept at what load."""

from __future__ import annotations

import datetime as dt

from trustplanner.domain.forecast import Knowing, learn
from trustplanner.domain.keeping import DayKept
from trustplanner.domain.settings import Settings
from trustplanner.store.connection import Reading
from trustplanner.store.evidence import between, day_from_text
from trustplanner.store.history import capacity_overrides, planned_minutes, what_it_took


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


def learned(reader: Reading, settings: Settings, today: dt.date) -> Knowing:
    """What the person's days before `today` teach, from the day they chose to learn
    from. Today's own endings wait for tomorrow, so that the forecast for a day does not
    move while it is being kept."""
    end = today - dt.timedelta(days=1)
    return learn(
        what_it_took(reader, end),
        days_kept(reader, settings, end),
        end,
        since=settings.learning_since,
    )


def evidence_mark(reader: Reading, today: dt.date) -> tuple:
    """A cheap summary that changes whenever what `learned` reads changes: a figure
    learned for a mark can be kept until the mark moves."""
    before = today.isoformat()
    ended = reader.conn.execute(
        "SELECT count(*), total(took_minutes), total(outcome = 'kept'), total(minutes)"
        " FROM agreements WHERE outcome IS NOT NULL AND day < ?",
        [before],
    ).fetchone()
    capacity = reader.conn.execute(
        "SELECT count(*), total(minutes) FROM day_capacity WHERE day < ?", [before]
    ).fetchone()
    return (today, *ended, *capacity)


def minutes_planned_on(reader: Reading, day: dt.date) -> list[int]:
    """The planned minutes of each estimated item and standing agreement of `day`."""
    rows = reader.conn.execute(
        """SELECT minutes FROM items
           WHERE day = ? AND state = 'planned' AND someday = 0 AND minutes > 0
           UNION ALL
           SELECT minutes FROM agreements
           WHERE day = ? AND (outcome IS NULL OR outcome <> 'renegotiated')""",
        [day.isoformat(), day.isoformat()],
    ).fetchall()
    return [minutes for (minutes,) in rows]
