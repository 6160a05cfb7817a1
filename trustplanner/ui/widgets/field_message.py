"""A short message shown right under the field it is about."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget


class FieldMessage(QLabel):
    """Hidden until there is something to say about `field`; also its accessible description."""

    def __init__(self, field: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self._field = field
        self.setWordWrap(True)
        self.setForegroundRole(QPalette.ColorRole.Link)
        self.hide()

    def say(self, text: str) -> None:
        self.setText(text)
        self._field.setAccessibleDescription(text)
        self.show()

    def clear(self) -> None:
        self.setText("")
        self._field.setAccessibleDescription("")
        self.hide()
