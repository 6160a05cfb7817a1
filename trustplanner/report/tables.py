"""Tables for paper: every row measured once, rows never split, the header on every page.

Drawn with QPainter rather than as a rich-text table: a year of agreements is some
three thousand rows, which a QTextDocument takes seconds to paginate.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPaintDevice, QPainter, QPen

WRAP = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
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
    """A measured row: which of its cells wrap onto more lines, and its height."""

    cells: list[str]
    wrapped: list[bool]
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
    body_ascent: float = 0.0
    header_ascent: float = 0.0

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
    caption_metrics = QFontMetricsF(caption, device)
    measured.caption_height = caption_metrics.height() * 1.5
    measured.header = _measure_line(table.headers, measured, QFontMetricsF(header, device), {})
    metrics = QFontMetricsF(body, device)
    widths: dict[str, float] = {}  # days, durations and endings repeat on many rows
    measured.lines = [_measure_line(row, measured, metrics, widths) for row in table.rows]
    measured.body_ascent = metrics.ascent()
    measured.header_ascent = QFontMetricsF(header, device).ascent()
    return measured


def _measure_line(
    cells: list[str], measured: MeasuredTable, metrics: QFontMetricsF, widths: dict[str, float]
) -> _Line:
    one_line = metrics.height()
    wrapped, height = [], one_line
    for text, (_x, inner) in zip(cells, measured.columns, strict=True):
        width = widths.get(text)
        if width is None:
            width = widths[text] = metrics.horizontalAdvance(text)
        # Most cells fit on one line: measuring their width is far cheaper than wrapping.
        if "\n" not in text and width <= inner:
            wrapped.append(False)
            continue
        wrapped.append(True)
        box = metrics.boundingRect(QRectF(0, 0, inner, 1e9), WRAP, text)
        height = max(height, box.height())
    return _Line(cells, wrapped, height + 2 * measured.padding)


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
    painter.setFont(measured.header_font)
    _paint_line(painter, measured, measured.header, top, measured.header_ascent)
    return measured.head_height


def paint_rows(painter: QPainter, measured: MeasuredTable, first: int, last: int, top: float):
    """Rows first..last-1 from `top` down."""
    y = top
    rules = []
    painter.setFont(measured.body_font)
    for line in measured.lines[first:last]:
        _paint_line(painter, measured, line, y, measured.body_ascent)
        y += line.height
        rules.append(QLineF(0, y, measured.width, y))
    painter.save()
    pen = QPen(RULE)
    pen.setWidthF(0.5 * painter.device().logicalDpiY() / 72)
    painter.setPen(pen)
    painter.drawLines(rules)
    painter.restore()


def _paint_line(
    painter: QPainter, measured: MeasuredTable, line: _Line, y: float, ascent: float
) -> None:
    baseline = y + measured.padding + ascent
    for text, wrapped, (x, inner) in zip(line.cells, line.wrapped, measured.columns, strict=True):
        if not text:
            continue
        if wrapped:
            box = QRectF(x, y + measured.padding, inner, line.height)
            painter.drawText(box, WRAP, text)
        else:
            painter.drawText(QPointF(x, baseline), text)
