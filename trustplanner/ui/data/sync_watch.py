"""Keeping in step while Trust Planner runs: at start, when the synced folder changes,
every few minutes, and soon after a change here; always beside the window's thread,
through a connection of its own, one run at a time."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QFileSystemWatcher,
    QObject,
    QThreadPool,
    QTimer,
    Signal,
)

from trustplanner.ui.context import AppContext

translate = QCoreApplication.translate

SOON_MS = 2_000  # after the folder changed: a sync tool writes a file in a few steps
AFTER_A_CHANGE_MS = 10_000  # after a change here: a few changes go out together
EVERY_MS = 5 * 60_000  # in case the folder's changes are not seen (a network folder)


class SyncWatch(QObject):
    synced = Signal(object)  # the Pulled of a run, or None when it could not run
    begun = Signal(bool)  # turned on (True), or it could not be (False)

    def __init__(self, context: AppContext, parent: QObject | None = None):
        super().__init__(parent)
        self.context = context
        self.folder: Path | None = None
        self._running = False
        self._again = False
        self._told_unread: set[Path] = set()
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(lambda _path: self._soon.start(SOON_MS))
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.timeout.connect(self.run)
        self._every = QTimer(self)
        self._every.setInterval(EVERY_MS)
        self._every.timeout.connect(self.run)
        self.synced.connect(self._after_run)
        self.begun.connect(lambda ok: ok and self.start())
        context.changed.connect(self._after_a_change)

    def start(self) -> None:
        """Keep in step, if the person chose a folder; and once now."""
        # Asked in SQL first: the sync code (and the checksums it loads) only when it is on,
        # so that the tray of someone who does not use it stays light.
        chosen = self.context.store.value("SELECT value FROM sync_state WHERE key = 'folder'")
        if chosen is None:
            self.stop()
            return
        from trustplanner.sync.engine import attach, folder_of

        self.folder = folder_of(self.context.store)
        attach(self.context.store)  # what is done in the window from now on goes out too
        self._watch()
        self._every.start()
        self._soon.start(0)

    def begin(self, folder: Path) -> None:
        """Turn it on with `folder`: this store's whole history goes out once, which for
        years of it takes seconds, so beside the window; then keep in step."""
        data_dir = self.context.data_dir
        QThreadPool.globalInstance().start(lambda: self._turn_on(data_dir, folder))

    def _turn_on(self, data_dir: Path, folder: Path) -> None:
        import sqlite3

        from trustplanner.store.damage import StoreDamaged
        from trustplanner.store.database import open_store
        from trustplanner.sync.engine import turn_on
        from trustplanner.ui.errors import log

        try:
            store = open_store(data_dir)
            try:
                turn_on(store, folder)
            finally:
                store.close()
        except (StoreDamaged, sqlite3.Error, OSError) as problem:
            log.warning("keeping in step could not be turned on: %s", problem)
            self.begun.emit(False)
        else:
            self.begun.emit(True)

    def end(self) -> None:
        """Stop keeping in step; everything stays as it is, here and in the folder."""
        from trustplanner.sync.engine import turn_off

        self.stop()
        turn_off(self.context.store)

    def stop(self) -> None:
        self._every.stop()
        self._soon.stop()
        paths = self._watcher.directories()
        if paths:
            self._watcher.removePaths(paths)
        self.folder = None

    def _watch(self) -> None:
        from trustplanner.sync.segments import computers

        folder = self.folder
        if folder is None or not folder.is_dir():
            return
        wanted = [str(folder), *(str(folder / node) for node in computers(folder))]
        missing = [path for path in wanted if path not in self._watcher.directories()]
        if missing:
            self._watcher.addPaths(missing)

    def _after_a_change(self) -> None:
        if self.folder is not None and not self._running and not self._soon.isActive():
            self._soon.start(AFTER_A_CHANGE_MS)

    def run(self) -> None:
        if self.folder is None:
            return
        if self._running:
            self._again = True
            return
        self._running = True
        data_dir, folder = self.context.data_dir, self.folder
        QThreadPool.globalInstance().start(lambda: self._work(data_dir, folder))

    def _work(self, data_dir: Path, folder: Path) -> None:
        import sqlite3

        from trustplanner.store.damage import StoreDamaged
        from trustplanner.store.database import open_store
        from trustplanner.sync.engine import sync_once
        from trustplanner.ui.errors import log

        try:
            store = open_store(data_dir)
            try:
                _written, pulled = sync_once(store, folder)
            finally:
                store.close()
        except (StoreDamaged, sqlite3.Error, OSError) as problem:
            log.warning("keeping in step through the synced folder failed: %s", problem)
            self.synced.emit(None)
        except Exception:
            log.exception("keeping in step through the synced folder failed")
            self.synced.emit(None)
        else:
            self.synced.emit(pulled)

    def _after_run(self, pulled) -> None:
        self._running = False
        self._watch()  # a computer new to the folder is watched too
        if pulled is not None:
            if pulled.applied or pulled.kept_edits:
                self.context.reload_settings()  # the shared ones may have come along
                self.context.changed.emit()
            if pulled.kept_edits:
                edits = pulled.kept_edits  # a plain name: pyside6-lupdate misses it otherwise
                self.context.message.emit(
                    translate(
                        "SyncWatch",
                        "%n thing(s) deleted on one computer had been changed on the other: "
                        "the change is kept, on both.",
                        "",
                        edits,
                    )
                )
            new = [path for path, _why in pulled.unread if path not in self._told_unread]
            if new:
                self._told_unread.update(new)
                self.context.message.emit(
                    translate(
                        "SyncWatch",
                        "A file from your other computer is not read yet: it is still "
                        "syncing, or from a newer version of Trust Planner. It is read once "
                        "it is whole.",
                    )
                )
        if self._again:
            self._again = False
            self.run()
