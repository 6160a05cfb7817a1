"""Renegotiating an agreement: a new day or a smaller size, with a reason."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from trustplanner.domain.agreements import (
    Agreement,
    RenegotiationProblem,
    check_renegotiation,
    renegotiation_is_late,
)
from trustplanner.domain.durations import EstimateError
from trustplanner.domain.titles import TitleError, clean_title
from trustplanner.ui.landing import KeptOf, LoadOf
from trustplanner.ui.widgets.calendar import with_named_calendar
from trustplanner.ui.widgets.estimate_field import EstimateField
from trustplanner.ui.widgets.field_message import FieldMessage
from trustplanner.words.dates import date_field_format, pydate, qdate
from trustplanner.words.problems import (
    estimate_problem_text,
    renegotiation_problem_text,
    title_problem_text,
)
from trustplanner.words.realism import day_load_text


@dataclass(frozen=True)
class Renegotiation:
    day: dt.date
    minutes: int
    title: str
    reason: str


class RenegotiateDialog(QDialog):
    def __init__(
        self,
        agreement: Agreement,
        now: dt.datetime,
        parent: QWidget | None = None,
        *,
        load_of: LoadOf | None = None,
        kept_of: KeptOf | None = None,
    ):
        super().__init__(parent)
        self._load_of = load_of
        self._kept_of = kept_of
        self._agreement = agreement
        self._today = now.date()
        self._result: Renegotiation | None = None
        late = renegotiation_is_late(agreement.day, now)
        self.setWindowTitle(self.tr("Renegotiate"))
        self.setMinimumWidth(460)
        if late:
            intro_text = self.tr(
                "The day of this agreement is over. You can still renegotiate it: it will be "
                "noted as renegotiated afterwards."
            )
        else:
            intro_text = self.tr(
                "Saying in time that something will not fit is keeping your word, honestly. "
                "Make it smaller, or give it another day."
            )
        intro = QLabel(intro_text)
        intro.setWordWrap(True)
        self.title_edit = QLineEdit(agreement.title)
        self.title_edit.setAccessibleName(self.tr("New agreement"))
        self.title_message = FieldMessage(self.title_edit)
        self.estimate_field = EstimateField()
        self.estimate_field.set_minutes(agreement.minutes)
        self.estimate_message = FieldMessage(self.estimate_field)
        self.date_edit = QDateEdit()
        with_named_calendar(self.date_edit)
        self.date_edit.setAccessibleName(self.tr("New day"))
        self.date_edit.setDisplayFormat(date_field_format())
        # On its own day, "another day" most often means tomorrow; once the day is
        # over, the new agreement is most often for today.
        earliest = max(self._today, agreement.day)
        self.date_edit.setMinimumDate(qdate(earliest))
        self.date_edit.setDate(qdate(earliest if late else earliest + dt.timedelta(days=1)))
        self.date_message = FieldMessage(self.date_edit)
        # Where it lands: what the new day then holds against its time.
        self.load_label = QLabel()
        self.load_label.setWordWrap(True)
        self.load_label.setAccessibleName(self.tr("What the new day then holds"))
        self.load_label.setVisible(load_of is not None)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("What changed? Just for you."))
        self.reason_edit.setAccessibleName(self.tr("Reason"))
        self.reason_message = FieldMessage(self.reason_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Renegotiate"))
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&What:"), self.title_edit)
        form.addRow("", self.title_message)
        form.addRow(self.tr("&Size:"), self.estimate_field)
        form.addRow("", self.estimate_message)
        form.addRow(self.tr("&Day:"), self.date_edit)
        form.addRow("", self.date_message)
        form.addRow("", self.load_label)
        form.addRow(self.tr("&Reason:"), self.reason_edit)
        form.addRow("", self.reason_message)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._messages = (
            self.title_message,
            self.estimate_message,
            self.date_message,
            self.reason_message,
        )
        self._clear_messages()
        self.date_edit.dateChanged.connect(self._show_load)
        self.estimate_field.editTextChanged.connect(self._show_load)
        self._show_load()
        self.reason_edit.setFocus()

    def _show_load(self, *_args) -> None:
        if self._load_of is None:
            return
        day = pydate(self.date_edit.date())
        try:
            minutes = self.estimate_field.minutes()
        except EstimateError:
            minutes = self._agreement.minutes
        planned, capacity = self._load_of(day)
        if day == self._agreement.day:
            planned -= self._agreement.minutes  # it is there already, at its old size
        holds = planned + minutes
        kept = self._kept_of(day, holds, capacity) if self._kept_of is not None else None
        self.load_label.setText(day_load_text(holds, capacity, kept))

    def _clear_messages(self) -> None:
        for message in self._messages:
            message.clear()

    def _on_accept(self) -> None:
        self._clear_messages()
        try:
            title = clean_title(self.title_edit.text())
        except TitleError as error:
            self.title_message.say(title_problem_text(error.problem, error.length))
            return
        try:
            minutes = self.estimate_field.minutes()
        except EstimateError as error:
            self.estimate_message.say(estimate_problem_text(error.problem))
            return
        day = pydate(self.date_edit.date())
        reason = self.reason_edit.text()
        problem = check_renegotiation(self._agreement, day, minutes, reason, self._today)
        if problem is not None:
            target = {
                RenegotiationProblem.NO_REASON: self.reason_message,
                RenegotiationProblem.NOTE_TOO_LONG: self.reason_message,
                RenegotiationProblem.DAY_IN_PAST: self.date_message,
                RenegotiationProblem.NOT_SMALLER: self.estimate_message,
            }[problem]
            target.say(renegotiation_problem_text(problem))
            return
        self._result = Renegotiation(day, minutes, title, reason.strip())
        self.accept()

    def renegotiation(self) -> Renegotiation | None:
        return self._result

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        agreement: Agreement,
        now: dt.datetime,
        *,
        load_of: LoadOf | None = None,
        kept_of: KeptOf | None = None,
    ) -> Renegotiation | None:
        dialog = cls(agreement, now, parent, load_of=load_of, kept_of=kept_of)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.renegotiation()
