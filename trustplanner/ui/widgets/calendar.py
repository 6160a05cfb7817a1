"""A month calendar whose every part a screen reader can name: Qt leaves its arrows,
its year box and its grid of days without a name."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QDateEdit, QWidget

from trustplanner.domain.limits import FIRST_DAY, LAST_DAY
from trustplanner.words.dates import qdate

translate = QCoreApplication.translate


def named_calendar(name: str = "", parent: QWidget | None = None) -> QCalendarWidget:
    calendar = QCalendarWidget(parent)
    calendar.setDateRange(qdate(FIRST_DAY), qdate(LAST_DAY))
    calendar.setAccessibleName(name or translate("calendar", "Calendar"))
    parts = {
        "qt_calendar_prevmonth": translate("calendar", "Previous month"),
        "qt_calendar_nextmonth": translate("calendar", "Next month"),
        "qt_calendar_monthbutton": translate("calendar", "Choose the month"),
        "qt_calendar_yearbutton": translate("calendar", "Choose the year"),
        "qt_calendar_yearedit": translate("calendar", "Year"),
        "qt_calendar_calendarview": translate("calendar", "Days of the month"),
    }
    # Weekends in the text's own colour: a free day is not a warning.
    plain = QTextCharFormat()
    for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
        calendar.setWeekdayTextFormat(day, plain)
    for object_name, text in parts.items():
        part = calendar.findChild(QWidget, object_name)
        if part is not None:  # the parts are Qt's own, and may change names
            part.setAccessibleName(text)
    return calendar


def with_named_calendar(field: QDateEdit) -> QDateEdit:
    """A date field whose calendar pops up with every part named."""
    field.setCalendarPopup(True)
    field.setCalendarWidget(named_calendar())
    # The days anything may be planned on, as everywhere else (domain.limits).
    field.setDateRange(qdate(FIRST_DAY), qdate(LAST_DAY))
    return field
