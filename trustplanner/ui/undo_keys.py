"""Ctrl+Z in a text field with nothing of its own to undo undoes the person's last
action, as the window's messages ("Ctrl+Z brings it back") promise. A text field that
has typing to take back keeps Ctrl+Z for that, as in every editor."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

_WATCHED = "trustplanner-undo-watched"


class UndoReachesTheWindow(QObject):
    """Watches each text field as it gets the focus; the filter only sees the events of
    fields the person has used, never every event of the application."""

    def __init__(self, parent: QObject):
        super().__init__(parent)
        QApplication.instance().focusChanged.connect(self._on_focus)

    def _on_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, QLineEdit) and not new.property(_WATCHED):
            new.setProperty(_WATCHED, True)
            new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(watched, QLineEdit):
            return False
        if (event.matches(QKeySequence.StandardKey.Undo) and not watched.isUndoAvailable()) or (
            event.matches(QKeySequence.StandardKey.Redo) and not watched.isRedoAvailable()
        ):
            # Left unaccepted, the shortcut goes on to the window's Undo or Redo.
            event.ignore()
            return True
        return False
