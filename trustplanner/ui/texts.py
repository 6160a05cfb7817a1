"""The words the window uses for durations, days, endings and problems, all translatable."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from trustplanner.domain.agreements import MAX_NOTE_LENGTH, RenegotiationProblem
from trustplanner.domain.durations import MAX_ESTIMATE_MINUTES, EstimateProblem
from trustplanner.domain.endings import Ending
from trustplanner.domain.realism import Realism, Verdict
from trustplanner.domain.titles import MAX_TITLE_LENGTH, TitleProblem

translate = QCoreApplication.translate


def minutes_text(minutes: int) -> str:
    """ "45 min", "2 h", "1 h 30 min"."""
    hours, rest = divmod(minutes, 60)
    if hours == 0:
        return translate("texts", "%1 min").replace("%1", str(rest))
    if rest == 0:
        return translate("texts", "%1 h").replace("%1", str(hours))
    return translate("texts", "%1 h %2 min").replace("%1", str(hours)).replace("%2", str(rest))


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def day_text(day: dt.date, today: dt.date) -> str:
    """ "Today", "Tomorrow", "Yesterday", or the date written out in the person's language."""
    if day == today:
        return translate("texts", "Today")
    if day == today + dt.timedelta(days=1):
        return translate("texts", "Tomorrow")
    if day == today - dt.timedelta(days=1):
        return translate("texts", "Yesterday")
    return long_date_text(day)


def day_in_sentence(day: dt.date, today: dt.date) -> str:
    """ "today", "tomorrow", "yesterday" or "Monday 30 November 2026", for inside a sentence."""
    if day == today:
        return translate("texts", "today")
    if day == today + dt.timedelta(days=1):
        return translate("texts", "tomorrow")
    if day == today - dt.timedelta(days=1):
        return translate("texts", "yesterday")
    return long_date_text(day)


def date_field_format() -> str:
    """How date fields show a date, e.g. "Thu 26 Nov 2026"; translators may reorder it."""
    return translate("texts", "ddd d MMM yyyy", "Qt date format for date fields")


def compact_day_text(day: dt.date, today: dt.date) -> str:
    """For lists: "Today", "Yesterday", "Mon 23 Nov", with the year only when it is another."""
    if day in (today, today - dt.timedelta(days=1), today + dt.timedelta(days=1)):
        return day_text(day, today)
    if day.year == today.year:
        return short_date_text(day)
    return QLocale().toString(qdate(day), "ddd d MMM yyyy")


def long_date_text(day: dt.date) -> str:
    return QLocale().toString(qdate(day), "dddd d MMMM yyyy")


def short_date_text(day: dt.date) -> str:
    return QLocale().toString(qdate(day), "ddd d MMM")


def ratio_text(ratio: float) -> str:
    return QLocale().toString(ratio, "f", 1)


def number_text(value: float, decimals: int = 1) -> str:
    """A number as people read it, in the locale's way ("63.4", "63,4")."""
    return QLocale().toString(value, "f", decimals)


def signed_number_text(value: float) -> str:
    """A change with its sign: "+2.1", "−0.8", "±0.0"."""
    rounded = round(value, 1)
    if rounded > 0:
        return "+" + number_text(rounded)
    if rounded < 0:
        return "−" + number_text(-rounded)
    return "±" + number_text(0.0)


def ending_text(ending: Ending | None) -> str:
    if ending is None:
        return translate("texts", "Open")
    return {
        Ending.KEPT: translate("texts", "Kept"),
        Ending.RENEGOTIATED_HONESTLY: translate("texts", "Renegotiated"),
        Ending.RENEGOTIATED_LATE: translate("texts", "Renegotiated afterwards"),
        Ending.DIDNT_HAPPEN: translate("texts", "Didn't happen"),
    }[ending]


def realism_text(realism: Realism) -> str:
    """The meter's verdict as a plain sentence."""
    verdict = realism.verdict
    if verdict is Verdict.NOTHING_PLANNED:
        text = translate("texts", "Nothing planned yet. Paste your list, or add one thing below.")
    elif verdict is Verdict.NO_TIME_SET:
        text = translate(
            "texts",
            "You have set no time for this day, so everything here is extra. "
            "Move it to another day, or give this day some time.",
        )
    elif verdict is Verdict.ROOM_TO_SPARE:
        text = translate("texts", "This fits in your day, with room to spare.")
    elif verdict is Verdict.JUST_FITS:
        text = translate(
            "texts", "This just fits in your day. Leave a little room for the unexpected."
        )
    elif verdict is Verdict.A_BIT_OVER:
        text = translate(
            "texts",
            "This list is about %1 more than fits in your day: choose what to keep, split or move.",
        ).replace("%1", minutes_text(realism.over))
    else:
        text = translate(
            "texts",
            "This list is about %1 times what fits in your day: "
            "choose what to keep, split or move.",
        ).replace("%1", ratio_text(realism.ratio))
    if realism.unestimated:
        count = realism.unestimated  # a plain name: pyside6-lupdate misses a count otherwise
        text += " " + translate("texts", "Still without an estimate: %n item(s).", "", count)
    return text


def load_text(realism: Realism) -> str:
    """ "2 h 30 min planned of 4 h", or "4 h available" before anything is planned."""
    if realism.planned == 0:
        return translate("texts", "%1 available").replace("%1", minutes_text(realism.capacity))
    return (
        translate("texts", "%1 planned of %2")
        .replace("%1", minutes_text(realism.planned))
        .replace("%2", minutes_text(realism.capacity))
    )


def estimate_problem_text(problem: EstimateProblem) -> str:
    if problem is EstimateProblem.EMPTY:
        return translate("texts", "Choose or type how long it will take.")
    if problem is EstimateProblem.NOT_POSITIVE:
        return translate("texts", "An estimate needs to be more than 0 minutes.")
    if problem is EstimateProblem.TOO_LONG:
        return translate(
            "texts",
            "That is more than %1. Make it smaller, or split it over several days.",
        ).replace("%1", minutes_text(MAX_ESTIMATE_MINUTES))
    return translate("texts", "Type a time such as 20, 45 min, 1h30 or 1.5 h.")


def title_problem_text(problem: TitleProblem, length: int = 0, empty: str | None = None) -> str:
    """Why a title cannot be used; `empty` replaces the words for an empty one."""
    if problem is TitleProblem.EMPTY:
        return empty or translate("texts", "Write what you want to do.")
    return (
        translate(
            "texts",
            "This is %1 characters long; the limit is %2. "
            "Shorten it, or put part of it in a second item.",
        )
        .replace("%1", str(length))
        .replace("%2", str(MAX_TITLE_LENGTH))
    )


def renegotiation_problem_text(problem: RenegotiationProblem) -> str:
    return {
        RenegotiationProblem.NO_REASON: translate(
            "texts", "Write a short reason, for yourself: what changed?"
        ),
        RenegotiationProblem.NOTE_TOO_LONG: note_too_long_text(),
        RenegotiationProblem.DAY_IN_PAST: translate(
            "texts", "Choose today or a later day: a day that is over cannot hold a new agreement."
        ),
        RenegotiationProblem.NOT_SMALLER: translate(
            "texts", "On the same day, the new agreement needs to be smaller than the old one."
        ),
    }[problem]


def note_too_long_text() -> str:
    return translate("texts", "Please keep this under %1 characters.").replace(
        "%1", str(MAX_NOTE_LENGTH)
    )
