"""A nudge in a small window of its own, where the system cannot show tray messages."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from trustplanner.domain.nudges import Snooze

MARGIN = 24  # from the corner of the screen, clear of panels drawn over it


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
        self.open_button = QPushButton()
        self.open_button.setDefault(True)
        self.later_label = QLabel(self.tr("Remind me again:"))
        self.snooze_buttons = {
            Snooze.QUARTER: QPushButton(self.tr("In &15 minutes")),
            Snooze.HOUR: QPushButton(self.tr("In an &hour")),
            Snooze.TOMORROW: QPushButton(self.tr("&Tomorrow")),
        }
        later = QHBoxLayout()
        later.addWidget(self.later_label)
        for button in self.snooze_buttons.values():
            later.addWidget(button)
        later.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(6)
        layout.addLayout(later)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)
        self.open_button.clicked.connect(self._on_open)
        for choice, button in self.snooze_buttons.items():
            button.setProperty("snooze", choice.name)
            button.clicked.connect(self._on_snooze_button)

    def show_nudge(self, title: str, text: str, open_label: str) -> None:
        self.setWindowTitle(title)
        self.title.setText(title)
        self.text.setText(text)
        self.open_button.setText(open_label)
        self.adjustSize()
        self._place_in_corner()
        self.show()
        self.raise_()
        self.activateWindow()
        self.open_button.setFocus()

    def _place_in_corner(self) -> None:
        """Bottom right, where desktops show their own notifications."""
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        # The frame is the window manager's and unknown before showing: allow for a title bar.
        title_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight)
        self.move(
            area.right() - self.width() - MARGIN,
            area.bottom() - self.height() - title_bar - MARGIN,
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Escape puts the nudge aside, as a tray message's close button would: it stays waiting.
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)

    def _on_open(self) -> None:
        self.hide()
        self.opened.emit()

    def _on_snooze_button(self) -> None:
        self.hide()
        self.snoozed.emit(Snooze[self.sender().property("snooze")])
