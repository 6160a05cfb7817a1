"""Promises to other people: who a promise is for or with, its time, and repair.

A name is a short text, the person's own word for someone. Names are personal data
about someone else: they are kept in the data file only, never written to the log,
and left out of a printed report when the person asks.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass

from trustplanner.domain.text import clean_text, is_blank

MAX_NAME_LENGTH = 80


class NameProblem(enum.Enum):
    TOO_LONG = "too_long"
    CONTROL = "control"  # a control character: something pasted that is not a name


class PersonNameError(ValueError):
    """A name that cannot be saved; the person is told why at the field."""

    def __init__(self, problem: NameProblem, length: int = 0):
        super().__init__(problem.value)
        self.problem = problem
        self.length = length


def clean_name(text: str | None) -> str | None:
    """The name as it will be stored, or None for no one (nothing, or only spaces)."""
    if text is None:
        return None
    stripped = text.strip()
    if clean_text(stripped) != stripped:
        raise PersonNameError(NameProblem.CONTROL)
    if is_blank(stripped):
        return None
    if len(stripped) > MAX_NAME_LENGTH:
        raise PersonNameError(NameProblem.TOO_LONG, len(stripped))
    return stripped


class PromiseTimeError(ValueError):
    """A time that is not a time of day ("25:00", "soon")."""


_TIME = re.compile(r"(\d{1,2})(?:[:.](\d{2}))?")


def parse_promise_time(text: str | None) -> str | None:
    """ "19:00", "7.30" or "19" as "HH:MM"; nothing typed is no time."""
    if text is None or not text.strip():
        return None
    found = _TIME.fullmatch(text.strip())
    if found is None:
        raise PromiseTimeError(text)
    hours, minutes = int(found[1]), int(found[2] or 0)
    if hours > 23 or minutes > 59:
        raise PromiseTimeError(text)
    return f"{hours:02}:{minutes:02}"


def reminder_due(
    day: dt.date, promise_time: str | None, now: dt.datetime, evening: dt.time
) -> bool:
    """Whether an open promise may be recalled now: from the evening nudge's time on the
    day before until its own time (or the end of its day). Local wall-clock times, as
    the nudges compare them."""
    local = now.replace(tzinfo=None)
    start = dt.datetime.combine(day - dt.timedelta(days=1), evening)
    if promise_time is None:
        end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time())
    else:
        hours, minutes = (int(part) for part in promise_time.split(":"))
        end = dt.datetime.combine(day, dt.time(hours, minutes))
    return start <= local < end


# The repair steps a person may note after a promise that did not happen, in the
# order trust is usually repaired. None is a duty, and none is scored.
ACKNOWLEDGED, SORRY, ROOM = "acknowledged", "sorry", "room"
REPAIR_STEPS = (ACKNOWLEDGED, SORRY, ROOM)


# Told within this many hours of a promise's time (or after it): the last moment. The
# person may choose another number in Settings.
LAST_MOMENT_HOURS = 4
LAST_MOMENT_RANGE = (1, 48)


def told_lead(
    day: dt.date,
    promise_time: str | None,
    told_at: dt.datetime,
    hours: int = LAST_MOMENT_HOURS,
) -> int:
    """How early the other was told that a promise would not happen: a day or more
    ahead (AHEAD), on the day at least `hours` before its time (ON_THE_DAY), or at the
    last moment or after (AFTERWARDS). Without a time, the whole day counts as room."""
    from trustplanner.domain.agreements import AFTERWARDS, AHEAD, ON_THE_DAY

    if told_at.date() < day:
        return AHEAD
    if told_at.date() > day:
        return AFTERWARDS
    if promise_time is None:
        return ON_THE_DAY
    hour, minute = (int(part) for part in promise_time.split(":"))
    starts = dt.datetime.combine(day, dt.time(hour, minute), tzinfo=told_at.tzinfo)
    return ON_THE_DAY if starts - told_at >= dt.timedelta(hours=hours) else AFTERWARDS


@dataclass(frozen=True)
class PromiseLine:
    """One promise to someone in a span of days, as the report and Progress count it."""

    day: dt.date
    person: str
    outcome: str | None  # "kept", "renegotiated", "didnt_happen", or None while open
    told_early: bool  # told before its day (or renegotiated before it)
    told: bool
    repaired: bool


@dataclass(frozen=True)
class PromiseTally:
    """The promises to one person (or to everyone, `person` None) in a span of days."""

    person: str | None
    promises: int
    kept: int
    not_kept: int  # renegotiated or didn't happen
    told_early: int  # of those not kept
    told: int  # of those not kept, early or not
    repaired: int


def tally_promises(lines: list[PromiseLine]) -> list[PromiseTally]:
    """Per person, those with the most promises first; and a last line for everyone."""
    people: dict[str, list[PromiseLine]] = {}
    for line in lines:
        people.setdefault(line.person, []).append(line)
    order = sorted(people, key=lambda person: (-len(people[person]), person.casefold()))
    tallies = [_tally(person, people[person]) for person in order]
    if tallies:
        tallies.append(_tally(None, lines))
    return tallies


def _tally(person: str | None, lines: list[PromiseLine]) -> PromiseTally:
    not_kept = [line for line in lines if line.outcome in ("renegotiated", "didnt_happen")]
    return PromiseTally(
        person,
        len(lines),
        sum(line.outcome == "kept" for line in lines),
        len(not_kept),
        sum(line.told_early for line in not_kept),
        sum(line.told for line in not_kept),
        sum(line.repaired for line in not_kept),
    )
