"""A scrolled page full of number fields: the mouse wheel scrolls the page, and only
changes a field the person has chosen (given the focus), never one it passes over."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Wheel
            and isinstance(watched, QWidget)
            and not watched.hasFocus()
            and watched.parentWidget() is not None
        ):
            # Not for the field: on to what holds it, and up to the page, which scrolls.
            QApplication.sendEvent(watched.parentWidget(), event)
            return True
        return False


def guard_wheel(page: QWidget) -> WheelGuard:
    """Guard every spin box and list box on `page`; returns the guard (keep it)."""
    guard = WheelGuard(page)
    for field in [*page.findChildren(QAbstractSpinBox), *page.findChildren(QComboBox)]:
        field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # not by the wheel
        field.installEventFilter(guard)
    return guard
