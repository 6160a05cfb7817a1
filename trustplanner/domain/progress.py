"""The figures behind the Progress charts and the status: ranges, weeks, weekdays, realism."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from trustplanner.domain.fears import FearOutcome
from trustplanner.domain.trust_index import DayEvidence


class Span(enum.Enum):
    FOUR_WEEKS = "4w"
    THREE_MONTHS = "3m"
    YEAR = "1y"
    ALL = "all"
    CUSTOM = "custom"


def span_dates(
    span: Span,
    today: dt.date,
    first: dt.date | None,
    custom: tuple[dt.date, dt.date] | None = None,
) -> tuple[dt.date, dt.date]:
    """The first and last day a span shows, both included."""
    if span is Span.CUSTOM:
        if custom is None:
            raise ValueError("a custom span needs its dates")
        start, end = custom
        return (start, end) if start <= end else (end, start)
    days = {Span.FOUR_WEEKS: 28, Span.THREE_MONTHS: 91, Span.YEAR: 365}
    if span is Span.ALL:
        return (min(first, today) if first else today - dt.timedelta(days=27)), today
    return today - dt.timedelta(days=days[span] - 1), today


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def weekly_endings(
    evidence: Iterable[DayEvidence], start: dt.date, end: dt.date
) -> list[DayEvidence]:
    """Every week that touches the span, also the empty ones: its endings added up.

    Each result's `day` is the Monday that starts the week.
    """
    weeks: dict[dt.date, DayEvidence] = {}
    week = monday_of(start)
    while week <= end:
        weeks[week] = DayEvidence(week)
        week += dt.timedelta(days=7)
    for day in evidence:
        if start <= day.day <= end:
            monday = monday_of(day.day)
            weeks[monday] = weeks[monday] + day
    return list(weeks.values())


@dataclass(frozen=True)
class Keeping:
    """Kept agreements out of those that ended, for a day or a weekday."""

    kept: int
    ended: int

    @property
    def share(self) -> float | None:
        return self.kept / self.ended if self.ended else None


def weekday_pattern(evidence: Iterable[DayEvidence], start: dt.date, end: dt.date) -> list[Keeping]:
    """For Monday to Sunday: how many of the agreements that ended were kept."""
    kept = [0] * 7
    ended = [0] * 7
    for day in evidence:
        if start <= day.day <= end:
            kept[day.day.weekday()] += day.kept
            ended[day.day.weekday()] += day.ended
    return [Keeping(k, e) for k, e in zip(kept, ended, strict=True)]


def keeping_by_day(
    evidence: Iterable[DayEvidence], start: dt.date, end: dt.date
) -> dict[dt.date, Keeping]:
    """The share kept on each day of the span that had endings (for the calendar)."""
    return {
        day.day: Keeping(day.kept, day.ended)
        for day in evidence
        if start <= day.day <= end and day.ended
    }


def calendar_span(end: dt.date) -> tuple[dt.date, dt.date]:
    """The 53 weeks of the calendar that ends with the week of `end`."""
    last_sunday = monday_of(end) + dt.timedelta(days=6)
    return last_sunday - dt.timedelta(days=53 * 7 - 1), last_sunday


@dataclass(frozen=True)
class DayLoad:
    """The time agreed for a day against the time the person had."""

    day: dt.date
    planned: int
    capacity: int

    @property
    def ratio(self) -> float | None:
        return self.planned / self.capacity if self.capacity else None


def realism_by_day(
    planned: Mapping[dt.date, int],
    capacity_of: Callable[[dt.date], int],
    start: dt.date,
    end: dt.date,
) -> list[DayLoad]:
    """Every day of the span on which something was agreed, oldest first."""
    return [
        DayLoad(day, minutes, capacity_of(day))
        for day, minutes in sorted(planned.items())
        if start <= day <= end and minutes
    ]


def recent_evidence(evidence: list[DayEvidence], days: int) -> tuple[int, DayEvidence | None]:
    """The last `days` days with evidence, added up: what the index mostly rests on now.

    Returns how many such days there were, and their sum (None when there were none).
    """
    recent = [day for day in evidence if day.weight][-days:]
    if not recent:
        return 0, None
    total = recent[0]
    for day in recent[1:]:
        total = total + day
    return len(recent), total


@dataclass(frozen=True)
class FearPoint:
    """One fear faced, as the charts need it."""

    day: dt.date
    before: int
    after: int
    outcome: FearOutcome


@dataclass(frozen=True)
class FearPeriod:
    """The fears faced in one month (or year): how many, and in how many of them what was
    feared happened, fully or partly. Counts, not shares: three fears in a month read as
    three, not as a trend."""

    first: dt.date  # the first day of the month, or of the year
    yearly: bool
    faced: int
    happened: int  # fully or partly


# Over longer spans than this, fears are counted by year: a label a month would not fit.
MONTHS_AT_MOST = 13


def fears_by_period(points: Iterable[FearPoint], start: dt.date, end: dt.date) -> list[FearPeriod]:
    """For every month with fears faced in the span (every year, over long spans)."""
    yearly = (end.year - start.year) * 12 + end.month - start.month + 1 > MONTHS_AT_MOST
    periods: dict[dt.date, list[bool]] = {}
    for point in points:
        if start <= point.day <= end:
            first = point.day.replace(month=1, day=1) if yearly else point.day.replace(day=1)
            periods.setdefault(first, []).append(point.outcome is not FearOutcome.NOT)
    return [
        FearPeriod(first, yearly, len(happened), sum(happened))
        for first, happened in sorted(periods.items())
    ]
