"""A nudge in a small window of its own, where the system cannot show tray messages."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from trustplanner.domain.nudges import Snooze


class NudgeWindow(QWidget):
    opened = Signal()
    snoozed = Signal(object)  # Snooze

    def __init__(self, icon: QIcon, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.setWindowIcon(icon)
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setDefault(True)
        self.snooze_buttons = {
            Snooze.QUARTER: QPushButton(self.tr("In 15 minutes")),
            Snooze.HOUR: QPushButton(self.tr("In an hour")),
            Snooze.TOMORROW: QPushButton(self.tr("Tomorrow")),
        }
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        for button in self.snooze_buttons.values():
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.open_button.clicked.connect(self._on_open)
        for choice, button in self.snooze_buttons.items():
            button.setProperty("snooze", choice.name)
            button.clicked.connect(self._on_snooze_button)

    def show_nudge(self, title: str, text: str) -> None:
        self.setWindowTitle(title)
        self.title.setText(title)
        self.text.setText(text)
        self.adjustSize()
        self.show()
        self.raise_()
        self.open_button.setFocus()

    def _on_open(self) -> None:
        self.hide()
        self.opened.emit()

    def _on_snooze_button(self) -> None:
        self.hide()
        self.snoozed.emit(Snooze[self.sender().property("snooze")])
