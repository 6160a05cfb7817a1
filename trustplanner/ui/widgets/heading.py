"""A page's heading: where the person is, in larger, bold type that grows with theirs."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

SCALE = 1.3  # of the window's type


def heading(text: str = "") -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * SCALE)
    font.setBold(True)
    label.setFont(font)
    return label
