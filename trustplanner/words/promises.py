"""What the app offers to say to someone a promise was made to: short, honest, kind.

The person sends it in their own way, changed as they like; the app never sends it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale

from trustplanner.words.dates import day_in_sentence, long_date_text, qdate

translate = QCoreApplication.translate


def with_text(person: str | None, promise_time: str | None) -> str:
    """ "Sam · 19:00", "Sam", "19:00" or nothing: who a promise is for or with, and when."""
    return " · ".join(part for part in (person, promise_time) if part)


def _bare_day(day: dt.date, today: dt.date) -> str:
    """ "tomorrow", "Friday" within the coming week, else the date written out."""
    if abs((day - today).days) <= 1:
        return day_in_sentence(day, today)
    if today < day <= today + dt.timedelta(days=6):
        return QLocale().dayName(qdate(day).dayOfWeek(), QLocale.FormatType.LongFormat)
    return long_date_text(day)


def day_for_them(day: dt.date, today: dt.date, promise_time: str | None = None) -> str:
    """A day as one would write it to someone, inside a sentence: "tomorrow", "on
    Friday", "on Friday at 19:00"."""
    bare = _bare_day(day, today)
    text = (
        bare if abs((day - today).days) <= 1 else translate("promises", "on %1").replace("%1", bare)
    )
    if promise_time:
        text = translate("promises", "%1 at %2").replace("%1", text).replace("%2", promise_time)
    return text


def draft_message(
    title: str,
    day: dt.date,
    promise_time: str | None,
    today: dt.date,
    new_day: dt.date | None = None,
) -> str:
    """A first draft of telling someone a promise will not happen (or did not)."""
    when = day_for_them(day, today, promise_time)
    if day < today:
        return (
            translate(
                "promises",
                "About “%1” %2: I didn't make it, and I'm sorry. You were counting on me. "
                "Could we find another time?",
            )
            .replace("%1", title)
            .replace("%2", when)
        )
    if new_day is not None:
        return (
            translate(
                "promises",
                "About “%1” %2: I can't make it, and I'd rather tell you now than at the "
                "last moment. Could we move it to %3?",
            )
            .replace("%1", title)
            .replace("%2", when)
            .replace("%3", _bare_day(new_day, today))
        )
    return (
        translate(
            "promises",
            "About “%1” %2: I can't make it, and I'd rather tell you now than at the last "
            "moment. Could we find another time?",
        )
        .replace("%1", title)
        .replace("%2", when)
    )
