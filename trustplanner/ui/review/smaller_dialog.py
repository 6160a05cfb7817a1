"""A smaller version of an agreement that didn't happen, for another day: proposed at
about half its size, for tomorrow, and put on that day's plan, where the person makes
it an agreement (or not) as with anything else."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from trustplanner.domain.agreements import Agreement, smaller_version
from trustplanner.domain.durations import EstimateError
from trustplanner.domain.titles import TitleError, clean_title
from trustplanner.ui.widgets.date_field import date_field
from trustplanner.ui.widgets.estimate_field import EstimateField
from trustplanner.ui.widgets.field_message import FieldMessage
from trustplanner.words.dates import pydate, qdate
from trustplanner.words.problems import estimate_problem_text, title_problem_text


@dataclass(frozen=True)
class Smaller:
    title: str
    minutes: int
    day: dt.date


class SmallerDialog(QDialog):
    def __init__(self, agreement: Agreement, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("A smaller version"))
        self.setMinimumWidth(440)
        self._result: Smaller | None = None
        intro = QLabel(
            self.tr(
                "A smaller step is still a step. It goes on that day's plan, where you can "
                "make it an agreement when the day comes."
            )
        )
        intro.setWordWrap(True)
        self.title_edit = QLineEdit(agreement.title)
        self.title_edit.setAccessibleName(self.tr("What"))
        self.title_message = FieldMessage(self.title_edit)
        self.estimate_field = EstimateField()
        self.estimate_field.set_minutes(smaller_version(agreement.minutes))
        self.estimate_message = FieldMessage(self.estimate_field)
        tomorrow = today + dt.timedelta(days=1)
        self.date_edit = date_field(self.tr("Day"), tomorrow)
        self.date_edit.setMinimumDate(qdate(today))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Plan it"))
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&What:"), self.title_edit)
        form.addRow("", self.title_message)
        form.addRow(self.tr("&Size:"), self.estimate_field)
        form.addRow("", self.estimate_message)
        form.addRow(self.tr("&Day:"), self.date_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.title_message.clear()
        self.estimate_message.clear()
        self.estimate_field.setFocus()

    def _on_accept(self) -> None:
        self.title_message.clear()
        self.estimate_message.clear()
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
        self._result = Smaller(title, minutes, pydate(self.date_edit.date()))
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, agreement: Agreement, today: dt.date) -> Smaller | None:
        dialog = cls(agreement, today, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog._result
