"""A page whose content is built the first time it is shown, so that start-up stays light."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyPage(QWidget):
    def __init__(self, build: Callable[[], QWidget], parent: QWidget | None = None):
        super().__init__(parent)
        self._build = build
        self.content: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def showEvent(self, event) -> None:
        self.ensure_built()
        super().showEvent(event)

    def ensure_built(self) -> QWidget:
        if self.content is None:
            self.content = self._build()
            self.layout().addWidget(self.content)
        return self.content
