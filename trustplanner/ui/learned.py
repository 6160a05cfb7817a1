"""What the app has learned of the person's days, learned on the thread pool with a
connection of its own, so that opening Plan never waits for years of history.

The window shows what was learned last and asks for a fresh look on every refresh;
the worker first reads a cheap evidence mark and learns again only when it moved.
The first look waits until the window is painted."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from trustplanner.domain.forecast import Knowing
from trustplanner.domain.settings import Settings
from trustplanner.store.connection import Reading
from trustplanner.store.damage import StoreDamaged
from trustplanner.store.database import open_reader
from trustplanner.store.track_record import evidence_mark, learned

# The first look at the history, after the window's first frame is on the screen.
FIRST_LOOK_AFTER_MS = 300
# What cannot be read is left to the store's own check, which tells the person.
UNREADABLE = (sqlite3.DatabaseError, StoreDamaged, OSError)


def _key(reader: Reading, settings: Settings, today: dt.date) -> tuple:
    """Changes whenever what `learned` would find changes."""
    return (evidence_mark(reader, today), settings.capacity_minutes, settings.learn_from)


class _Look(QRunnable):
    def __init__(self, days: LearnedDays, settings: Settings, today: dt.date, known: tuple | None):
        super().__init__()
        self._days = days
        self._arguments = (days.data_dir, settings, today, known)

    def run(self) -> None:
        data_dir, settings, today, known = self._arguments
        key, knowing = known, None
        try:
            reader = open_reader(data_dir)
            if reader is not None:
                try:
                    key = _key(reader, settings, today)
                    if key != known:
                        knowing = learned(reader, settings, today)
                finally:
                    reader.close()
        except UNREADABLE:
            key = None
        with contextlib.suppress(RuntimeError):  # the window closed meanwhile
            self._days.looked.emit(key, knowing)


class LearnedDays(QObject):
    """The last Knowing, and looks for a newer one; `changed` when it moved."""

    changed = Signal()
    looked = Signal(object, object)  # from the worker: the key, and a new Knowing or None

    def __init__(self, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.data_dir = data_dir
        self._key: tuple | None = None
        self._knowing: Knowing | None = None
        self._looking = False
        self._again: tuple[Settings, dt.date] | None = None
        self._first = True
        self.looked.connect(self._on_looked)

    def current(self, settings: Settings) -> Knowing | None:
        """What was learned, if it was learned for these settings; else None, until the
        look asked for them is done."""
        if self._knowing is None or self._key is None:
            return None
        if self._key[1:] != (settings.capacity_minutes, settings.learn_from):
            return None
        return self._knowing

    @property
    def looking(self) -> bool:
        """Whether a look is under way or waiting to start."""
        return self._looking

    def look(self, settings: Settings, today: dt.date) -> None:
        """Look again at the history, on the thread pool; one look at a time."""
        if self._looking:
            self._again = (settings, today)
            return
        self._looking = True
        if self._first:
            self._first = False
            QTimer.singleShot(FIRST_LOOK_AFTER_MS, self, lambda: self._start(settings, today))
        else:
            self._start(settings, today)

    def _start(self, settings: Settings, today: dt.date) -> None:
        QThreadPool.globalInstance().start(_Look(self, settings, today, self._key))

    def _on_looked(self, key: tuple | None, knowing: Knowing | None) -> None:
        self._looking = False
        moved = key != self._key
        if key is None:
            self._knowing = None
        elif knowing is not None:
            self._knowing = knowing
        self._key = key
        if self._again is not None:
            settings, today = self._again
            self._again = None
            self.look(settings, today)
        if moved:
            self.changed.emit()

    def knowing_now(self, reader: Reading, settings: Settings, today: dt.date) -> Knowing | None:
        """What was learned, read at once (for the explanation the person asked for);
        None when the history cannot be read."""
        try:
            key = _key(reader, settings, today)
            if key != self._key or self._knowing is None:
                self._knowing, self._key = learned(reader, settings, today), key
        except UNREADABLE:
            return None
        return self._knowing
