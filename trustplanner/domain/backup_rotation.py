"""Which automatic backups to keep: 7 daily, 4 weekly and 12 monthly copies.

Counted over the days, weeks and months that have a backup, not over the
calendar: after a holiday away from the computer, the last good copies are
still there.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterable

DAILY = 7
WEEKLY = 4
MONTHLY = 12


def _newest_per_period(
    days: list[dt.date], period: Callable[[dt.date], Hashable], count: int
) -> set[dt.date]:
    kept: set[dt.date] = set()
    seen: set[Hashable] = set()
    for day in days:  # newest first
        key = period(day)
        if key in seen:
            continue
        if len(seen) == count:
            break
        seen.add(key)
        kept.add(day)
    return kept


def backups_to_keep(
    days: Iterable[dt.date], *, daily: int = DAILY, weekly: int = WEEKLY, monthly: int = MONTHLY
) -> set[dt.date]:
    """The days whose backups stay: the newest of each of the last days, weeks and months."""
    newest_first = sorted(set(days), reverse=True)
    return (
        _newest_per_period(newest_first, lambda day: day, daily)
        | _newest_per_period(newest_first, lambda day: day.isocalendar()[:2], weekly)
        | _newest_per_period(newest_first, lambda day: (day.year, day.month), monthly)
    )


def backup_due(newest: dt.date | None, today: dt.date) -> bool:
    """Whether to try an automatic backup: at most one a day."""
    return newest is None or newest < today
