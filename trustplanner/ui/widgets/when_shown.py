"""Keeping a page up to date only while someone can see it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class WhenShown(QObject):
    """Runs `refresh` at once while `page` is visible; otherwise the next time it is shown.

    A page behind another tab need not read the store again after every change made
    elsewhere, nor at start-up: it catches up in one go when it is opened.
    """

    def __init__(self, page: QWidget, refresh: Callable[[], None]):
        super().__init__(page)
        self._page = page
        self._refresh = refresh
        self.stale = True  # nothing read yet
        page.installEventFilter(self)

    def request(self, *_args) -> None:
        """Something changed: refresh now if the page is seen, else when it is."""
        self.stale = True
        if self._page.isVisible():
            self.ensure()

    def ensure(self) -> None:
        """Refresh now if a change has not been shown yet (before acting on the data)."""
        if self.stale:
            self.stale = False
            self._refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._page and event.type() == QEvent.Type.Show:
            self.ensure()
        return False
