"""The realism meter: planned time against the day's capacity, as a bar that changes colour."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from trustplanner.domain.realism import Level, Realism

# Muted, so that "over" informs without alarming; readable on light and dark palettes.
_AMBER = QColor("#d9922e")
_RED = QColor("#c75b4a")
# The bar shows at least this share of capacity: a full day reaches two thirds of the
# way, so that what is over stays visible beyond the line. A plan over that widens the
# scale to itself, so that six times what fits does not look like one and a half; up to
# ten times, so that the line of a full day stays in sight.
_SCALE = 1.5
_WIDEST = 10.0


class RealismMeter(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._realism: Realism | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Realism meter"))

    @property
    def level(self) -> Level | None:
        return None if self._realism is None else self._realism.level

    def set_realism(self, realism: Realism, description: str) -> None:
        self._realism = realism
        self.setAccessibleDescription(description)
        self.setToolTip(description)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(240, max(14, self.fontMetrics().height()))

    def scale(self) -> float:
        """The share of capacity the whole bar stands for."""
        if self._realism is None:
            return _SCALE
        return max(_SCALE, min(self._realism.ratio, _WIDEST))

    def bar_color(self) -> QColor:
        if self.level is Level.RED:
            return _RED
        if self.level is Level.AMBER:
            return _AMBER
        return self.palette().color(QPalette.ColorRole.Highlight)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        rect = QRectF(self.rect()).adjusted(1, 2, -1, -2)
        radius = rect.height() / 2
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, radius, radius)

        realism = self._realism
        if realism is None or realism.planned == 0:
            return
        scale = self.scale()
        share = min(realism.ratio, scale) / scale
        filled = QRectF(
            rect.left(), rect.top(), max(rect.height(), rect.width() * share), rect.height()
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.bar_color())
        painter.drawRoundedRect(filled, radius, radius)

        # The line where the day is full.
        x = rect.left() + rect.width() / scale
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawLine(int(x), int(rect.top()) - 1, int(x), int(rect.bottom()) + 1)
