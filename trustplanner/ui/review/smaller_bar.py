"""After "didn't happen": a short, kind line and an offer, never a push. A smaller
version on another day often helps; "Not now" is always fine, and the offer comes at
most once a day."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class SmallerBar(QWidget):
    wanted = Signal()  # the person would like to plan a smaller version

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.question = QLabel(
            self.tr(
                "It didn't happen this time, and that is all right. Would a smaller version on "
                "another day help?"
            )
        )
        self.question.setWordWrap(True)
        self.smaller_button = QPushButton(self.tr("A smaller &version on another day…"))
        self.smaller_button.clicked.connect(self._want)
        self.not_now_button = QPushButton(self.tr("Not now"))
        self.not_now_button.setToolTip(self.tr("That is always fine (Esc)"))
        self.not_now_button.clicked.connect(self.hide)
        row = QHBoxLayout()
        row.addWidget(self.smaller_button)
        row.addWidget(self.not_now_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.question)
        layout.addLayout(row)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.hide)
        self.hide()

    def _want(self) -> None:
        self.hide()
        self.wanted.emit()
