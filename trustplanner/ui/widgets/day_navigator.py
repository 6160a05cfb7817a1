"""Choosing which day a view shows: previous, next, a date, or back to today."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QToolButton, QWidget

from trustplanner.ui.widgets.calendar import with_named_calendar
from trustplanner.ui.widgets.heading import heading
from trustplanner.words.dates import date_field_format, day_text, pydate, qdate


class DayNavigator(QWidget):
    day_changed = Signal(object)  # datetime.date

    def __init__(self, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self._today = today
        self._day = today
        self.title = heading()
        self.previous_button = QToolButton()
        self.previous_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous_button.setAccessibleName(self.tr("Previous day"))
        self.previous_button.setToolTip(self.tr("Previous day (Alt+Left)"))
        self.previous_button.setShortcut(QKeySequence("Alt+Left"))
        self.next_button = QToolButton()
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.setAccessibleName(self.tr("Next day"))
        self.next_button.setToolTip(self.tr("Next day (Alt+Right)"))
        self.next_button.setShortcut(QKeySequence("Alt+Right"))
        self.date_edit = QDateEdit()
        with_named_calendar(self.date_edit)
        self.date_edit.setDisplayFormat(date_field_format())
        self.date_edit.setAccessibleName(self.tr("Day"))
        self.today_button = QToolButton()
        self.today_button.setText(self.tr("Today"))
        self.today_button.setToolTip(self.tr("Back to today (Alt+Home)"))
        self.today_button.setShortcut(QKeySequence("Alt+Home"))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title, 1)
        for widget in (self.previous_button, self.date_edit, self.next_button, self.today_button):
            layout.addWidget(widget)

        self.previous_button.clicked.connect(lambda: self.set_day(self._day - dt.timedelta(days=1)))
        self.next_button.clicked.connect(lambda: self.set_day(self._day + dt.timedelta(days=1)))
        self.today_button.clicked.connect(lambda: self.set_day(self._today))
        self.date_edit.dateChanged.connect(lambda value: self.set_day(pydate(value)))
        self._show()

    @property
    def day(self) -> dt.date:
        return self._day

    def set_today(self, today: dt.date) -> None:
        """The date moved on (midnight passed); a view that showed today follows it."""
        was_today = self._day == self._today
        self._today = today
        if was_today:
            self.set_day(today)
        else:
            self._show()

    def set_day(self, day: dt.date) -> None:
        if day == self._day:
            self._show()
            return
        self._day = day
        self._show()
        self.day_changed.emit(day)

    def _show(self) -> None:
        self.title.setText(day_text(self._day, self._today))
        self.today_button.setEnabled(self._day != self._today)
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(qdate(self._day))
        self.date_edit.blockSignals(False)
