"""Where an estimate is chosen from quick choices or typed as text."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from trustplanner.domain.durations import (
    QUICK_ESTIMATES,
    EstimateError,
    EstimateProblem,
    parse_estimate,
)
from trustplanner.words.numbers import minutes_text


class EstimateField(QComboBox):
    """An editable combo box: 5, 15, 30, 60 or 120 minutes, or anything the parser understands."""

    def __init__(self, parent: QWidget | None = None, *, optional: bool = False):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._optional = optional
        for minutes in QUICK_ESTIMATES:
            self.addItem(minutes_text(minutes), minutes)
        self.setAccessibleName(self.tr("Estimate"))
        # A screen reader meets the text field on its own: it needs its name too.
        self.lineEdit().setAccessibleName(self.tr("Estimate"))
        self.lineEdit().setAccessibleDescription(
            self.tr("How long it will take: choose, or type for example 20 min or 1h30")
        )
        self.lineEdit().setPlaceholderText(self.tr("How long?"))
        self.setMinimumContentsLength(10)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.clear_estimate()

    def clear_estimate(self) -> None:
        self.setCurrentIndex(-1)
        self.setEditText("")

    def set_minutes(self, minutes: int | None) -> None:
        if minutes is None:
            self.clear_estimate()
            return
        index = self.findData(minutes)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setCurrentIndex(-1)
            self.setEditText(minutes_text(minutes))

    def minutes(self) -> int | None:
        """The estimate in minutes; None when left empty in an optional field.

        Raises EstimateError when the text cannot be used.
        """
        text = self.currentText()
        if not text.strip() and self._optional:
            return None
        index = self.currentIndex()
        if index >= 0 and self.itemText(index) == text:
            return int(self.itemData(index))
        return parse_estimate(text)


__all__ = ["EstimateError", "EstimateField", "EstimateProblem"]
