"""A report's agreements week by week, and its fears month by month: what a summary
shows in place of every line.

A year lists thousands of agreements; a coach reads a page of weeks. No Qt here.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from trustplanner.domain.endings import Ending
from trustplanner.domain.fears import FearOutcome
from trustplanner.domain.report import AgreementLine, FearLine

# The reasons a week names, most given first.
REASONS_SHOWN = 3


@dataclass(frozen=True)
class WeekLine:
    """The agreements of one week (Monday to Sunday) and how they ended."""

    start: dt.date  # the Monday
    made: int
    kept: int
    in_time: int  # renegotiated in time
    afterwards: int  # renegotiated afterwards
    didnt_happen: int
    still_open: int
    reasons: tuple[tuple[str, int], ...]  # reasons and notes given, with how often


def by_week(lines: Iterable[AgreementLine]) -> list[WeekLine]:
    """One line per week that has agreements, in order."""
    weeks: dict[dt.date, list[AgreementLine]] = {}
    for line in lines:
        weeks.setdefault(line.day - dt.timedelta(days=line.day.weekday()), []).append(line)
    found = []
    for start in sorted(weeks):
        week = weeks[start]
        endings = Counter(line.ending for line in week)
        notes = Counter(line.note.strip() for line in week if line.note and line.note.strip())
        found.append(
            WeekLine(
                start=start,
                made=len(week),
                kept=endings[Ending.KEPT],
                in_time=endings[Ending.RENEGOTIATED_HONESTLY],
                afterwards=endings[Ending.RENEGOTIATED_LATE],
                didnt_happen=endings[Ending.DIDNT_HAPPEN],
                still_open=endings[None],
                reasons=tuple(
                    sorted(notes.items(), key=lambda item: (-item[1], item[0]))[:REASONS_SHOWN]
                ),
            )
        )
    return found


# Up to this many fears faced, a summary lists each of them; more are told per month.
FEARS_LISTED = 40


@dataclass(frozen=True)
class MonthOfFears:
    """The fears faced in one month: how often, anxiety on average, what came true."""

    start: dt.date  # the first of the month
    faced: int
    before: float  # anxiety just before, on average
    after: float
    happened: int
    partly: int
    not_happened: int


def fears_by_month(lines: Iterable[FearLine]) -> list[MonthOfFears]:
    """One line per month that has fears faced, in order."""
    months: dict[dt.date, list[FearLine]] = {}
    for line in lines:
        months.setdefault(line.day.replace(day=1), []).append(line)
    found = []
    for start in sorted(months):
        month = months[start]
        outcomes = Counter(line.outcome for line in month)
        found.append(
            MonthOfFears(
                start=start,
                faced=len(month),
                before=sum(line.before for line in month) / len(month),
                after=sum(line.after for line in month) / len(month),
                happened=outcomes[FearOutcome.HAPPENED],
                partly=outcomes[FearOutcome.PARTLY],
                not_happened=outcomes[FearOutcome.NOT],
            )
        )
    return found
