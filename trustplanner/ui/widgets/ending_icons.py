"""How an agreement stands, as a small sign beside its word: a shape and a colour, so
that neither colour nor shape alone carries it (the word is always there too).

Open is a ring; kept a tick; renegotiated (in time, or afterwards) an arrow on to
another day; didn't happen a calm bar, grey and never red. The colours are the
charts', so that a kept agreement looks the same on Plan, in Review and in Progress.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication

from trustplanner.charts.colours import DIDNT, HONEST, KEPT, LATE
from trustplanner.domain.endings import Ending

SIZE = 16  # logical pixels; drawn at twice that, so it stays sharp at 200 %


def ending_icon(ending: Ending | None) -> QIcon:
    """The sign for an open agreement (None) or for how it ended; the ring of an open
    one is drawn in the text's colour, so that it shows in light and dark alike."""
    text = QApplication.palette().color(QPalette.ColorRole.Text).name()
    return QIcon(_pixmap(ending, text if ending is None else ""))


@cache
def _pixmap(ending: Ending | None, ring: str) -> QPixmap:
    scale = 2
    pixmap = QPixmap(SIZE * scale, SIZE * scale)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(scale, scale)
    disc = QRectF(1.5, 1.5, SIZE - 3, SIZE - 3)
    if ending is None:
        painter.setPen(QPen(QColor(ring), 1.4))
        painter.drawEllipse(disc)
    else:
        colour = {
            Ending.KEPT: KEPT,
            Ending.RENEGOTIATED_HONESTLY: HONEST,
            Ending.RENEGOTIATED_LATE: LATE,
            Ending.DIDNT_HAPPEN: DIDNT,
        }[ending]
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        painter.drawEllipse(disc)
        pen = QPen(QColor("white"), 1.8)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(_mark(ending))
    painter.end()
    pixmap.setDevicePixelRatio(scale)
    return pixmap


def _mark(ending: Ending) -> QPainterPath:
    path = QPainterPath()
    if ending is Ending.KEPT:  # a tick
        path.moveTo(QPointF(4.6, 8.2))
        path.lineTo(QPointF(7.0, 10.6))
        path.lineTo(QPointF(11.4, 5.6))
    elif ending is Ending.DIDNT_HAPPEN:  # a level bar: it simply did not happen
        path.moveTo(QPointF(4.8, 8.0))
        path.lineTo(QPointF(11.2, 8.0))
    else:  # an arrow on: it goes on, smaller or on another day
        path.moveTo(QPointF(4.5, 8.0))
        path.lineTo(QPointF(11.0, 8.0))
        path.moveTo(QPointF(8.4, 5.4))
        path.lineTo(QPointF(11.0, 8.0))
        path.lineTo(QPointF(8.4, 10.6))
    return path


def bigger_mark() -> QIcon:
    """A small mark for an item bigger than one step: three short strokes, a cut to be
    made, in the text's colour and never red (nothing is wrong with a big item)."""
    text = QApplication.palette().color(QPalette.ColorRole.Text).name()
    return QIcon(_bigger(text))


@cache
def _bigger(colour: str) -> QPixmap:
    scale = 2
    pixmap = QPixmap(SIZE * scale, SIZE * scale)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(scale, scale)
    pen = QPen(QColor(colour), 1.4)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    for x in (4.0, 8.0, 12.0):
        painter.drawLine(QPointF(x, 4.5), QPointF(x, 11.5))
    painter.end()
    pixmap.setDevicePixelRatio(scale)
    return pixmap
