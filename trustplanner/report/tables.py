"""Tables for paper: every row measured once, rows never split, the header on every page.

Drawn with QPainter rather than as a rich-text table: a year of agreements is some
three thousand rows, which a QTextDocument takes seconds to paginate. Each cell is laid
out once, when it is measured, and painted from that layout: laying out text is what
takes the time, and it can then be done before the charts the pages wait for are drawn.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGlyphRun,
    QPaintDevice,
    QPainter,
    QPen,
    QTextLayout,
    QTextOption,
)

RULE = QColor("#b0b0b0")
HEADER_BACKGROUND = QColor("#ececec")


@dataclass
class Table:
    caption: str
    headers: list[str]
    shares: list[float]  # of the width, per column
    rows: list[list[str]]
    empty: str  # said under the caption when there are no rows


@dataclass
class _Line:
    """A measured row: each cell's text laid out from the cell's top left, and its height."""

    cells: list[list[QGlyphRun]]
    height: float


@dataclass
class MeasuredTable:
    table: Table
    width: float
    body_font: QFont
    header_font: QFont
    caption_font: QFont
    padding: float
    columns: list[tuple[float, float]] = field(default_factory=list)  # x and inner width
    caption_height: float = 0.0
    header: _Line | None = None
    lines: list[_Line] = field(default_factory=list)

    @property
    def head_height(self) -> float:
        return self.caption_height + self.header.height


def _fonts(points: float) -> tuple[QFont, QFont, QFont]:
    body = QFont()
    body.setPointSizeF(points)
    header = QFont(body)
    header.setBold(True)
    caption = QFont(body)
    caption.setPointSizeF(points * 1.35)
    caption.setBold(True)
    return body, header, caption


def measure(table: Table, width: float, device: QPaintDevice, points: float) -> MeasuredTable:
    body, header, caption = _fonts(points)
    padding = 2.5 * device.logicalDpiY() / 72
    measured = MeasuredTable(table, width, body, header, caption, padding)
    x = 0.0
    for share in table.shares:
        column = share * width
        measured.columns.append((x + padding, column - 2 * padding))
        x += column
    measured.caption_height = QFontMetricsF(caption, device).height() * 1.5
    measured.header = _Cells(header, device, measured).line(table.headers)
    cells = _Cells(body, device, measured)
    measured.lines = [cells.line(row) for row in table.rows]
    return measured


class _Cells:
    """Lays out cells in one font; days, durations and endings repeat on many rows, and
    are laid out only once."""

    def __init__(self, font: QFont, device: QPaintDevice, measured: MeasuredTable):
        self._font, self._device, self._measured = font, device, measured
        self._one_line = QFontMetricsF(font, device).height()
        self._done: dict[tuple[str, float], tuple[list[QGlyphRun], float]] = {}
        self._option = QTextOption()
        self._option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)

    def line(self, texts: list[str]) -> _Line:
        cells, height = [], self._one_line
        for text, (_x, inner) in zip(texts, self._measured.columns, strict=True):
            runs, cell_height = self._lay_out(text, inner)
            cells.append(runs)
            height = max(height, cell_height)
        return _Line(cells, height + 2 * self._measured.padding)

    def _lay_out(self, text: str, width: float) -> tuple[list[QGlyphRun], float]:
        done = self._done.get((text, width))
        if done is not None:
            return done
        # As QPainter.drawText does: a new line within a cell is a line separator.
        layout = QTextLayout(text.replace("\n", "\u2028"), self._font, self._device)
        layout.setTextOption(self._option)
        layout.beginLayout()
        height = 0.0
        while (line := layout.createLine()).isValid():
            line.setLineWidth(width)
            line.setPosition(QPointF(0, height))
            height += line.height()
        layout.endLayout()
        done = self._done[(text, width)] = (layout.glyphRuns() if text else [], height)
        return done


def paint_head(painter: QPainter, measured: MeasuredTable, caption: str) -> float:
    """The caption and the column names at the painter's origin; returns their height."""
    painter.setFont(measured.caption_font)
    painter.drawText(
        QRectF(0, 0, measured.width, measured.caption_height),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        caption,
    )
    top = measured.caption_height
    painter.fillRect(QRectF(0, top, measured.width, measured.header.height), HEADER_BACKGROUND)
    _paint_line(painter, measured, measured.header, top)
    return measured.head_height


def paint_rows(painter: QPainter, measured: MeasuredTable, first: int, last: int, top: float):
    """Rows first..last-1 from `top` down."""
    y = top
    rules = []
    for line in measured.lines[first:last]:
        _paint_line(painter, measured, line, y)
        y += line.height
        rules.append(QLineF(0, y, measured.width, y))
    painter.save()
    pen = QPen(RULE)
    pen.setWidthF(0.5 * painter.device().logicalDpiY() / 72)
    painter.setPen(pen)
    painter.drawLines(rules)
    painter.restore()


def _paint_line(painter: QPainter, measured: MeasuredTable, line: _Line, y: float) -> None:
    top = y + measured.padding
    for runs, (x, _inner) in zip(line.cells, measured.columns, strict=True):
        for run in runs:
            painter.drawGlyphRun(QPointF(x, top), run)
