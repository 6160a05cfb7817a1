"""An import on a worker thread, through a connection of its own.

Ten years of records take seconds to check and write. The window stays drawn
meanwhile, and the finished import arrives as one change for its undo stack.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal


class Importer(QObject):
    """Imports one file at a time; exactly one of the signals follows each `start`."""

    added = Signal(object, object)  # ImportSummary, the ChangeSet to undo it
    refused = Signal(object)  # ImportRejected: the file was not imported
    failed = Signal(str)  # why the store could not take it just now

    def __init__(self, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.data_dir = data_dir

    def start(self, source: Path) -> None:
        QThreadPool.globalInstance().start(lambda: self._run(source))

    def _run(self, source: Path) -> None:
        from trustplanner.exchange.checking import ImportRejected, read_document
        from trustplanner.exchange.importing import import_document
        from trustplanner.store.damage import StoreDamaged
        from trustplanner.store.database import open_store
        from trustplanner.ui.errors import log

        try:
            document = read_document(source)
            store = open_store(self.data_dir)
            try:
                with store.action() as change:
                    summary = import_document(store, document, checked=True)
            finally:
                store.close()
        except ImportRejected as rejected:
            self.refused.emit(rejected)
        except (StoreDamaged, sqlite3.Error, OSError) as problem:
            log.warning("an import of %s failed: %s", source, problem)
            self.failed.emit(str(problem))
        except Exception as problem:
            # A fault of the app's own: logged whole, and the window is not left waiting.
            log.exception("an import of %s failed", source)
            self.failed.emit(str(problem))
        else:
            log.info("imported %s records from %s", summary.total_added, source)
            self.added.emit(summary, change)
