"""After a promise to someone will not happen: have you told them? A draft to send."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trustplanner.domain.agreements import Agreement
from trustplanner.words.promises import draft_message


class TellDialog(QDialog):
    def __init__(
        self,
        agreement: Agreement,
        today: dt.date,
        new_day: dt.date | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        person = agreement.person or ""
        self.setWindowTitle(self.tr("Tell %1?").replace("%1", person))
        intro = QLabel(
            self.tr(
                "“%1” was a promise to %2. Have you told them? Telling them early is kind: "
                "it leaves them room to make other plans."
            )
            .replace("%1", agreement.title)
            .replace("%2", person)
        )
        intro.setWordWrap(True)
        draft_label = QLabel(
            self.tr(
                "A message you could send in your own way. Change it as you like; Trust "
                "Planner never sends anything."
            )
        )
        draft_label.setWordWrap(True)
        self.draft = QPlainTextEdit(
            draft_message(agreement.title, agreement.day, agreement.promise_time, today, new_day)
        )
        self.draft.setAccessibleName(self.tr("A message to %1").replace("%1", person))
        self.draft.setTabChangesFocus(True)
        lines = self.draft.fontMetrics().lineSpacing()
        self.draft.setFixedHeight(lines * 6)
        draft_label.setBuddy(self.draft)
        self.copied = QLabel()

        self.buttons = buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("&Copy the message"))
        self.told_button = QPushButton(self.tr("I &told them"))
        self.not_now_button = QPushButton(self.tr("&Not now"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.told_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.not_now_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.copy_button.clicked.connect(self._copy)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # Nothing is recorded unless they say so: Enter means "Not now".
        for button in (self.copy_button, self.told_button):
            button.setAutoDefault(False)
        self.not_now_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(draft_label)
        layout.addWidget(self.draft)
        layout.addWidget(self.copied)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.draft.toPlainText())
        self.copied.setText(self.tr("Copied. Paste it where you talk with them."))

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        agreement: Agreement,
        today: dt.date,
        new_day: dt.date | None = None,
    ) -> bool:
        """Whether the person told them (now, or before this moment)."""
        return cls(agreement, today, new_day, parent).exec() == QDialog.DialogCode.Accepted
