"""What each Progress chart shows, in words a screen reader can say: one sentence that
sums it up, and its values as a table. Made from the same figures as the picture."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale

from trustplanner.domain.fears import FearOutcome
from trustplanner.domain.learning import SizeTook
from trustplanner.domain.progress import DayLoad, FearPeriod, FearPoint, Keeping
from trustplanner.domain.promises import PromiseTally
from trustplanner.domain.trust_index import DayEvidence, IndexPoint
from trustplanner.words.dates import qdate
from trustplanner.words.fears import outcome_text
from trustplanner.words.learning import size_name, weekday_name
from trustplanner.words.numbers import minutes_text, number_text, ratio_text

translate = QCoreApplication.translate

# Up to this many days, the index's table has a row for every day; over longer spans,
# one for the last day of each week, so that it stays a table a person can read.
DAILY_ROWS = 92


@dataclass(frozen=True)
class Reading:
    summary: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def _date(day: dt.date) -> str:
    return QLocale().toString(qdate(day), "d MMM yyyy")


def _month(day: dt.date) -> str:
    return QLocale().toString(qdate(day), "MMMM yyyy")


def _share(part: float, whole: float) -> str:
    return translate("charts", "%1 %").replace("%1", number_text(100 * part / whole, 0))


def index_reading(series: list[IndexPoint], start: dt.date, end: dt.date) -> Reading:
    headers = (translate("charts", "Day"), translate("charts", "Self-trust index"))
    if not any(point.score is not None for point in series):
        return Reading(
            translate(
                "charts",
                "Your self-trust index appears here once your first agreements have ended.",
            ),
            headers,
            (),
        )
    first, last = series[0], series[-1]
    summary = (
        translate("charts", "Self-trust went from %1 on %2 to %3 on %4.")
        .replace("%1", number_text(first.index))
        .replace("%2", _date(first.day))
        .replace("%3", number_text(last.index))
        .replace("%4", _date(last.day))
    )
    shown = series if len(series) <= DAILY_ROWS else series[len(series) % 7 - 1 :: 7]
    if shown[-1] is not last:
        shown = [*shown, last]
    rows = tuple((_date(point.day), number_text(point.index)) for point in shown)
    return Reading(summary, headers, rows)


def endings_reading(weeks: list[DayEvidence]) -> Reading:
    headers = (
        translate("charts", "Week of"),
        translate("charts", "Kept"),
        translate("charts", "Renegotiated in time"),
        translate("charts", "Renegotiated afterwards"),
        translate("charts", "Didn't happen"),
    )
    total = sum(weeks, DayEvidence(weeks[0].day)) if weeks else None
    if total is None or not total.ended:
        return Reading(translate("charts", "No agreements ended in these days."), headers, ())
    summary = (
        translate(
            "charts",
            "Of the agreements that ended: %1 kept, %2 renegotiated in time, %3 afterwards, "
            "%4 didn't happen.",
        )
        .replace("%1", str(total.kept))
        .replace("%2", str(total.renegotiated_honestly))
        .replace("%3", str(total.renegotiated_late))
        .replace("%4", str(total.didnt_happen))
    )
    rows = tuple(
        (
            _date(week.day),
            str(week.kept),
            str(week.renegotiated_honestly),
            str(week.renegotiated_late),
            str(week.didnt_happen),
        )
        for week in weeks
    )
    return Reading(summary, headers, rows)


def realism_reading(loads: list[DayLoad]) -> Reading:
    headers = (
        translate("charts", "Day"),
        translate("charts", "Agreed"),
        translate("charts", "Time you had"),
        translate("charts", "Share of the day"),
    )
    if not loads:
        return Reading(translate("charts", "Nothing was agreed in these days."), headers, ())
    fitted = sum(1 for load in loads if load.capacity and load.planned <= load.capacity)
    summary = (
        translate("charts", "On %1 of %2 days with agreements, they fitted in the time you had.")
        .replace("%1", str(fitted))
        .replace("%2", str(len(loads)))
    )
    rows = tuple(
        (
            _date(load.day),
            minutes_text(load.planned),
            minutes_text(load.capacity),
            _share(load.planned, load.capacity) if load.capacity else "—",
        )
        for load in loads
    )
    return Reading(summary, headers, rows)


def fears_reading(points: list[FearPoint], periods: list[FearPeriod]) -> Reading:
    headers = (
        translate("charts", "Day"),
        translate("charts", "Anxiety before"),
        translate("charts", "Anxiety after"),
        translate("charts", "What you feared"),
    )
    if not points:
        return Reading(translate("charts", "No fears faced in these days."), headers, ())
    count = len(points)
    happened = sum(1 for point in points if point.outcome is FearOutcome.HAPPENED)
    summary = (
        translate(
            "charts",
            "%n fear(s) faced. What you feared happened in %1 of them, and partly in %2.",
            "",
            count,
        )
        .replace("%1", str(happened))
        .replace("%2", str(sum(1 for point in points if point.outcome is FearOutcome.PARTLY)))
    )
    rows = tuple(
        (_date(point.day), str(point.before), str(point.after), outcome_text(point.outcome))
        for point in points
    )
    del periods  # the table lists each fear; the periods only group them in the picture
    return Reading(summary, headers, rows)


def calendar_reading(days: dict[dt.date, Keeping]) -> Reading:
    headers = (
        translate("charts", "Day"),
        translate("charts", "Kept"),
        translate("charts", "Ended"),
    )
    if not days:
        return Reading(translate("charts", "No agreements ended in this year."), headers, ())
    whole = sum(1 for keeping in days.values() if keeping.kept == keeping.ended)
    count = len(days)
    summary = translate(
        "charts",
        "%n day(s) with agreements that ended; on %1 of them, every one was kept.",
        "",
        count,
    ).replace("%1", str(whole))
    rows = tuple(
        (_date(day), str(keeping.kept), str(keeping.ended)) for day, keeping in sorted(days.items())
    )
    return Reading(summary, headers, rows)


def weekday_reading(pattern: list[Keeping]) -> Reading:
    headers = (
        translate("charts", "Weekday"),
        translate("charts", "Kept"),
        translate("charts", "Ended"),
        translate("charts", "Share kept"),
    )
    known = [(day, keeping) for day, keeping in enumerate(pattern) if keeping.ended]
    if not known:
        return Reading(translate("charts", "No agreements ended in these days."), headers, ())
    best = max(known, key=lambda found: found[1].share)
    least = min(known, key=lambda found: found[1].share)
    summary = (
        translate("charts", "Kept most on %1 (%2), least on %3 (%4).")
        .replace("%1", weekday_name(best[0]))
        .replace("%2", _share(best[1].kept, best[1].ended))
        .replace("%3", weekday_name(least[0]))
        .replace("%4", _share(least[1].kept, least[1].ended))
    )
    rows = tuple(
        (
            weekday_name(day),
            str(keeping.kept),
            str(keeping.ended),
            _share(keeping.kept, keeping.ended) if keeping.ended else "—",
        )
        for day, keeping in enumerate(pattern)
    )
    return Reading(summary, headers, rows)


def took_reading(sizes: list[SizeTook]) -> Reading:
    headers = (
        translate("charts", "Size"),
        translate("charts", "Agreements"),
        translate("charts", "Planned, on average"),
        translate("charts", "Took, on average"),
        translate("charts", "Times the plan"),
    )
    told = [size for size in sizes if size.count]
    if not told:
        return Reading(
            translate("charts", "No kept agreements with the time they took in these days."),
            headers,
            (),
        )
    most = max(told, key=lambda size: size.count)
    summary = (
        translate("charts", "Agreements of %1 took about %2 times what you planned.")
        .replace("%1", size_name(most.band).lower())
        .replace("%2", ratio_text(most.ratio))
    )
    rows = tuple(
        (
            size_name(size.band),
            str(size.count),
            minutes_text(round(size.planned / size.count)),
            minutes_text(round(size.took / size.count)),
            ratio_text(size.ratio),
        )
        for size in told
    )
    return Reading(summary, headers, rows)


def promises_reading(tallies: list[PromiseTally]) -> Reading:
    headers = (
        translate("charts", "Who"),
        translate("charts", "Promises"),
        translate("charts", "Kept"),
        translate("charts", "Could not be kept"),
        translate("charts", "Of those, told them early"),
        translate("charts", "Repaired"),
    )
    if not tallies:
        return Reading(translate("charts", "No promises to others in these days."), headers, ())
    everyone = tallies[-1]
    promises = everyone.promises  # a plain name: pyside6-lupdate misses a count otherwise
    summary = translate("charts", "%n promise(s) to others, %1 kept.", "", promises).replace(
        "%1", str(everyone.kept)
    )
    if everyone.not_kept:
        summary += " " + (
            translate("charts", "Of the %1 that could not be kept, you told them early %2 times.")
            .replace("%1", str(everyone.not_kept))
            .replace("%2", str(everyone.told_early))
        )
    rows = tuple(
        (
            tally.person if tally.person is not None else translate("charts", "Everyone"),
            str(tally.promises),
            str(tally.kept),
            str(tally.not_kept),
            str(tally.told_early),
            str(tally.repaired),
        )
        for tally in tallies
    )
    return Reading(summary, headers, rows)
