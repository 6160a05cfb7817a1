"""A matplotlib canvas in the window, holding one chart, that tells what is under the mouse."""

from __future__ import annotations

from pathlib import Path

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QSizePolicy

from trustplanner.ui.progress.charts import Chart, Colours, fit_margins


class ChartCanvas(FigureCanvasQTAgg):
    hovered = Signal(str)  # what is under the mouse, or "" when nothing is

    def __init__(self, chart_class: type[Chart], colours: Colours):
        figure = Figure(figsize=(7, 4), dpi=100)
        super().__init__(figure)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 240)
        self.chart = chart_class(figure, colours)
        self.drawn_for: object = None  # what the chart shows now, to skip needless redraws
        self.mpl_connect("motion_notify_event", self._on_motion)
        self.mpl_connect("figure_leave_event", lambda _event: self.hovered.emit(""))
        self.mpl_connect("resize_event", lambda _event: fit_margins(self.figure))

    def describe(self, x: float, y: float) -> str:
        return self.chart.describe(x, y) or ""

    def _on_motion(self, event) -> None:
        if event.inaxes is None or event.xdata is None:
            self.hovered.emit("")
            return
        self.hovered.emit(self.describe(event.xdata, event.ydata))

    def save(self, path: Path) -> None:
        """Save the chart as PNG (at print resolution) or SVG, by the file's extension."""
        self.figure.savefig(path, dpi=200, facecolor=self.figure.get_facecolor())
