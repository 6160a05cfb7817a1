"""Who an item or agreement is for or with, and at what time: a promise to someone."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from trustplanner.domain.promises import (
    MAX_NAME_LENGTH,
    PersonNameError,
    PromiseTimeError,
    clean_name,
    parse_promise_time,
)
from trustplanner.ui.widgets.field_message import FieldMessage
from trustplanner.words.problems import name_problem_text, promise_time_problem_text

Promise = tuple[str | None, str | None]  # who, and at what time ("HH:MM")


class PromiseDialog(QDialog):
    def __init__(
        self,
        title: str,
        person: str | None,
        promise_time: str | None,
        names: list[str],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("For or with someone"))
        intro = QLabel(
            self.tr(
                "Is “%1” a promise to someone? Say who it is for or with, and at what time "
                "if there is one. Both are optional, and names stay on this computer."
            ).replace("%1", title)
        )
        intro.setWordWrap(True)

        self.name_combo = QComboBox()
        self.name_combo.setEditable(True)
        self.name_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.name_combo.addItems(names)
        self.name_combo.setCurrentText(person or "")
        self.name_combo.lineEdit().setMaxLength(MAX_NAME_LENGTH + 20)
        self.name_combo.lineEdit().setPlaceholderText(self.tr("A name, for example Sam"))
        self.name_combo.setAccessibleName(self.tr("Who it is for or with"))
        self.name_message = FieldMessage(self.name_combo)
        self.time_edit = QLineEdit(promise_time or "")
        self.time_edit.setPlaceholderText(self.tr("For example 19:00"))
        self.time_edit.setAccessibleName(self.tr("At what time"))
        self.time_message = FieldMessage(self.time_edit)
        self.name_combo.editTextChanged.connect(self.name_message.clear)
        self.time_edit.textEdited.connect(self.time_message.clear)

        form = QFormLayout()
        who = QLabel(self.tr("&Who:"))
        who.setBuddy(self.name_combo)
        when = QLabel(self.tr("At what &time:"))
        when.setBuddy(self.time_edit)
        form.addRow(who, self.name_combo)
        form.addRow("", self.name_message)
        form.addRow(when, self.time_edit)
        form.addRow("", self.time_message)

        self.buttons = buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.promise: Promise = (person, promise_time)
        self.name_combo.setFocus()

    def accept(self) -> None:
        try:
            person = clean_name(self.name_combo.currentText())
        except PersonNameError as refused:
            self.name_message.say(name_problem_text(refused.problem, refused.length))
            self.name_combo.setFocus()
            return
        try:
            promise_time = parse_promise_time(self.time_edit.text())
        except PromiseTimeError:
            self.time_message.say(promise_time_problem_text())
            self.time_edit.setFocus()
            return
        self.promise = (person, promise_time)
        super().accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        title: str,
        person: str | None,
        promise_time: str | None,
        names: list[str],
    ) -> Promise | None:
        dialog = cls(title, person, promise_time, names, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.promise
