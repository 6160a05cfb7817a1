"""Saying "not today": choosing the later day an item moves to."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtWidgets import QCheckBox, QDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from trustplanner.ui.landing import KeptOf, LoadOf
from trustplanner.ui.widgets.calendar import named_calendar
from trustplanner.ui.widgets.note_dialog import NoteDialog
from trustplanner.words.dates import day_in_sentence, day_text, pydate, qdate
from trustplanner.words.realism import day_load_text


@dataclass(frozen=True)
class Move:
    day: dt.date  # the day chosen; with `spread`, the first day that may take some
    note: str | None
    spread: bool = False  # over the coming days, each only as full as it fits
    someday: bool = False  # no date yet: they wait on the some-day list


class MoveDialog(NoteDialog):
    def __init__(
        self,
        titles: list[str],
        earliest: dt.date,
        today: dt.date,
        parent: QWidget | None = None,
        *,
        moving: int = 0,
        load_of: LoadOf | None = None,
        kept_of: KeptOf | None = None,
    ):
        super().__init__(
            window_title=self.tr("Not today"),
            intro=self.tr(
                "Saying “not today” is honest, and it keeps your agreements small enough to keep. "
                "Which day suits better?"
            ),
            titles=titles,
            note_placeholder=self.tr("Why? (optional, just for you)"),
            ok_text=self.tr("Move"),
            parent=parent,
        )
        self._today = today
        self._moving = moving  # minutes, of the items that move
        self._load_of = load_of
        self._kept_of = kept_of
        self.calendar = named_calendar(self.tr("The new day"))
        self.calendar.setMinimumDate(qdate(earliest))
        self.calendar.setSelectedDate(qdate(earliest))
        quick = QHBoxLayout()
        self.quick_buttons: list[QPushButton] = []
        for label, day in self._quick_days(earliest):
            button = QPushButton(label)
            button.clicked.connect(lambda _=False, d=day: self.calendar.setSelectedDate(qdate(d)))
            quick.addWidget(button)
            self.quick_buttons.append(button)
        quick.addStretch(1)
        self.chosen_label = QLabel()
        self.chosen_label.setWordWrap(True)
        self.chosen_label.setAccessibleName(self.tr("Where they land"))
        # Instead of one day: from the chosen day on, each day only as full as it fits.
        self.spread_check = QCheckBox(
            self.tr("&Spread them over the coming days, each only as full as it fits")
        )
        self.spread_check.setVisible(load_of is not None and len(titles) > 1)
        # Or no day at all yet: a short list on Plan that offers them back, never nags.
        self.someday_check = QCheckBox(self.tr("Some &day, no date yet"))
        self.someday_check.setToolTip(
            self.tr("They wait on a short list on Plan, and are offered back when a day has room.")
        )
        self.body.addLayout(quick)
        self.body.addWidget(self.calendar)
        self.body.addWidget(self.spread_check)
        self.body.addWidget(self.someday_check)
        self.body.addWidget(self.chosen_label)
        self.calendar.selectionChanged.connect(self._show_choice)
        self.spread_check.toggled.connect(self._show_choice)
        self.someday_check.toggled.connect(self._show_choice)
        self._show_choice()

    def _quick_days(self, earliest: dt.date) -> list[tuple[str, dt.date]]:
        """Buttons for the first possible day, tomorrow and next Monday, without doubles."""
        tomorrow = self._today + dt.timedelta(days=1)
        monday = self._today + dt.timedelta(days=7 - self._today.weekday())
        days: list[tuple[str, dt.date]] = []
        for day, label in (
            (earliest, day_text(earliest, self._today)),
            (tomorrow, day_text(tomorrow, self._today)),
            (monday, self.tr("Next Monday")),
        ):
            if day >= earliest and day not in [d for _, d in days]:
                days.append((label, day))
        return days

    def chosen_day(self) -> dt.date:
        return pydate(self.calendar.selectedDate())

    def _show_choice(self) -> None:
        """Where the items land, and what that day then holds against its time: an
        overload is never just moved along unseen."""
        day = self.chosen_day()
        someday = self.someday_check.isChecked()
        for widget in (self.calendar, self.spread_check, *self.quick_buttons):
            widget.setEnabled(not someday)
        self.ok_button.setText(self.tr("Keep for some day") if someday else self.tr("Move"))
        if someday:
            self.chosen_label.setText(
                self.tr(
                    "They wait on your some-day list, with no date, until you bring them "
                    "to a day. Nothing reminds you of them."
                )
            )
            return
        if self.spread_check.isChecked():
            self.chosen_label.setText(
                self.tr(
                    "From %1 on, each day takes what fits in its time; what fits nowhere "
                    "in the coming days stays where it is."
                ).replace("%1", day_in_sentence(day, self._today))
            )
            return
        text = self.tr("Moves to: %1").replace("%1", day_in_sentence(day, self._today))
        if self._load_of is not None:
            planned, capacity = self._load_of(day)
            holds = planned + self._moving
            kept = self._kept_of(day, holds, capacity) if self._kept_of is not None else None
            text += ". " + day_load_text(holds, capacity, kept)
        self.chosen_label.setText(text)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        titles: list[str],
        earliest: dt.date,
        today: dt.date,
        *,
        moving: int = 0,
        load_of: LoadOf | None = None,
        kept_of: KeptOf | None = None,
    ) -> Move | None:
        dialog = cls(
            titles, earliest, today, parent, moving=moving, load_of=load_of, kept_of=kept_of
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return Move(
            dialog.chosen_day(),
            dialog.note(),
            dialog.spread_check.isChecked(),
            dialog.someday_check.isChecked(),
        )
