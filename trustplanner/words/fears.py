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
    if problem is FearProblem.NOT_A_NAME:
        return translate(
            "texts", "This holds a character that is not part of a name (pasted along, perhaps)."
        )
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


def nervous_and_did_it() -> str:
    """For when anxiety rose or stayed high: it need not fall first."""
    return translate(
        "texts", "Feeling nervous and doing it anyway is exactly how confidence grows."
    )


def fears_learned_text(faced: int, happened: int, partly: int) -> str:
    """What facing fears taught, first: how often what was feared happened."""
    if not happened and not partly:
        return translate(
            "texts", "You faced %n fear(s), and what you feared did not happen.", "", faced
        )
    if not partly:
        text = translate(
            "texts", "You faced %n fear(s). What you feared happened in %1 of them.", "", faced
        )
    elif not happened:
        text = translate(
            "texts",
            "You faced %n fear(s). What you feared partly happened in %2 of them.",
            "",
            faced,
        )
    else:
        text = translate(
            "texts",
            "You faced %n fear(s). What you feared happened in %1 of them, and partly in %2.",
            "",
            faced,
        )
    return text.replace("%1", str(happened)).replace("%2", str(partly))


def anxiety_as_it_was_text(before: float, after: float) -> str:
    """The anxiety as it was, on average; with a kind word when it rose or stayed high."""
    from trustplanner.domain.fears import still_anxious
    from trustplanner.words.numbers import number_text

    text = (
        translate("texts", "Your anxiety was %1 on average just before, and %2 afterwards.")
        .replace("%1", number_text(before, 0))
        .replace("%2", number_text(after, 0))
    )
    if still_anxious(before, after):
        text += " " + nervous_and_did_it()
    return text
