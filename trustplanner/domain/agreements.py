"""Items on a plan, the agreements made of them, and how an agreement ends."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from typing import NamedTuple

from trustplanner.domain.endings import Ending
from trustplanner.domain.text import clean_text, is_blank

MAX_NOTE_LENGTH = 2000


class ItemState(enum.Enum):
    PLANNED = "planned"  # on the plan for its day, not yet agreed
    AGREED = "agreed"  # made into an agreement
    LET_GO = "let_go"  # taken off the plan on purpose
    SPLIT = "split"  # replaced by its steps


class Outcome(enum.Enum):
    KEPT = "kept"
    RENEGOTIATED = "renegotiated"
    DIDNT_HAPPEN = "didnt_happen"


# A named tuple, not a dataclass: a plan is read again after every change, and a plan
# that was never tidied may hold thousands of items; a tuple is made fastest.
class Item(NamedTuple):
    id: int
    title: str
    minutes: int | None
    day: dt.date
    state: ItemState
    parent_id: int | None = None
    position: float = 0.0
    note: str | None = None
    person: str | None = None  # who it is for or with: a promise to someone
    promise_time: str | None = None  # "19:00": when it was promised, if said


@dataclass(frozen=True)
class Agreement:
    id: int
    item_id: int | None
    title: str
    minutes: int
    day: dt.date
    made_at: dt.datetime
    outcome: Outcome | None = None
    late: bool = False
    ended_at: dt.datetime | None = None
    note: str | None = None
    renegotiated_from: int | None = None
    step_id: int | None = None  # the fear ladder step this agreement was planned from
    took_minutes: int | None = None  # how long a kept one took, if the person said
    lead: int | None = None  # how early a renegotiation was said (AHEAD, ON_THE_DAY, ...)
    person: str | None = None  # who it is for or with: a promise to someone
    promise_time: str | None = None  # "19:00": when it was promised, if said
    told_at: dt.datetime | None = None  # when the person told them it would not happen
    repair: frozenset[str] = frozenset()  # repair steps noted: see domain.promises
    repair_of: int | None = None  # the agreement this one was made to repair
    reminded_at: dt.datetime | None = None  # when the tray recalled this promise

    @property
    def is_promise(self) -> bool:
        return self.person is not None

    @property
    def is_open(self) -> bool:
        return self.outcome is None

    @property
    def ending(self) -> Ending | None:
        if self.outcome is None:
            return None
        if self.outcome is Outcome.RENEGOTIATED:
            return Ending.RENEGOTIATED_LATE if self.late else Ending.RENEGOTIATED_HONESTLY
        return Ending(self.outcome.value)


def renegotiation_is_late(day: dt.date, now: dt.datetime) -> bool:
    """A renegotiation is honest while its day is not over yet, and late afterwards."""
    return now.date() > day


# How early a change was said (the `lead` of an ending): a day or more ahead, on the
# day itself, or afterwards. Endings recorded before leads were kept have none.
AFTERWARDS, ON_THE_DAY, AHEAD = 0, 1, 2


def lead(day: dt.date, now: dt.datetime) -> int:
    """How early saying it at `now` is, for an agreement (or a promise) on `day`."""
    today = now.date()
    return AHEAD if today < day else ON_THE_DAY if today == day else AFTERWARDS


class RenegotiationProblem(enum.Enum):
    NO_REASON = "no_reason"
    NOTE_TOO_LONG = "note_too_long"
    DAY_IN_PAST = "day_in_past"
    NOT_SMALLER = "not_smaller"


def check_renegotiation(
    agreement: Agreement, new_day: dt.date, new_minutes: int, reason: str, today: dt.date
) -> RenegotiationProblem | None:
    """Say what is wrong with a renegotiation, or None when it can be made.

    The new agreement is on a later day, or smaller on the same day; never on
    a day that is already over.
    """
    if not reason.strip():
        return RenegotiationProblem.NO_REASON
    if len(reason.strip()) > MAX_NOTE_LENGTH:
        return RenegotiationProblem.NOTE_TOO_LONG
    if new_day < today or new_day < agreement.day:
        return RenegotiationProblem.DAY_IN_PAST
    if new_day == agreement.day and new_minutes >= agreement.minutes:
        return RenegotiationProblem.NOT_SMALLER
    return None


def clean_note(text: str | None) -> str | None:
    """An optional note or reason as stored: None when empty; raises ValueError when too long."""
    if text is None:
        return None
    note = clean_text(text, lines=True).strip()
    if is_blank(note):
        return None
    if len(note) > MAX_NOTE_LENGTH:
        raise ValueError(f"note longer than {MAX_NOTE_LENGTH} characters")
    return note


def smaller_version(minutes: int) -> int:
    """The size proposed for a smaller version of an agreement that didn't happen: about
    half, in steps of five minutes, never under five (and a five-minute one stays so)."""
    if minutes <= 5:
        return minutes
    return max(5, minutes // 2 // 5 * 5)
