"""Reading years of history for the charts on a worker thread, so the window never waits."""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from trustplanner.domain.progress import FearPoint
from trustplanner.domain.trust_index import DayEvidence, IndexPoint, index_series
from trustplanner.store import history
from trustplanner.store.database import open_reader


@dataclass(frozen=True)
class History:
    """Everything the charts draw from, read once per change of the store."""

    evidence: list[DayEvidence]
    series: list[IndexPoint]
    planned: dict[dt.date, int]
    overrides: dict[dt.date, int]
    first: dt.date | None
    fears: list[FearPoint]


def read_history(data_dir: Path, today: dt.date, half_life: int) -> History:
    """Read and count the history in `data_dir`, with a connection of its own."""
    reader = open_reader(data_dir)
    if reader is None:
        return History([], [], {}, {}, None, [])
    try:
        evidence = history.day_evidence(reader, end=today)
        return History(
            evidence=evidence,
            series=index_series(evidence, end=today, half_life=half_life),
            planned=history.planned_minutes(reader, end=today),
            overrides=history.capacity_overrides(reader),
            first=history.first_day(reader),
            fears=history.fear_points(reader, end=today),
        )
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
