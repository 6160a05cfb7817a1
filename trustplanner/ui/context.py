"""What every part of the window shares: the store, the clock, the settings and undo."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from trustplanner.domain.settings import Settings
from trustplanner.store.agreements import AgreementError
from trustplanner.store.changes import ChangeSet
from trustplanner.store.damage import StoreDamaged, could_not_write, disk_is_full, is_read_only
from trustplanner.store.plans import PlanError
from trustplanner.store.settings import load_settings, save_settings
from trustplanner.store.transactions import Store
from trustplanner.ui.undo import StoreCommand

if TYPE_CHECKING:
    from trustplanner.ui.learned import LearnedDays

T = TypeVar("T")
Clock = Callable[[], dt.datetime]


def system_clock() -> dt.datetime:
    return dt.datetime.now().astimezone()


class AppContext(QObject):
    """Shared state; `changed` tells every view to read the store again."""

    changed = Signal()
    settings_changed = Signal()
    day_changed = Signal()
    message = Signal(str)  # a short, kind sentence for the status bar

    def __init__(
        self,
        store: Store,
        data_dir: Path,
        clock: Clock = system_clock,
        parent=None,
        *,
        example: bool = False,
    ):
        super().__init__(parent)
        self.store = store
        self.data_dir = data_dir
        # An example history, opened to look around: no tray, no reminders, no backups.
        self.example = example
        self.clock = clock
        self.undo_stack = QUndoStack(self)
        self.replaying = False  # a large undo or redo is running on a worker thread
        self.sync_watch = None  # keeps in step through a synced folder, once started
        self._settings = load_settings(store)
        self._learned: LearnedDays | None = None
        self._today = self.today()
        # A coarse check of the wall clock, so "today" moves on at midnight.
        self._day_timer = QTimer(self)
        self._day_timer.setInterval(60_000)
        self._day_timer.timeout.connect(self.check_day)
        self._day_timer.start()

    @property
    def learned(self) -> LearnedDays:
        """What was learned of the person's days, made when first asked for: the tray
        alone never asks, and spares the memory of the learning's code."""
        if self._learned is None:
            from trustplanner.ui.learned import LearnedDays

            self._learned = LearnedDays(self.data_dir, self)
        return self._learned

    def now(self) -> dt.datetime:
        return self.clock()

    def today(self) -> dt.date:
        return self.clock().date()

    def check_day(self) -> None:
        if self.today() != self._today:
            self._today = self.today()
            self.day_changed.emit()

    @property
    def settings(self) -> Settings:
        return self._settings

    def save_settings(self, settings: Settings, *, undo_label: str | None = None) -> None:
        """Save the settings; with `undo_label`, as a step Ctrl+Z can take back."""
        if undo_label is None:
            try:
                save_settings(self.store, settings)
            except StoreDamaged:
                return  # as in perform(): the store's watch offers the backup
        else:
            self.perform(undo_label, lambda: save_settings(self.store, settings))
        self._settings = settings
        self.settings_changed.emit()
        self.changed.emit()

    def reload_settings(self) -> None:
        """Read the settings again after undo or redo may have changed them in the store."""
        settings = load_settings(self.store)
        if settings != self._settings:
            self._settings = settings
            self.settings_changed.emit()

    def perform(self, label: str, action: Callable[[], T], *, done: str | None = None) -> T | None:
        """Run one user action as one transaction, undoable under `label`; then say `done`.

        When the store refuses the action because what the person saw has changed
        meanwhile (in another window or process), nothing is written, the person
        is told so instead of `done`, and the views are refreshed; the result is None.
        """
        if self.replaying:
            # Its worker holds the store's write lock: this action would only wait for it.
            self.message.emit(
                self.tr(
                    "A large undo is still being done. Nothing was changed; try again in a moment."
                )
            )
            return None
        try:
            with self.store.action() as change:
                result = action()
        except StoreDamaged:
            # Found damaged by the check beside the window: its watch is about to tell the
            # person and offer the backup. Nothing was written.
            return None
        except sqlite3.OperationalError as problem:
            if is_read_only(problem):
                self.message.emit(
                    self.tr(
                        "Your data can be read but not changed just now (the file or its "
                        "folder does not allow writing). Your data is safe and nothing was "
                        "changed."
                    )
                )
                return None
            if disk_is_full(problem, self.data_dir):
                # Rolled back: nothing of the action was written, and nothing was lost.
                self.message.emit(
                    self.tr(
                        "There is not enough free space on this disk. Your data is safe and "
                        "nothing was changed. Free some space and try again."
                    )
                )
                return None
            if not could_not_write(problem):
                raise
            # A write that failed midway (a quota, a file-size limit, a failing disk):
            # rolled back all the same.
            from trustplanner.ui.errors import log

            log.warning("an action could not be written: %s", problem)
            self.message.emit(
                self.tr(
                    "This change could not be written to the disk (%1). Your data is safe and "
                    "nothing was changed. If the disk is full, free some space and try again."
                ).replace("%1", str(problem))
            )
            return None
        except (PlanError, AgreementError, LookupError):
            self.message.emit(
                self.tr(
                    "This changed in the meantime, so nothing was done. The list is up to date now."
                )
            )
            self.changed.emit()
            return None
        self.record(label, change, done=done)
        return result

    def record(self, label: str, change: ChangeSet, *, done: str | None = None) -> None:
        """An action that has been done (here, or on a worker's connection): make it
        undoable under `label`, refresh the views, and say `done`."""
        if change:
            self.undo_stack.push(StoreCommand(self, label, change))
        self.changed.emit()
        if done:
            self.message.emit(done)
