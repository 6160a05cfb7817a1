"""Undo and redo of a large action (an import of years) on a worker thread.

Putting back tens of thousands of rows takes seconds. On the window's thread that
would freeze it; here it runs through a connection of its own, in one transaction,
while the window stays drawn behind a small progress window.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog

from trustplanner.store.changes import ChangeSet, StaleChange


class Replayer(QObject):
    """Replays one change; exactly one of the signals follows `start`."""

    done = Signal()
    stale = Signal()  # the rows changed meanwhile: nothing was written
    failed = Signal(str)  # the store could not take it just now: nothing was written

    def __init__(self, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.data_dir = data_dir

    def start(self, change: ChangeSet, *, backwards: bool) -> None:
        QThreadPool.globalInstance().start(lambda: self._run(change, backwards))

    def _run(self, change: ChangeSet, backwards: bool) -> None:
        from trustplanner.store.damage import StoreDamaged
        from trustplanner.store.database import open_store
        from trustplanner.ui.errors import log

        try:
            store = open_store(self.data_dir)
            try:
                (store.undo if backwards else store.redo)(change)
            finally:
                store.close()
        except StaleChange:
            self.stale.emit()
        except (StoreDamaged, sqlite3.Error, OSError) as problem:
            log.warning("an undo or redo of %s rows failed: %s", len(change), problem)
            self.failed.emit(str(problem))
        except Exception as problem:
            # A fault of the app's own: logged whole, and the window is not left waiting.
            log.exception("an undo or redo of %s rows failed", len(change))
            self.failed.emit(str(problem))
        else:
            self.done.emit()


def waiting_window(text: str, title: str) -> QProgressDialog:
    """A progress window without Cancel (a replay is all or nothing), shown at once: it
    keeps the window's keys (another Ctrl+Z) away until the replay is over."""
    waiting = QProgressDialog(text, None, 0, 0, QApplication.activeWindow())
    waiting.setWindowTitle(title)
    waiting.setWindowModality(Qt.WindowModality.WindowModal)
    waiting.setMinimumDuration(0)
    waiting.setValue(0)
    return waiting
