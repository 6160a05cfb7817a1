"""Durations and numbers as people read them, in the locale's way."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

translate = QCoreApplication.translate


def minutes_text(minutes: int) -> str:
    """ "45 min", "2 h", "1 h 30 min"."""
    hours, rest = divmod(minutes, 60)
    if hours == 0:
        return translate("texts", "%1 min").replace("%1", str(rest))
    if rest == 0:
        return translate("texts", "%1 h").replace("%1", str(hours))
    return translate("texts", "%1 h %2 min").replace("%1", str(hours)).replace("%2", str(rest))


def ratio_text(ratio: float) -> str:
    return QLocale().toString(ratio, "f", 1)


def number_text(value: float, decimals: int = 1) -> str:
    """A number as people read it, in the locale's way ("63.4", "63,4")."""
    return QLocale().toString(value, "f", decimals)


def signed_number_text(value: float) -> str:
    """A change with its sign: "+2.1", "−0.8", "±0.0"."""
    rounded = round(value, 1)
    if rounded > 0:
        return "+" + number_text(rounded)
    if rounded < 0:
        return "−" + number_text(-rounded)
    return "±" + number_text(0.0)
