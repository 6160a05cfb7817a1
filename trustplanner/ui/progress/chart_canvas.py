"""A chart in the window, drawn on a worker thread and shown as a picture.

Drawing a matplotlib figure the size of a window takes around a tenth of a
second on a slow machine, longer the first time, and computing ten years of
history for it takes as long again. All of that happens on the thread pool:
the window only paints the finished picture, so it never waits.

One lock guards the figure: the worker holds it while it computes and draws,
and the window only takes it when it is free (to say what is under the mouse)
or for an explicit request (saving), never waiting for it.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from pathlib import Path

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QObject, QRunnable, QSize, QThreadPool, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from trustplanner.charts.chart import Chart
from trustplanner.charts.colours import Colours
from trustplanner.charts.drawing import LOGICAL_DPI as DPI
from trustplanner.charts.drawing import fit_margins
from trustplanner.words.chart_readings import Reading

RESIZE_PAUSE_MS = 80  # redraw once resizing pauses, not for every step of it

# Gives the chart its data and says what it shows; runs on the worker thread.
Prepare = Callable[[Chart], "Reading | None"]


@dataclass(frozen=True)
class _Request:
    key: Hashable  # what is drawn: equal keys, equal pictures
    prepare: Prepare
    colours: Colours
    size: QSize  # in the window's pixels
    ratio: float  # device pixels per window pixel


class _Finished(QObject):
    # Not a child of the canvas: a worker may still hold it when the canvas is gone.
    drawn = Signal(int, QImage, object)  # generation, picture, its Reading (or None)
    saved = Signal(str, str)  # path, problem ("" when saved)


class _Draw(QRunnable):
    def __init__(self, canvas: ChartCanvas, generation: int, request: _Request):
        super().__init__()
        self._canvas = canvas
        self._finished = canvas._finished
        self._generation = generation
        self._request = request

    def run(self) -> None:
        reading = None
        try:
            image, reading = self._canvas._draw_picture(self._request)
        except Exception:  # an empty picture rather than a canvas that waits for ever
            from trustplanner.ui.errors import log

            log.exception("drawing a chart failed")
            image = QImage()
        with contextlib.suppress(RuntimeError):  # the window closed meanwhile
            self._finished.drawn.emit(self._generation, image, reading)


class _Save(QRunnable):
    def __init__(self, canvas: ChartCanvas, path: Path):
        super().__init__()
        self._canvas = canvas
        self._finished = canvas._finished
        self._path = path

    def run(self) -> None:
        problem = ""
        try:
            with self._canvas.lock:
                figure = self._canvas.figure
                figure.savefig(self._path, dpi=200, facecolor=figure.get_facecolor())
        except OSError as error:
            problem = error.strerror or str(error)
        with contextlib.suppress(RuntimeError):
            self._finished.saved.emit(str(self._path), problem)


class ChartCanvas(QWidget):
    hovered = Signal(str)  # what is under the mouse, or "" when nothing is
    drawn = Signal()  # the picture of the latest request is on screen
    saved = Signal(str, str)  # path, problem ("" when saved)

    def __init__(self, chart_class: type[Chart], colours: Colours, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 240)
        self.setMouseTracking(True)
        self.figure = Figure(figsize=(7, 4), dpi=DPI)
        FigureCanvasAgg(self.figure)
        self.lock = threading.Lock()
        self._chart_class = chart_class
        self.chart: Chart | None = None  # made by the first drawing, on the worker thread
        self._colours = colours
        self._picture = QImage()
        self.reading: Reading | None = None  # what the picture on screen shows, in words
        self._request: _Request | None = None  # the newest one
        self._waiting: _Request | None = None  # asked while another was being drawn
        self._drawing = False
        self._generation = 0
        self._finished = _Finished()
        self._finished.drawn.connect(self._on_drawn)
        self._finished.saved.connect(self.saved)
        self._resize_pause = QTimer(self)
        self._resize_pause.setSingleShot(True)
        self._resize_pause.setInterval(RESIZE_PAUSE_MS)
        self._resize_pause.timeout.connect(self._redraw_for_size)

    @property
    def drawn_for(self) -> Hashable | None:
        """The key of what the canvas shows or is drawing now."""
        return None if self._request is None else self._request.key

    def forget(self) -> None:
        """Draw again on the next request, even for the same key (the palette changed)."""
        self._request = None

    def show_chart(self, key: Hashable, prepare: Prepare, colours: Colours) -> None:
        """Draw the chart for `key`, unless that is what is shown: `prepare` gives it its data."""
        self._colours = colours
        if self._request is not None and self._request.key == key:
            return
        self._ask(_Request(key, prepare, colours, self.size(), self.devicePixelRatioF()))

    def settled(self) -> bool:
        """Whether the picture on screen is that of the newest request."""
        return not (self._drawing or self._waiting or self._resize_pause.isActive())

    def save(self, path: Path) -> None:
        """Save the chart as PNG (at print resolution) or SVG, by the file's extension;
        `saved` tells when it is written."""
        QThreadPool.globalInstance().start(_Save(self, path))

    # -- drawing -------------------------------------------------------------------------

    def _ask(self, request: _Request) -> None:
        self._request = request
        if self._drawing:
            self._waiting = request
            return
        self._drawing = True
        self._generation += 1
        QThreadPool.globalInstance().start(_Draw(self, self._generation, request))

    def _draw_picture(self, request: _Request) -> tuple[QImage, Reading | None]:
        """On the worker thread: compute, lay out and draw the figure; return the picture
        and what it shows in words."""
        with self.lock:
            figure = self.figure
            if self.chart is None:
                self.chart = self._chart_class(figure, request.colours)
            elif self.chart.colours != request.colours:
                self.chart.restyle(request.colours)
            dpi = DPI * request.ratio
            width = max(request.size.width(), 1)
            height = max(request.size.height(), 1)
            figure.set_dpi(dpi)
            figure.set_size_inches(width / DPI, height / DPI)
            fit_margins(figure)
            reading = request.prepare(self.chart)
            figure.canvas.draw()
            pixels = figure.canvas.buffer_rgba()
            rows, columns = pixels.shape[0], pixels.shape[1]
            image = QImage(
                bytes(pixels), columns, rows, columns * 4, QImage.Format.Format_RGBA8888
            ).copy()
        image.setDevicePixelRatio(request.ratio)
        return image, reading

    def _on_drawn(self, generation: int, image: QImage, reading: Reading | None) -> None:
        if generation != self._generation:
            return
        self._drawing = False
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            self._ask(waiting)  # drawn for a request already outdated: draw the newest
            return
        self._picture = image
        self.reading = reading
        if reading is not None:
            # What a screen reader says of the picture.
            self.setAccessibleDescription(reading.summary)
        self.update()
        self.drawn.emit()

    def _redraw_for_size(self) -> None:
        request = self._request
        if request is None:
            return
        if request.size == self.size() and request.ratio == self.devicePixelRatioF():
            if self.settled():
                self.drawn.emit()  # the picture on screen is still the right one
            return
        self._ask(
            _Request(
                request.key, request.prepare, request.colours, self.size(), self.devicePixelRatioF()
            )
        )

    # -- the widget ----------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(700, 400)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._resize_pause.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._resize_pause.start()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(self._colours.background))
        if not self._picture.isNull():
            painter.drawImage(0, 0, self._picture)

    # -- the value under the mouse -------------------------------------------------------

    def describe_at(self, x: float, y: float) -> str | None:
        """What is under the window point (x, y), "" for nothing; None while the chart is
        being drawn (then the text shown stays as it is)."""
        if not self.lock.acquire(blocking=False):
            return None
        try:
            chart = self.chart
            if chart is None or self._picture.isNull():
                return ""
            ratio = self._picture.devicePixelRatio()
            # matplotlib counts pixels from the bottom of the figure.
            point = (x * ratio, self._picture.height() - y * ratio)
            axes = chart.axes
            if not axes.bbox.contains(*point):
                return ""
            data_x, data_y = axes.transData.inverted().transform(point)
            return chart.describe(data_x, data_y) or ""
        finally:
            self.lock.release()

    def mouseMoveEvent(self, event) -> None:
        position = event.position()
        text = self.describe_at(position.x(), position.y())
        if text is not None:
            self.hovered.emit(text)

    def leaveEvent(self, event) -> None:
        super().leaveEvent(event)
        self.hovered.emit("")
