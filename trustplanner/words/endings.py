"""The word for how an agreement stands: open, or how it ended."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from trustplanner.domain.endings import Ending

translate = QCoreApplication.translate


def ending_text(ending: Ending | None) -> str:
    if ending is None:
        return translate("texts", "Open")
    return {
        Ending.KEPT: translate("texts", "Kept"),
        Ending.RENEGOTIATED_HONESTLY: translate("texts", "Renegotiated"),
        Ending.RENEGOTIATED_LATE: translate("texts", "Renegotiated afterwards"),
        Ending.DIDNT_HAPPEN: translate("texts", "Didn't happen"),
    }[ending]
