"""Undo and redo of store actions, replaying the rows each action recorded."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QTimer, SignalInstance
from PySide6.QtGui import QUndoCommand, QUndoStack

from trustplanner.store.changes import ChangeSet, StaleChange

translate = QCoreApplication.translate


# Changes of this many rows or more (an import) are replayed on a worker thread: fewer
# take well under a tenth of a second on the window's thread.
IN_THE_BACKGROUND_FROM = 2000


class Replayer(Protocol):
    """What an undo step needs of the window's shared context (AppContext is one)."""

    undo_stack: QUndoStack
    message: SignalInstance
    changed: SignalInstance
    data_dir: Path
    replaying: bool  # a large replay is running on a worker thread

    @property
    def store(self) -> Replaying: ...

    def reload_settings(self) -> None: ...


class Replaying(Protocol):
    """The store's side of undo: replaying a recorded change backwards or forwards."""

    def undo(self, change: ChangeSet) -> None: ...

    def redo(self, change: ChangeSet) -> None: ...


class StoreCommand(QUndoCommand):
    """An action that has already been done; undo and redo replay its recorded rows.

    `_done` says what the store holds. The stack moves its index before a replay in the
    background has finished; when that replay fails, the index is moved back, and the
    call this makes finds the store already as `_done` says and does nothing.
    """

    def __init__(self, context: Replayer, label: str, change: ChangeSet):
        super().__init__(label)
        self._context = context
        self._change = change
        self._done = True

    def redo(self) -> None:
        if self._done:  # QUndoStack.push calls redo; the action itself already ran
            return
        self._replay(backwards=False)

    def undo(self) -> None:
        if not self._done:
            return
        self._replay(backwards=True)

    def _replay(self, *, backwards: bool) -> None:
        if self._context.replaying:
            # Another replay is still running: this one waits for a next Ctrl+Z.
            self._put_back(backwards)
            return
        self._done = not backwards
        if len(self._change) >= IN_THE_BACKGROUND_FROM:
            self._replay_in_background(backwards)
            return
        store = self._context.store
        try:
            (store.undo if backwards else store.redo)(self._change)
        except StaleChange:
            self._stale()
        self._context.reload_settings()
        self._context.changed.emit()

    def _replay_in_background(self, backwards: bool) -> None:
        from trustplanner.ui.data.replayer import Replayer as InBackground
        from trustplanner.ui.data.replayer import waiting_window

        context = self._context
        context.replaying = True
        worker = InBackground(context.data_dir)
        if backwards:
            text = translate("StoreCommand", "Taking back: %1…")
        else:
            text = translate("StoreCommand", "Doing again: %1…")
        waiting = waiting_window(text.replace("%1", self.text()), self.text())

        def finish() -> None:
            waiting.reset()
            waiting.deleteLater()
            worker.deleteLater()
            context.replaying = False
            context.reload_settings()
            context.changed.emit()

        def done() -> None:
            finish()

        def stale() -> None:
            finish()
            self._stale()

        def failed(reason: str) -> None:
            finish()
            self._done = backwards  # nothing was written: the store is as it was
            self._put_back(backwards)
            context.message.emit(
                translate(
                    "StoreCommand",
                    "This could not be done just now (%1). Your data is safe and nothing was "
                    "changed; Edit → Undo and Redo are as they were.",
                ).replace("%1", reason)
            )

        worker.done.connect(done)
        worker.stale.connect(stale)
        worker.failed.connect(failed)
        worker.start(self._change, backwards=backwards)

    def _put_back(self, backwards: bool) -> None:
        """Move the stack's index back over this command, without replaying anything."""
        stack = self._context.undo_stack
        # Moving the stack from inside one of its commands is not allowed.
        QTimer.singleShot(0, stack.redo if backwards else stack.undo)

    def _stale(self) -> None:
        self._context.message.emit(
            translate(
                "StoreCommand",
                "This can no longer be undone, because it was changed in the meantime.",
            )
        )
        # Clearing the stack from inside one of its commands is not allowed.
        QTimer.singleShot(0, self._context.undo_stack.clear)
