"""What a report says, in the app's language: headings, figures and what helped."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale

from trustplanner.charts.data import CALENDAR, ENDINGS, FEARS, INDEX, REALISM, TOOK
from trustplanner.domain.report import Finding, FindingKind, Summary
from trustplanner.words.dates import qdate
from trustplanner.words.fears import anxiety_as_it_was_text, fears_learned_text
from trustplanner.words.numbers import minutes_text, number_text, ratio_text, signed_number_text

translate = QCoreApplication.translate


def date_text(day: dt.date) -> str:
    return QLocale().toString(qdate(day), "d MMMM yyyy")


def period_text(start: dt.date, end: dt.date) -> str:
    """ "1 – 30 November 2026", or one date for a single day."""
    if start == end:
        return date_text(start)
    return (
        translate("report", "%1 – %2").replace("%1", date_text(start)).replace("%2", date_text(end))
    )


def percent_text(share: float | None) -> str:
    if share is None:
        return "–"
    return translate("report", "%1 %").replace("%1", QLocale().toString(round(100 * share)))


def title() -> str:
    return translate("report", "Your progress")


def index_line(summary: Summary) -> str:
    return (
        translate("report", "Self-trust index: %1 at the start, %2 at the end (%3).")
        .replace("%1", number_text(summary.index_start))
        .replace("%2", number_text(summary.index_end))
        .replace("%3", signed_number_text(summary.index_end - summary.index_start))
    )


def summary_rows(summary: Summary) -> list[tuple[str, str]]:
    """The figures as (label, value) rows."""
    rows = [
        (translate("report", "Agreements made"), str(summary.made)),
        (translate("report", "Kept"), str(summary.kept)),
        (translate("report", "Renegotiated in time"), str(summary.renegotiated_honestly)),
        (translate("report", "Renegotiated afterwards"), str(summary.renegotiated_late)),
        (translate("report", "Didn't happen"), str(summary.didnt_happen)),
    ]
    if summary.still_open:
        rows.append((translate("report", "Still open"), str(summary.still_open)))
    rows.append(
        (translate("report", "Kept, of the agreements that ended"), percent_text(summary.keep_rate))
    )
    if summary.days_planned:
        days = summary.days_planned  # plain names: pyside6-lupdate misses counts otherwise
        over = summary.days_over
        load = (
            translate("report", "%1 of the %2 you had (%3), over %n day(s)", "", days)
            .replace("%1", minutes_text(summary.planned_minutes))
            .replace("%2", minutes_text(summary.capacity_minutes))
            .replace("%3", percent_text(summary.load))
        )
        if over:
            load += "; " + translate("report", "%n day(s) with more than the day had", "", over)
    else:
        load = "–"
    rows.append((translate("report", "Time agreed, against the time you had"), load))
    rows.append((translate("report", "Fears faced"), str(summary.fears_faced)))
    if summary.fears_faced:
        rows.append(
            (
                translate("report", "What you feared happened"),
                translate("report", "in %1 of them; partly in %2")
                .replace("%1", str(summary.fears_happened))
                .replace("%2", str(summary.fears_partly)),
            )
        )
        rows.append(
            (
                translate("report", "Anxiety just before, and afterwards, on average"),
                translate("report", "%1 and %2")
                .replace("%1", number_text(summary.anxiety_before, 0))
                .replace("%2", number_text(summary.anxiety_after, 0)),
            )
        )
    return rows


def finding_text(finding: Finding) -> str:
    kind, values = finding.kind, finding.values
    if kind is FindingKind.WITHIN_TIME_HELPED:
        return (
            translate(
                "report",
                "On days you planned within the time you had, you kept %1 of your agreements; "
                "on days with more than that, %2. Planning what fits helped.",
            )
            .replace("%1", percent_text(values[0]))
            .replace("%2", percent_text(values[1]))
        )
    if kind is FindingKind.ALL_WITHIN_TIME:
        days = int(values[0])
        return translate(
            "report",
            "All %n day(s) you planned fitted in the time you had. That is what makes "
            "agreements keepable.",
            "",
            days,
        )
    if kind is FindingKind.SMALL_HELPED:
        return (
            translate(
                "report",
                "Agreements of %1 or less were kept %2 of the time; longer ones %3. "
                "Small steps helped.",
            )
            .replace("%1", minutes_text(int(values[0])))
            .replace("%2", percent_text(values[1]))
            .replace("%3", percent_text(values[2]))
        )
    if kind is FindingKind.BEST_WEEKDAY:
        name = QLocale().dayName(int(values[0]) + 1, QLocale.FormatType.LongFormat)
        return (
            translate("report", "Your best day of the week was %1: %2 of its agreements kept.")
            .replace("%1", name)
            .replace("%2", percent_text(values[1]))
        )
    if kind is FindingKind.HONEST_CHANGES:
        count = int(values[0])
        return translate(
            "report",
            "You renegotiated %n agreement(s) in time. Saying early that something will not "
            "fit is also doing what you said.",
            "",
            count,
        )
    if kind is FindingKind.FEARS_LEARNED:
        return fears_learned_text(*(int(value) for value in values))
    if kind is FindingKind.ANXIETY_AS_IT_WAS:
        return anxiety_as_it_was_text(*values)
    if kind is FindingKind.TIME_TAKEN:
        said = int(values[1])
        if abs(values[0] - 1) < 0.1:
            return translate(
                "report",
                "Of the %n agreement(s) whose time you said, most took about as long as you "
                "planned: your estimates are a good guide.",
                "",
                said,
            )
        return translate(
            "report",
            "The %n agreement(s) whose time you said took about %1 times what you planned. "
            "Knowing that, the realism meter plans with your own pace.",
            "",
            said,
        ).replace("%1", ratio_text(values[0]))
    return translate(
        "report",
        "There is not enough in these days yet to see what helps. Each small agreement, kept or "
        "honestly changed, adds to this.",
    )


def chart_title(number: int) -> str:
    return {
        INDEX: translate("report", "Self-trust over time"),
        ENDINGS: translate("report", "How agreements ended, per week"),
        REALISM: translate("report", "How realistic your plans were"),
        FEARS: translate("report", "Fears faced"),
        CALENDAR: translate("report", "The year up to the end of this report"),
        TOOK: translate("report", "Planned and what it took"),
    }.get(number, translate("report", "Which days keep best"))


def footer_text(content_period: str, made_on: dt.date, page: int, pages: int) -> str:
    return (
        translate("report", "Trust Planner · %1 · made on %2 · page %3 of %4")
        .replace("%1", content_period)
        .replace("%2", date_text(made_on))
        .replace("%3", str(page))
        .replace("%4", str(pages))
    )
