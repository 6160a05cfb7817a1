"""The figures of a progress report, and what the data says helped.

Everything here works on plain rows read from the store, so that the report's
figures can be checked against the store in tests, and no Qt is needed.
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from trustplanner.domain.endings import Ending
from trustplanner.domain.fears import FearOutcome
from trustplanner.domain.learning import Took
from trustplanner.domain.trust_index import IndexPoint, index_on

# Reports longer than this are refused: a century of days is surely a typing mistake.
MAX_REPORT_DAYS = 366 * 20
# Below these, a comparison says more about chance than about what helped.
MIN_DAYS_TO_COMPARE = 3
MIN_ENDED_TO_COMPARE = 5
# A difference must be at least this large (in share kept) to be worth pointing out.
CLEAR_DIFFERENCE = 0.05
# Countries that print on US Letter; everyone else uses A4 (ISO 216).
LETTER_TERRITORIES = frozenset({"US", "CA", "MX", "PH", "CL", "CO", "VE", "CR", "GT", "PR", "SV"})


class Period(enum.Enum):
    THIS_WEEK = "this_week"
    LAST_WEEK = "last_week"
    THIS_MONTH = "this_month"
    LAST_MONTH = "last_month"
    CUSTOM = "custom"


def period_dates(period: Period, today: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last day of a named period (weeks start on Monday); CUSTOM has none."""
    if period is Period.THIS_WEEK:
        monday = today - dt.timedelta(days=today.weekday())
        return monday, monday + dt.timedelta(days=6)
    if period is Period.LAST_WEEK:
        monday = today - dt.timedelta(days=today.weekday() + 7)
        return monday, monday + dt.timedelta(days=6)
    if period is Period.THIS_MONTH:
        return _month(today.year, today.month)
    if period is Period.LAST_MONTH:
        last = today.replace(day=1) - dt.timedelta(days=1)
        return _month(last.year, last.month)
    raise ValueError("a custom period has no dates of its own")


def _month(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


class PeriodProblem(enum.Enum):
    START_AFTER_END = "start_after_end"
    TOO_LONG = "too_long"


def check_period(start: dt.date, end: dt.date) -> PeriodProblem | None:
    if start > end:
        return PeriodProblem.START_AFTER_END
    if (end - start).days + 1 > MAX_REPORT_DAYS:
        return PeriodProblem.TOO_LONG
    return None


def paper_for_territory(code: str) -> str:
    """ "letter" or "a4" for a two-letter country code, as printers there expect."""
    return "letter" if code.upper() in LETTER_TERRITORIES else "a4"


@dataclass(frozen=True)
class AgreementLine:
    """One agreement as the report lists it."""

    day: dt.date
    title: str
    minutes: int
    ending: Ending | None  # None while it is still open
    note: str | None  # the reason given when it was renegotiated, or a note on how it went


@dataclass(frozen=True)
class FearLine:
    """One fear faced as the report lists it."""

    day: dt.date
    situation: str
    before: int
    after: int
    outcome: FearOutcome
    learned: str | None


@dataclass(frozen=True)
class Summary:
    """The report's figures for its period."""

    start: dt.date
    end: dt.date
    index_start: float  # the index as the period began: after the day before it
    index_end: float  # the index after its last day
    made: int
    kept: int
    renegotiated_honestly: int
    renegotiated_late: int
    didnt_happen: int
    still_open: int
    planned_minutes: int  # on the days of the period that had agreements
    capacity_minutes: int  # the time the person had on those same days
    days_planned: int
    days_over: int  # days with more agreed than the time there was
    fears_faced: int
    fears_happened: int  # what was feared happened
    fears_partly: int  # what was feared partly happened
    anxiety_before: float | None  # on average, just before
    anxiety_after: float | None  # on average, afterwards

    @property
    def ended(self) -> int:
        return self.kept + self.renegotiated_honestly + self.renegotiated_late + self.didnt_happen

    @property
    def keep_rate(self) -> float | None:
        return self.kept / self.ended if self.ended else None

    @property
    def load(self) -> float | None:
        return self.planned_minutes / self.capacity_minutes if self.capacity_minutes else None


def summarize(
    start: dt.date,
    end: dt.date,
    agreements: Sequence[AgreementLine],
    fears: Sequence[FearLine],
    planned: Mapping[dt.date, int],
    capacity_of: Callable[[dt.date], int],
    series: list[IndexPoint],
) -> Summary:
    """Count the period's agreements and fears; `series` must run at least to `end`."""
    endings = {ending: 0 for ending in Ending}
    still_open = 0
    for line in agreements:
        if line.ending is None:
            still_open += 1
        else:
            endings[line.ending] += 1
    days = {day: minutes for day, minutes in planned.items() if start <= day <= end and minutes}
    capacity = {day: capacity_of(day) for day in days}
    faced = len(fears)
    return Summary(
        start=start,
        end=end,
        index_start=index_on(series, start - dt.timedelta(days=1)),
        index_end=index_on(series, end),
        made=len(agreements),
        kept=endings[Ending.KEPT],
        renegotiated_honestly=endings[Ending.RENEGOTIATED_HONESTLY],
        renegotiated_late=endings[Ending.RENEGOTIATED_LATE],
        didnt_happen=endings[Ending.DIDNT_HAPPEN],
        still_open=still_open,
        planned_minutes=sum(days.values()),
        capacity_minutes=sum(capacity.values()),
        days_planned=len(days),
        days_over=sum(1 for day, minutes in days.items() if minutes > capacity[day]),
        fears_faced=faced,
        fears_happened=sum(1 for f in fears if f.outcome is FearOutcome.HAPPENED),
        fears_partly=sum(1 for f in fears if f.outcome is FearOutcome.PARTLY),
        anxiety_before=sum(f.before for f in fears) / faced if faced else None,
        anxiety_after=sum(f.after for f in fears) / faced if faced else None,
    )


class FindingKind(enum.Enum):
    """Something the period's data shows; the window words it."""

    WITHIN_TIME_HELPED = "within_time_helped"  # values: share within, share over
    ALL_WITHIN_TIME = "all_within_time"  # values: days planned
    SMALL_HELPED = "small_helped"  # values: the limit in minutes, share small, share longer
    BEST_WEEKDAY = "best_weekday"  # values: weekday (0 is Monday), share kept
    HONEST_CHANGES = "honest_changes"  # values: how many
    FEARS_LEARNED = "fears_learned"  # values: fears faced, happened, partly happened
    ANXIETY_AS_IT_WAS = "anxiety_as_it_was"  # values: average just before, afterwards
    TIME_TAKEN = "time_taken"  # values: what it took as a factor of the plan, how many said
    NOT_ENOUGH_YET = "not_enough_yet"  # values: none


@dataclass(frozen=True)
class Finding:
    kind: FindingKind
    values: tuple[float, ...] = ()


class _Tally:
    def __init__(self) -> None:
        self.kept = 0
        self.ended = 0
        self.days: set[dt.date] = set()

    def add(self, line: AgreementLine) -> None:
        if line.ending is None:
            return
        self.ended += 1
        self.kept += line.ending is Ending.KEPT
        self.days.add(line.day)

    @property
    def share(self) -> float:
        return self.kept / self.ended if self.ended else 0.0


def what_helped(
    agreements: Iterable[AgreementLine],
    summary: Summary,
    planned: Mapping[dt.date, int],
    capacity_of: Callable[[dt.date], int],
    small_limit: int,
    tooks: Iterable[Took] = (),
) -> list[Finding]:
    """What went with keeping agreements in this period: only what the data clearly shows.
    `tooks` are the period's kept agreements whose person said what they took."""
    within, over, small, longer = _Tally(), _Tally(), _Tally(), _Tally()
    weekdays = [_Tally() for _ in range(7)]
    for line in agreements:
        minutes = planned.get(line.day, 0)
        (over if minutes > capacity_of(line.day) else within).add(line)
        (small if line.minutes <= small_limit else longer).add(line)
        weekdays[line.day.weekday()].add(line)
    findings = []
    if len(within.days) >= MIN_DAYS_TO_COMPARE and not over.days:
        findings.append(Finding(FindingKind.ALL_WITHIN_TIME, (len(within.days),)))
    elif (
        len(within.days) >= MIN_DAYS_TO_COMPARE
        and len(over.days) >= MIN_DAYS_TO_COMPARE
        and within.share - over.share >= CLEAR_DIFFERENCE
    ):
        findings.append(Finding(FindingKind.WITHIN_TIME_HELPED, (within.share, over.share)))
    if (
        small.ended >= MIN_ENDED_TO_COMPARE
        and longer.ended >= MIN_ENDED_TO_COMPARE
        and small.share - longer.share >= CLEAR_DIFFERENCE
    ):
        findings.append(Finding(FindingKind.SMALL_HELPED, (small_limit, small.share, longer.share)))
    comparable = [i for i, tally in enumerate(weekdays) if tally.ended >= MIN_ENDED_TO_COMPARE]
    if len(comparable) >= 2:
        best = max(comparable, key=lambda i: (weekdays[i].share, -i))
        if weekdays[best].share - (summary.keep_rate or 0) >= CLEAR_DIFFERENCE:
            findings.append(Finding(FindingKind.BEST_WEEKDAY, (best, weekdays[best].share)))
    if summary.renegotiated_honestly:
        findings.append(Finding(FindingKind.HONEST_CHANGES, (summary.renegotiated_honestly,)))
    tooks = list(tooks)
    if len(tooks) >= MIN_ENDED_TO_COMPARE:
        ratio = sum(t.took for t in tooks) / sum(t.planned for t in tooks)
        findings.append(Finding(FindingKind.TIME_TAKEN, (ratio, len(tooks))))
    if summary.fears_faced:
        # What facing fears taught first, then the anxiety as it was (never a fall to
        # celebrate: anxiety need not fall for a fear faced to count).
        findings.append(
            Finding(
                FindingKind.FEARS_LEARNED,
                (summary.fears_faced, summary.fears_happened, summary.fears_partly),
            )
        )
        findings.append(
            Finding(FindingKind.ANXIETY_AS_IT_WAS, (summary.anxiety_before, summary.anxiety_after))
        )
    return findings or [Finding(FindingKind.NOT_ENOUGH_YET)]
