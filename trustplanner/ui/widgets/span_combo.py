"""The choice of a stretch of days, worded the same on every page that offers it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from trustplanner.domain.progress import Span

translate = QCoreApplication.translate


def span_text(span: Span) -> str:
    return {
        Span.ALL: translate("spans", "All"),
        Span.FOUR_WEEKS: translate("spans", "Last 4 weeks"),
        Span.THREE_MONTHS: translate("spans", "Last 3 months"),
        Span.YEAR: translate("spans", "Last year"),
        Span.CUSTOM: translate("spans", "Choose dates…"),
    }[span]


def span_combo(spans: Sequence[Span]) -> QComboBox:
    """A list of `spans` in this order, each carrying its Span as its data."""
    combo = QComboBox()
    combo.setAccessibleName(translate("spans", "Period"))
    for span in spans:
        combo.addItem(span_text(span), span)
    return combo
