"""What to tell the person at a field whose input cannot be used: kind, and
saying what would work."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from trustplanner.domain.agreements import MAX_NOTE_LENGTH, RenegotiationProblem
from trustplanner.domain.durations import MAX_ESTIMATE_MINUTES, EstimateProblem
from trustplanner.domain.promises import MAX_NAME_LENGTH, NameProblem
from trustplanner.domain.titles import MAX_TITLE_LENGTH, TitleProblem
from trustplanner.words.numbers import minutes_text

translate = QCoreApplication.translate


def estimate_problem_text(problem: EstimateProblem) -> str:
    if problem is EstimateProblem.EMPTY:
        return translate("texts", "Choose or type how long it will take.")
    if problem is EstimateProblem.NOT_POSITIVE:
        return translate("texts", "An estimate needs to be more than 0 minutes.")
    if problem is EstimateProblem.TOO_LONG:
        return translate(
            "texts",
            "That is more than %1. Make it smaller, or split it over several days.",
        ).replace("%1", minutes_text(MAX_ESTIMATE_MINUTES))
    return translate("texts", "Type a time such as 20, 45 min, 1h30 or 1.5 h.")


def took_problem_text(problem: EstimateProblem) -> str:
    """Why what an agreement took cannot be used, at the field; skipping is always fine."""
    if problem is EstimateProblem.EMPTY:
        return translate("texts", "Type how long it took, or choose Skip.")
    if problem is EstimateProblem.NOT_POSITIVE:
        return translate("texts", "Type a time of at least 1 minute, or choose Skip.")
    if problem is EstimateProblem.TOO_LONG:
        return translate(
            "texts", "That is more than a day. Type the time for this agreement alone."
        )
    return translate("texts", "Type a time such as 20, 45 min, 1h30 or 1.5 h.")


def title_problem_text(problem: TitleProblem, length: int = 0, empty: str | None = None) -> str:
    """Why a title cannot be used; `empty` replaces the words for an empty one."""
    if problem is TitleProblem.EMPTY:
        return empty or translate("texts", "Write what you want to do.")
    return (
        translate(
            "texts",
            "This is %1 characters long; the limit is %2. "
            "Shorten it, or put part of it in a second item.",
        )
        .replace("%1", str(length))
        .replace("%2", str(MAX_TITLE_LENGTH))
    )


def renegotiation_problem_text(problem: RenegotiationProblem) -> str:
    return {
        RenegotiationProblem.NO_REASON: translate(
            "texts", "Write a short reason, for yourself: what changed?"
        ),
        RenegotiationProblem.NOTE_TOO_LONG: note_too_long_text(),
        RenegotiationProblem.DAY_IN_PAST: translate(
            "texts", "Choose today or a later day: a day that is over cannot hold a new agreement."
        ),
        RenegotiationProblem.NOT_SMALLER: translate(
            "texts", "On the same day, the new agreement needs to be smaller than the old one."
        ),
    }[problem]


def note_too_long_text() -> str:
    return translate("texts", "Please keep this under %1 characters.").replace(
        "%1", str(MAX_NOTE_LENGTH)
    )


def name_problem_text(problem: NameProblem, length: int = 0) -> str:
    """Why a name cannot be kept, at the field."""
    if problem is NameProblem.TOO_LONG:
        return (
            translate(
                "texts", "This name is %1 characters long; the limit is %2. A first name is enough."
            )
            .replace("%1", str(length))
            .replace("%2", str(MAX_NAME_LENGTH))
        )
    return translate(
        "texts", "This holds a character that is not part of a name (pasted along, perhaps)."
    )


def promise_time_problem_text() -> str:
    return translate("texts", "Type a time of day such as 19:00 or 7.30, or leave it empty.")
