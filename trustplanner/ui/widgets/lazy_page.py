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
            content = self._build()
            # Building may have asked for the page itself, and placed it already.
            if self.content is None:
                self.content = content
                self.layout().addWidget(content)
                # At once, not on the next turn of the event loop: no empty frame first.
                content.show()
        return self.content
