"""Reading years of history for the charts on a worker thread, so the window never waits."""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from trustplanner.store import history
from trustplanner.store.database import open_reader
from trustplanner.store.history import EMPTY_HISTORY, History


def read_history(data_dir: Path, today: dt.date, half_life: int) -> History:
    """Read and count the history in `data_dir`, with a connection of its own."""
    reader = open_reader(data_dir)
    if reader is None:
        return EMPTY_HISTORY
    try:
        return history.read_history(reader, today, half_life)
    finally:
        reader.close()


class _Job(QRunnable):
    def __init__(
        self, loader: HistoryLoader, generation: int, data_dir: Path, today: dt.date, half_life: int
    ):
        super().__init__()
        self._loader = loader
        self._arguments = (generation, data_dir, today, half_life)

    def run(self) -> None:
        generation, data_dir, today, half_life = self._arguments
        try:
            result = read_history(data_dir, today, half_life)
        except Exception as error:  # reported to the window, which tells the person
            self._emit(self._loader.failed, generation, repr(error))
            return
        self._emit(self._loader.loaded, generation, result)

    @staticmethod
    def _emit(signal, generation: int, value) -> None:
        with contextlib.suppress(RuntimeError):  # the window closed while this was read
            signal.emit(generation, value)


class HistoryLoader(QObject):
    """Reads the history on the thread pool; only the newest request's result is used."""

    loaded = Signal(int, object)  # generation, History
    failed = Signal(int, str)

    def __init__(self, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self._data_dir = data_dir
        self.generation = 0

    def load(self, today: dt.date, half_life: int) -> int:
        self.generation += 1
        QThreadPool.globalInstance().start(
            _Job(self, self.generation, self._data_dir, today, half_life)
        )
        return self.generation
