"""A spin box for a length of time, written as "4 h 30 min" and typed like an estimate."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QSpinBox, QWidget

from trustplanner.domain.durations import EstimateError, parse_duration
from trustplanner.words.numbers import minutes_text


class DurationSpinBox(QSpinBox):
    """The value is in minutes; the arrows step by `step` minutes."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        minimum: int = 0,
        maximum: int = 24 * 60,
        step: int = 15,
    ):
        super().__init__(parent)
        self.setRange(minimum, maximum)
        self.setSingleStep(step)
        self.setKeyboardTracking(False)

    def sizeHint(self) -> QSize:
        # Qt sizes a spin box for its minimum and maximum texts, but "30 min" is wider
        # than both "5 min" and "4 h": measure the widest text it can show instead.
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        ends = max(
            metrics.horizontalAdvance(self.textFromValue(v))
            for v in (self.minimum(), self.maximum())
        )
        samples = [v for v in (35, 75, 615, 1425) if self.minimum() <= v <= self.maximum()]
        widest = max([ends, *(metrics.horizontalAdvance(self.textFromValue(v)) for v in samples)])
        return QSize(hint.width() - ends + widest, hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def textFromValue(self, value: int) -> str:
        return minutes_text(value) if value else self.tr("no time")

    def valueFromText(self, text: str) -> int:
        minutes = self._parse(text)
        return self.value() if minutes is None else minutes

    def validate(self, text: str, pos: int) -> object:
        state = (
            QValidator.State.Acceptable
            if self._parse(text) is not None
            else QValidator.State.Intermediate
        )
        return state, text, pos

    def _parse(self, text: str) -> int | None:
        if text.strip() == self.tr("no time"):
            return 0
        try:
            return parse_duration(text, minimum=self.minimum(), maximum=self.maximum())
        except EstimateError:
            return None
