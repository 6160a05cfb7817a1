"""What the fear log and ladders say about a fear: a module of its own, so that the
window's first page does not load the rules of fears."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from trustplanner.domain.fears import MAX_TAG_LENGTH, MAX_TAGS, FearOutcome, FearProblem

translate = QCoreApplication.translate


def fear_problem_text(problem: FearProblem) -> str:
    """What to tell the person at a field of a fear entry that cannot be saved."""
    if problem is FearProblem.EMPTY:
        return translate("texts", "Please fill this in.")
    if problem is FearProblem.TOO_LONG:
        return translate("texts", "This is longer than fits here. Please shorten it a little.")
    if problem in (FearProblem.OUT_OF_RANGE, FearProblem.NOT_A_NUMBER):
        return translate("texts", "Use a whole number from 0 to 100.")
    if problem is FearProblem.TOO_MANY_TAGS:
        return translate("texts", "Use at most %1 tags.").replace("%1", str(MAX_TAGS))
    return translate("texts", "Keep each tag under %1 characters.").replace(
        "%1", str(MAX_TAG_LENGTH)
    )


def outcome_text(outcome: FearOutcome) -> str:
    """Did what was feared happen: "Yes", "Partly", "No"."""
    return {
        FearOutcome.HAPPENED: translate("texts", "Yes"),
        FearOutcome.PARTLY: translate("texts", "Partly"),
        FearOutcome.NOT: translate("texts", "No"),
    }[outcome]
