"""The export format, version 1: every kind of record and what each field may hold.

docs/export-format.md describes the same for people; a test keeps the two in step.
The limits are the store's own, so that whatever passes here can be written.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

FORMAT = "trustplanner-export"
VERSION = 1
TEXT = 500
LONG_TEXT = 2000
MAX_TAGS, MAX_TAG = 10, 40


@dataclass(frozen=True)
class Field:
    name: str
    # "id", "text", "int", "real", "bool", "day", "time", "choice", "ref", "tags", or "key"
    # (a text that names its record, as the id of a nudge does).
    kind: str
    required: bool = True
    low: int = 0
    high: int = 0  # the longest text, or the highest number
    choices: tuple[str, ...] = ()
    refers_to: str = ""


def _id() -> Field:
    return Field("id", "id")


def _text(name: str, longest: int = TEXT, *, required: bool = True) -> Field:
    return Field(name, "text", required, low=1 if required else 0, high=longest)


def _note(name: str) -> Field:
    return Field(name, "text", False, high=LONG_TEXT)


def _number(name: str, low: int, high: int, *, required: bool = True) -> Field:
    return Field(name, "int", required, low=low, high=high)


def _rating(name: str, *, required: bool = False) -> Field:
    return _number(name, 0, 100, required=required)


def _person(name: str) -> Field:
    # A name of someone: at most 80 characters, no control characters (refused, not
    # cleaned: a name with an escape in it is not a name someone typed).
    return Field(name, "name", False, high=80)


def _clock(name: str) -> Field:
    return Field(name, "clock", False)  # a time of day, "HH:MM"


def _flag(name: str) -> Field:
    return Field(name, "bool", False)  # files from before it leave it out: false


def _ref(name: str, kind: str, *, required: bool = False) -> Field:
    return Field(name, "ref", required, refers_to=kind)


# In the order they are written: every record refers only to kinds above it.
KINDS: dict[str, tuple[Field, ...]] = {
    "ladders": (_id(), _text("theme"), Field("created_at", "time")),
    "ladder_steps": (
        _id(),
        _ref("ladder_id", "ladders", required=True),
        _text("description"),
        _rating("expected_anxiety", required=True),
        Field("position", "real"),
    ),
    "items": (
        _id(),
        _text("title"),
        _number("minutes", 1, 720, required=False),
        Field("day", "day"),
        Field("state", "choice", choices=("planned", "agreed", "let_go", "split")),
        _ref("parent_id", "items"),
        Field("position", "real"),
        _note("note"),
        Field("created_at", "time"),
        Field("someday", "bool", False),  # waits for some day; files before it leave it out
        _person("person"),
        _clock("promise_time"),
    ),
    "agreements": (
        _id(),
        _ref("item_id", "items"),
        _text("title"),
        _number("minutes", 1, 720),
        Field("day", "day"),
        Field("made_at", "time"),
        Field("outcome", "choice", False, choices=("kept", "renegotiated", "didnt_happen")),
        Field("late", "bool"),
        Field("ended_at", "time", False),
        _note("note"),
        _ref("renegotiated_from", "agreements"),
        _ref("step_id", "ladder_steps"),
        _number("took_minutes", 1, 1440, required=False),
        # How early a renegotiation was said; files from before leave it out.
        _number("lead", 0, 2, required=False),
        _person("person"),
        _clock("promise_time"),
        Field("told_at", "time", False),
        _flag("repair_acknowledged"),
        _flag("repair_sorry"),
        _flag("repair_room"),
        _ref("repair_of", "agreements"),
        Field("reminded_at", "time", False),
    ),
    "events": (
        _id(),
        Field("at", "time"),
        Field("kind", "choice", choices=("moved", "let_go", "split")),
        _ref("item_id", "items", required=True),
        Field("from_day", "day"),
        Field("to_day", "day", False),
        _note("note"),
    ),
    "fears": (
        _id(),
        Field("day", "day"),
        _text("situation"),
        _rating("anxiety_before", required=True),
        _rating("anxiety_after", required=True),
        Field("outcome", "choice", choices=("happened", "partly", "not")),
        _note("feared"),
        _rating("belief_before"),
        _rating("expected_anxiety"),
        _rating("peak_anxiety"),
        _note("what_happened"),
        _rating("belief_after"),
        _note("learned"),
        Field("tags", "tags"),
        _ref("step_id", "ladder_steps"),
        _ref("agreement_id", "agreements"),
        Field("created_at", "time"),
        _flag("said_no"),
        _person("asked_by"),
    ),
    "day_capacity": (Field("day", "day"), _number("minutes", 0, 1440)),
    "nudges": (
        Field("id", "key", high=40),
        Field("day", "day"),
        Field("kind", "choice", choices=("morning", "evening", "pause")),
        Field("shown_at", "time", False),
        Field("snoozed_until", "time", False),
        Field("closed", "bool"),
    ),
}

# Kinds whose records are known by a key of their own rather than by a number.
KEYED = {"day_capacity": "day", "nudges": "id"}
NUMBERED = tuple(kind for kind in KINDS if kind not in KEYED)

# Where an imported record first came from: record `id` of `kind` in this file is
# record `source_id` of the store `source`. A record that goes from store A to B
# and back is known again by it.
ORIGINS = "origins"
ORIGIN_FIELDS: tuple[Field, ...] = (
    Field("kind", "choice", choices=NUMBERED),
    _ref("id", "", required=True),
    Field("source", "key", high=100),
    _ref("source_id", "", required=True),
)


def to_file(field: Field, value: Any) -> Any:
    """A stored value as the file holds it."""
    if value is None:
        return None
    if field.kind == "bool":
        return bool(value)
    if field.kind == "tags":
        return json.loads(value)
    return value


def to_store(field: Field, value: Any) -> Any:
    """A checked value from the file as the store holds it (a yes or no left out: no)."""
    if value is None:
        return 0 if field.kind == "bool" else None
    if field.kind == "bool":
        return int(value)
    if field.kind == "tags":
        return json.dumps(value, ensure_ascii=False)
    if field.kind == "real":
        return float(value)
    if field.kind == "name":
        from trustplanner.domain.promises import clean_name

        return clean_name(value)
    if field.kind == "text":
        from trustplanner.domain.text import clean_text

        # Kept as typed text is: no controls, no direction overrides (domain.text).
        return clean_text(value, lines=True)
    return value


def is_day(text: str) -> bool:
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        return False
    from trustplanner.domain.limits import FIRST_DAY, LAST_DAY

    return day.isoformat() == text and FIRST_DAY <= day <= LAST_DAY


def is_time(text: str) -> bool:
    try:
        dt.datetime.fromisoformat(text)
    except ValueError:
        return False
    return True
