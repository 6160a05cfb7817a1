"""After a promise to someone did not happen: noting the repair, gently, and perhaps a
new agreement with them. Every step is optional, and none is scored."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from trustplanner.domain.agreements import Agreement
from trustplanner.domain.durations import EstimateError
from trustplanner.domain.promises import (
    ACKNOWLEDGED,
    ROOM,
    SORRY,
    PromiseTimeError,
    parse_promise_time,
)
from trustplanner.domain.titles import TitleError, clean_title
from trustplanner.ui.widgets.calendar import with_named_calendar
from trustplanner.ui.widgets.estimate_field import EstimateField
from trustplanner.ui.widgets.field_message import FieldMessage
from trustplanner.words.dates import date_field_format, pydate, qdate
from trustplanner.words.problems import (
    estimate_problem_text,
    promise_time_problem_text,
    title_problem_text,
)


@dataclass(frozen=True)
class NewAgreement:
    title: str
    day: dt.date
    minutes: int
    promise_time: str | None


@dataclass(frozen=True)
class Repair:
    steps: frozenset[str]
    new: NewAgreement | None


class RepairDialog(QDialog):
    def __init__(self, agreement: Agreement, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        person = agreement.person or ""
        self.setWindowTitle(self.tr("Repair with %1").replace("%1", person))
        self.setMinimumWidth(460)
        intro = QLabel(
            self.tr(
                "Trust between people is repaired much as it was built: by what you say, "
                "and then by what you do. Note what you did about “%1”, if you like. Every "
                "step is optional, and none of them counts for or against you."
            ).replace("%1", agreement.title)
        )
        intro.setWordWrap(True)
        self.checks = {
            ACKNOWLEDGED: QCheckBox(self.tr("I &acknowledged that it did not happen")),
            SORRY: QCheckBox(self.tr("I said &sorry")),
            ROOM: QCheckBox(self.tr("I gave them &room to ask, and to be upset")),
        }
        for step, check in self.checks.items():
            check.setChecked(step in agreement.repair)

        self.new_group = QGroupBox(self.tr("We made a &new agreement"))
        self.new_group.setCheckable(True)
        self.new_group.setChecked(False)
        self.title_edit = QLineEdit(agreement.title)
        self.title_edit.setAccessibleName(self.tr("The new agreement"))
        self.title_message = FieldMessage(self.title_edit)
        self.date_edit = QDateEdit()
        with_named_calendar(self.date_edit)
        self.date_edit.setDisplayFormat(date_field_format())
        self.date_edit.setMinimumDate(qdate(today))
        self.date_edit.setDate(qdate(today + dt.timedelta(days=1)))
        self.date_edit.setAccessibleName(self.tr("Its day"))
        self.estimate_field = EstimateField()
        self.estimate_field.set_minutes(agreement.minutes)
        self.estimate_message = FieldMessage(self.estimate_field)
        self.time_edit = QLineEdit(agreement.promise_time or "")
        self.time_edit.setPlaceholderText(self.tr("For example 19:00"))
        self.time_edit.setAccessibleName(self.tr("At what time"))
        self.time_message = FieldMessage(self.time_edit)
        form = QFormLayout(self.new_group)
        form.addRow(self.tr("What:"), self.title_edit)
        form.addRow("", self.title_message)
        form.addRow(self.tr("Day:"), self.date_edit)
        form.addRow(self.tr("Size:"), self.estimate_field)
        form.addRow("", self.estimate_message)
        form.addRow(self.tr("Time:"), self.time_edit)
        form.addRow("", self.time_message)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for check in self.checks.values():
            layout.addWidget(check)
        layout.addWidget(self.new_group)
        layout.addWidget(self.buttons)
        self.repair = Repair(agreement.repair, None)

    def accept(self) -> None:
        steps = frozenset(step for step, check in self.checks.items() if check.isChecked())
        new = None
        if self.new_group.isChecked():
            new = self._new_agreement()
            if new is None:
                return
        self.repair = Repair(steps, new)
        super().accept()

    def _new_agreement(self) -> NewAgreement | None:
        for message in (self.title_message, self.estimate_message, self.time_message):
            message.clear()
        try:
            title = clean_title(self.title_edit.text())
        except TitleError as error:
            self.title_message.say(title_problem_text(error.problem, error.length))
            self.title_edit.setFocus()
            return None
        try:
            minutes = self.estimate_field.minutes()
        except EstimateError as error:
            self.estimate_message.say(estimate_problem_text(error.problem))
            self.estimate_field.setFocus()
            return None
        try:
            promise_time = parse_promise_time(self.time_edit.text())
        except PromiseTimeError:
            self.time_message.say(promise_time_problem_text())
            self.time_edit.setFocus()
            return None
        return NewAgreement(title, pydate(self.date_edit.date()), minutes, promise_time)

    @classmethod
    def ask(cls, parent: QWidget | None, agreement: Agreement, today: dt.date) -> Repair | None:
        dialog = cls(agreement, today, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.repair
