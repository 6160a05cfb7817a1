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


def kept_words(turn: int) -> str:
    """A short, kind word after marking agreements kept; `turn` picks one of a few, so
    that it stays fresh without counting anything that could be lost."""
    words = (
        translate("texts", "Kept. One more time you did what you said."),
        translate("texts", "Kept. This is how trust in yourself grows."),
        translate("texts", "Kept. You said it, and you did it."),
        translate("texts", "Kept. A promise to yourself, kept."),
    )
    return words[turn % len(words)]


def didnt_happen_words(turn: int) -> str:
    """After "didn't happen": an equally kind word; saying it honestly counts too."""
    words = (
        translate("texts", "Noted. Thank you for being honest with yourself."),
        translate("texts", "Noted. Saying so honestly is part of keeping your word."),
        translate("texts", "Noted. Some days go differently, and that is all right."),
    )
    return words[turn % len(words)]
