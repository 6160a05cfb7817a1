"""Days and dates as the person reads them, in their language; and the
conversions between Python's dates and Qt's."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

translate = QCoreApplication.translate


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
