"""Small dialogs for fear ladders: a theme, a step, and planning a step as an agreement."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt
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

from trustplanner.domain.durations import EstimateError
from trustplanner.domain.fears import FearProblem, LadderStep
from trustplanner.domain.titles import TitleError, clean_title
from trustplanner.ui.widgets.calendar import with_named_calendar
from trustplanner.ui.widgets.estimate_field import EstimateField
from trustplanner.ui.widgets.field_message import FieldMessage
from trustplanner.ui.widgets.rating_field import RatingField
from trustplanner.words.dates import date_field_format, pydate, qdate
from trustplanner.words.fears import fear_problem_text
from trustplanner.words.problems import estimate_problem_text, title_problem_text


class _FormDialog(QDialog):
    """A short explanation, a form, and OK/Cancel; subclasses check their fields in `_result`."""

    def __init__(self, title: str, intro: str, ok_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        label = QLabel(intro)
        label.setWordWrap(True)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.answer = None
        self._shown = False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._shown:
            return
        self._shown = True
        # The fields come before the buttons, and the first one has the cursor, so
        # that a person can start typing at once.
        fields = []
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            widget = item.widget() if item is not None else None
            if widget is not None and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                fields.append(widget)
        for before, after in zip(fields, [*fields[1:], self.buttons], strict=True):
            QWidget.setTabOrder(before, after)
        if fields:
            fields[0].setFocus()

    def _on_accept(self) -> None:
        self.answer = self._result()
        if self.answer is not None:
            self.accept()

    def _result(self):
        raise NotImplementedError

    def run(self):
        return self.answer if self.exec() == QDialog.DialogCode.Accepted else None


class LadderDialog(_FormDialog):
    def __init__(self, theme: str = "", parent: QWidget | None = None):
        super().__init__(
            self.tr("Fear ladder"),
            self.tr(
                "A ladder breaks a big fear into steps, from easy to hard. What is it about? "
                "For example: speaking up at work."
            ),
            self.tr("Save"),
            parent,
        )
        self.theme = QLineEdit(theme)
        self.theme.setAccessibleName(self.tr("Theme"))
        self.theme_message = FieldMessage(self.theme)
        self.form.addRow(self.tr("Theme:"), self.theme)
        self.form.addRow("", self.theme_message)

    def _result(self) -> str | None:
        try:
            return clean_title(self.theme.text())
        except TitleError as error:
            self.theme_message.say(
                title_problem_text(
                    error.problem, error.length, self.tr("Write what this ladder is about.")
                )
            )
            return None

    @classmethod
    def ask(cls, parent: QWidget | None, theme: str = "") -> str | None:
        return cls(theme, parent).run()


@dataclass(frozen=True)
class StepAnswer:
    description: str
    expected_anxiety: int


class StepDialog(_FormDialog):
    def __init__(self, step: LadderStep | None = None, parent: QWidget | None = None):
        super().__init__(
            self.tr("Step"),
            self.tr(
                "One step on the ladder, and how anxious you expect to be (0 to 100). Steps "
                "are kept in order from the least to the most anxiety."
            ),
            self.tr("Save"),
            parent,
        )
        self.description = QLineEdit(step.description if step else "")
        self.description.setAccessibleName(self.tr("Step"))
        self.description_message = FieldMessage(self.description)
        self.anxiety = RatingField(self.tr("Anxiety expected, 0 to 100"))
        self.anxiety.set_value(step.expected_anxiety if step else None)
        self.anxiety_message = FieldMessage(self.anxiety)
        self.form.addRow(self.tr("Step:"), self.description)
        self.form.addRow("", self.description_message)
        self.form.addRow(self.tr("Anxiety expected:"), self.anxiety)
        self.form.addRow("", self.anxiety_message)

    def _result(self) -> StepAnswer | None:
        self.description_message.clear()
        self.anxiety_message.clear()
        description = anxiety = None
        try:
            description = clean_title(self.description.text())
        except TitleError as error:
            self.description_message.say(
                title_problem_text(error.problem, error.length, self.tr("Describe the step."))
            )
        try:
            anxiety = self.anxiety.value()
            if anxiety is None:
                self.anxiety_message.say(fear_problem_text(FearProblem.EMPTY))
        except ValueError as error:
            self.anxiety_message.say(fear_problem_text(error.args[0]))
        if description is None or anxiety is None:
            return None
        return StepAnswer(description, anxiety)

    @classmethod
    def ask(cls, parent: QWidget | None, step: LadderStep | None = None) -> StepAnswer | None:
        return cls(step, parent).run()


@dataclass(frozen=True)
class PlanAnswer:
    day: dt.date
    minutes: int


class PlanStepDialog(_FormDialog):
    def __init__(self, step: LadderStep, today: dt.date, parent: QWidget | None = None):
        super().__init__(
            self.tr("Plan this step"),
            self.tr(
                "“%1” becomes an agreement with yourself on the day you choose. When you "
                "have done it, you can write down how it went."
            ).replace("%1", step.description),
            self.tr("Make it an agreement"),
            parent,
        )
        self.day = QDateEdit()
        with_named_calendar(self.day)
        self.day.setDisplayFormat(date_field_format())
        self.day.setMinimumDate(qdate(today))
        self.day.setDate(qdate(today + dt.timedelta(days=1)))
        self.day.setAccessibleName(self.tr("Day"))
        self.estimate = EstimateField()
        self.estimate.set_minutes(30)
        self.estimate_message = FieldMessage(self.estimate)
        self.form.addRow(self.tr("Day:"), self.day)
        self.form.addRow(self.tr("Time it takes:"), self.estimate)
        self.form.addRow("", self.estimate_message)

    def _result(self) -> PlanAnswer | None:
        try:
            minutes = self.estimate.minutes()
        except EstimateError as error:
            self.estimate_message.say(estimate_problem_text(error.problem))
            return None
        return PlanAnswer(pydate(self.day.date()), minutes)

    @classmethod
    def ask(cls, parent: QWidget | None, step: LadderStep, today: dt.date) -> PlanAnswer | None:
        return cls(step, today, parent).run()
