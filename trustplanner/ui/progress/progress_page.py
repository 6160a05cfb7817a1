"""The Progress tab: says "Preparing your charts…" while matplotlib loads on a worker thread.

This module imports no matplotlib; the charts are built once the import is done.
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget

from trustplanner.ui.context import AppContext

# The parts of matplotlib that need no Qt: safe to import away from the GUI thread.
BACKGROUND_IMPORTS = (
    "matplotlib.figure",
    "matplotlib.backends.backend_agg",
    "matplotlib.dates",
    "matplotlib.colors",
    "matplotlib.ticker",
)


class _Imported(QObject):
    done = Signal()


class _ImportJob(QRunnable):
    def __init__(self, imported: _Imported):
        super().__init__()
        self._imported = imported

    def run(self) -> None:
        for name in BACKGROUND_IMPORTS:
            importlib.import_module(name)
        self._imported.done.emit()


class ProgressPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._context = context
        self.controller = None
        self._layout = QStackedLayout(self)
        self.waiting_label = QLabel(self.tr("Preparing your charts…"))
        self.waiting_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.waiting_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._layout.addWidget(self.waiting_label)
        self._imported = _Imported(self)
        self._imported.done.connect(self._build)
        QThreadPool.globalInstance().start(_ImportJob(self._imported))

    def _build(self) -> None:
        from trustplanner.ui.progress.progress_controller import ProgressController

        self.controller = ProgressController(self._context, self)
        self._layout.addWidget(self.controller.view)
        self._layout.setCurrentWidget(self.controller.view)
