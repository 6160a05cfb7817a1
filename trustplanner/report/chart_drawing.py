"""Where a report's charts are drawn: in a helper process, or on a thread of this one.

Loading matplotlib and drawing the charts is most of a report's work. When this
process has not loaded matplotlib yet (the report command, or a window that never
showed Progress), a helper process loads it and draws, on the machine's other core,
while this process reads the store and lays out the pages. Where matplotlib is
loaded already, a thread draws without loading it twice.

The helper is forked where that is safe: on Linux, before this process has a Qt
application (and so Qt's threads). It then starts at once, with what is loaded here
already; a spawned helper first starts Python and loads it all again.
"""

from __future__ import annotations

import multiprocessing
import sys
import threading
from concurrent.futures import (
    BrokenExecutor,
    Executor,
    Future,
    ProcessPoolExecutor,
    ThreadPoolExecutor,
)
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from trustplanner.report.content import ReportContent

_application = None  # in the helper: translations need an application object to live on


class ChartsNotDrawn(RuntimeError):
    """The helper drawing the charts stopped before it was done (it was ended, or the
    machine ran out of memory)."""


class ChartDrawer:
    """Draws the charts of reports, one report at a time, in the order asked."""

    def __init__(self, language: str | None = None, *, separate: bool | None = None):
        if separate is None:
            separate = "matplotlib" not in sys.modules
        self.separate = separate
        if separate:
            self._pool: Executor = ProcessPoolExecutor(
                1,
                mp_context=multiprocessing.get_context(_start_method()),
                initializer=_begin_helper,
                initargs=(language,),
            )
            # Starts the helper now: it loads matplotlib while the store is being read.
            self._pool.submit(int)
        else:
            self._pool = ThreadPoolExecutor(1, thread_name_prefix="report-charts")

    def draw(self, content: ReportContent, numbers: list[int]) -> Future[list[bytes]]:
        """The charts `numbers` for `content`, as SVG, once drawn."""
        future = self._pool.submit(_draw, content, numbers)
        # Nothing more will be asked: the helper ends once the drawing is done.
        self._pool.shutdown(wait=False)
        return future


def drawn(future: Future[list[bytes]]) -> list[bytes]:
    """What `future` drew; waits for it. Raises ChartsNotDrawn when its helper stopped."""
    try:
        return future.result()
    except BrokenExecutor as stopped:
        from PySide6.QtCore import QCoreApplication

        raise ChartsNotDrawn(
            QCoreApplication.translate("report", "the charts could not be drawn just now")
        ) from stopped


def _start_method() -> str:
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        from PySide6.QtCore import QCoreApplication

        if QCoreApplication.instance() is None:
            return "fork"
    return "spawn"  # safe beside threads, and the only way on Windows and macOS


def _begin_helper(language: str | None) -> None:
    """In the helper process: speak the person's language, and load matplotlib."""
    from PySide6.QtCore import QCoreApplication

    from trustplanner.words.translators import install_translators

    global _application
    _application = QCoreApplication.instance() or QCoreApplication([])
    install_translators(_application, language)
    import trustplanner.report.chart_pictures  # noqa: F401  (matplotlib, the slow part)


def _draw(content: ReportContent, numbers: list[int]) -> list[bytes]:
    from trustplanner.report.chart_pictures import draw_all

    return draw_all(content, numbers)
