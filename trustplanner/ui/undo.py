"""Undo and redo of store actions, replaying the rows each action recorded."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QTimer, SignalInstance
from PySide6.QtGui import QUndoCommand, QUndoStack

from trustplanner.store.changes import ChangeSet, StaleChange

translate = QCoreApplication.translate


class Replayer(Protocol):
    """What an undo step needs of the window's shared context (AppContext is one)."""

    undo_stack: QUndoStack
    message: SignalInstance
    changed: SignalInstance

    @property
    def store(self) -> Replaying: ...

    def reload_settings(self) -> None: ...


class Replaying(Protocol):
    """The store's side of undo: replaying a recorded change backwards or forwards."""

    def undo(self, change: ChangeSet) -> None: ...

    def redo(self, change: ChangeSet) -> None: ...


class StoreCommand(QUndoCommand):
    """An action that has already been done; undo and redo replay its recorded rows."""

    def __init__(self, context: Replayer, label: str, change: ChangeSet):
        super().__init__(label)
        self._context = context
        self._change = change
        self._done = True

    def redo(self) -> None:
        if self._done:  # QUndoStack.push calls redo; the action itself already ran
            return
        self._replay(self._context.store.redo)
        self._done = True

    def undo(self) -> None:
        self._replay(self._context.store.undo)
        self._done = False

    def _replay(self, apply) -> None:
        try:
            apply(self._change)
        except StaleChange:
            self._context.message.emit(
                translate(
                    "StoreCommand",
                    "This can no longer be undone, because it was changed in the meantime.",
                )
            )
            # Clearing the stack from inside one of its commands is not allowed.
            QTimer.singleShot(0, self._context.undo_stack.clear)
        self._context.reload_settings()
        self._context.changed.emit()
