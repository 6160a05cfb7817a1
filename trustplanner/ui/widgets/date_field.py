"""A date field as every page shows one: a calendar to pick from, the date written out."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDateEdit

from trustplanner.ui.widgets.calendar import with_named_calendar
from trustplanner.words.dates import date_field_format, qdate


def date_field(accessible_name: str, day: dt.date | None = None) -> QDateEdit:
    field = QDateEdit(qdate(day)) if day else QDateEdit()
    with_named_calendar(field)
    field.setDisplayFormat(date_field_format())
    field.setAccessibleName(accessible_name)
    return field
