"""Making a report on a worker thread: reading the store, drawing the charts, writing a PDF."""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Job(QRunnable):
    def __init__(self, maker: ReportMaker, generation: int, arguments: tuple):
        super().__init__()
        self._maker = maker
        self._generation = generation
        self._arguments = arguments

    def run(self) -> None:
        data_dir, start, end, today, pdf, paper, full, names = self._arguments
        from trustplanner.report.chart_drawing import ChartsNotDrawn

        try:
            from trustplanner.report.chart_drawing import ChartDrawer
            from trustplanner.report.content import read_report
            from trustplanner.report.pages import prepare
            from trustplanner.words.translators import installed_language

            # Before the store is read: a helper process loads matplotlib meanwhile.
            drawer = ChartDrawer(installed_language())
            report = prepare(read_report(data_dir, start, end, today, full, names), drawer)
            report.pictures()  # drawn here, so that painting on the window's thread never waits
            pages = 0
            if pdf is not None:
                from trustplanner.report.pdf import write_pdf

                pages = write_pdf(report, pdf, paper)
        except OSError as problem:
            self._emit(self._maker.failed, problem.strerror or str(problem))
            return
        except ChartsNotDrawn as problem:
            self._emit(self._maker.failed, str(problem))
            return
        except Exception as problem:  # told to the person in plain words, and logged
            from trustplanner.ui.errors import log

            log.exception("making a report failed")
            self._emit(self._maker.failed, repr(problem))
            return
        self._emit(self._maker.made, report, pages)

    def _emit(self, signal, *values) -> None:
        with contextlib.suppress(RuntimeError):  # the dialog closed meanwhile
            signal.emit(self._generation, *values)


class ReportMaker(QObject):
    """Makes one report at a time; results of an older request are flagged by generation."""

    made = Signal(int, object, int)  # generation, Report, pages written (0: no PDF)
    failed = Signal(int, str)

    def __init__(self, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self._data_dir = data_dir
        self.generation = 0

    def make(
        self,
        start: dt.date,
        end: dt.date,
        today: dt.date,
        *,
        pdf: Path | None = None,
        paper: str = "a4",
        full: bool = False,
        names: bool = True,
    ) -> int:
        """Start making the report; with `pdf`, also write it there. `full` lists every
        agreement, where the summary tells them week by week; without `names`, the people
        promises were made to are not named."""
        self.generation += 1
        arguments = (self._data_dir, start, end, today, pdf, paper, full, names)
        QThreadPool.globalInstance().start(_Job(self, self.generation, arguments))
        return self.generation
