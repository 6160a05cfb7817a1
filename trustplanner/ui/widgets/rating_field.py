"""A rating from 0 to 100, typed: quick with the keyboard, and checked when it is used."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from trustplanner.domain.fears import read_rating

STEP = 5


class RatingField(QLineEdit):
    """Up and Down change the value by 5; `value()` raises ValueError(FearProblem) on bad text."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setPlaceholderText("0–100")
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("0–100") + 28)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)

    def value(self) -> int | None:
        return read_rating(self.text())

    def set_value(self, value: int | None) -> None:
        self.setText("" if value is None else str(value))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            try:
                current = self.value()
            except ValueError:
                current = None
            start = 50 if current is None else current
            changed = start + (STEP if key == Qt.Key.Key_Up else -STEP)
            self.set_value(max(0, min(100, changed)))
            self.textEdited.emit(self.text())
            return
        super().keyPressEvent(event)
