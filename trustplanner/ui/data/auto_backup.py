"""The automatic daily backup, made beside the window a little after start and at midnight."""

from __future__ import annotations

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from trustplanner.ui.context import AppContext

START_DELAY_MS = 20_000  # after start, when the window has settled


class AutoBackup(QObject):
    """Backs up at most once a day, only after a change; never on the window's thread."""

    finished = Signal(object)  # the Backup made, or None

    def __init__(self, context: AppContext, parent: QObject | None = None):
        super().__init__(parent)
        self.context = context
        context.day_changed.connect(self.run)

    def start(self, delay_ms: int = START_DELAY_MS) -> None:
        QTimer.singleShot(delay_ms, self.run)

    def run(self) -> None:
        today = self.context.today()
        QThreadPool.globalInstance().start(lambda: self._back_up(today))

    def _back_up(self, today) -> None:
        from concurrent.futures import CancelledError

        from trustplanner.store.backups import BackupFailed, back_up_if_due
        from trustplanner.ui.errors import log

        made = None
        try:
            # Wait for the store's own check: a damaged store is not copied over good backups.
            if self.context.store.checked.result() is None:
                made = back_up_if_due(self.context.data_dir, self.context.store.path, today)
        except CancelledError:
            pass  # the store was closed before its check: nothing to back up from it
        except (BackupFailed, OSError) as problem:
            log.warning("the automatic backup failed: %s", problem)
        if made is not None:
            log.info("backed up to %s", made.path)
        self.finished.emit(made)
