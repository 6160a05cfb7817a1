"""What the realism meter says about a day's list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from trustplanner.domain.realism import Realism, Verdict
from trustplanner.words.numbers import minutes_text, ratio_text

translate = QCoreApplication.translate


def realism_text(realism: Realism) -> str:
    """The meter's verdict as a plain sentence."""
    verdict = realism.verdict
    if verdict is Verdict.NOTHING_PLANNED:
        text = translate("texts", "Nothing planned yet. Paste your list, or add one thing below.")
    elif verdict is Verdict.NO_TIME_SET:
        text = translate(
            "texts",
            "You have set no time for this day, so everything here is extra. "
            "Move it to another day, or give this day some time.",
        )
    elif verdict is Verdict.ROOM_TO_SPARE:
        text = translate("texts", "This fits in your day, with room to spare.")
    elif verdict is Verdict.JUST_FITS:
        text = translate(
            "texts", "This just fits in your day. Leave a little room for the unexpected."
        )
    elif verdict is Verdict.A_BIT_OVER:
        text = translate(
            "texts",
            "This list is about %1 more than fits in your day: choose what to keep, split or move.",
        ).replace("%1", minutes_text(realism.over))
    else:
        text = translate(
            "texts",
            "This list is about %1 times what fits in your day: "
            "choose what to keep, split or move.",
        ).replace("%1", ratio_text(realism.ratio))
    if realism.unestimated:
        count = realism.unestimated  # a plain name: pyside6-lupdate misses a count otherwise
        text += " " + translate("texts", "Still without an estimate: %n item(s).", "", count)
    return text


def load_text(realism: Realism) -> str:
    """ "2 h 30 min planned of 4 h", or "4 h available" before anything is planned."""
    return planned_of(realism.planned, realism.capacity)


def planned_of(planned: int, capacity: int) -> str:
    """The same, from the minutes."""
    if planned == 0:
        return translate("texts", "%1 available").replace("%1", minutes_text(capacity))
    return (
        translate("texts", "%1 planned of %2")
        .replace("%1", minutes_text(planned))
        .replace("%2", minutes_text(capacity))
    )


def day_load_text(holds: int, capacity: int, kept_of_ten: int | None = None) -> str:
    """Where something moved lands: what that day then holds against its time, how much
    the person kept on days as full where that is known, and a kind word when it is
    more than the day has."""
    text = (
        translate("texts", "That day then holds %1 of the %2 it has.")
        .replace("%1", minutes_text(holds))
        .replace("%2", minutes_text(capacity))
    )
    if kept_of_ten is not None and holds > 0:
        text += " " + (
            translate("texts", "On days planned as full as that, you kept nearly all of it.")
            if kept_of_ten >= 10
            else translate(
                "texts", "On days planned as full as that, you kept about %1 of every 10 things."
            ).replace("%1", str(kept_of_ten))
        )
    if holds > capacity:
        text += " " + translate(
            "texts",
            "That is more than the day has: another day with more room may suit you better.",
        )
    return text
