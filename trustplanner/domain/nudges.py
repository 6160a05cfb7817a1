"""When to nudge: a morning nudge to choose today's agreements, an evening one to look back.

The rules follow the wall clock, not a timer: whoever asks passes the local time
and what the store remembers about today's nudges. Only today's nudges can ever
be due, so one missed yesterday is never shown, and once shown a nudge is not
shown again that day unless it was snoozed. Times are compared as local wall-clock
times, so daylight-saving changes and a clock set back or forward need no special
case: a nudge is due once its time has been reached on its own day.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from trustplanner.domain.limits import ALL_WEEKDAYS


class Nudge(enum.Enum):
    MORNING = "morning"  # choose today's agreements
    EVENING = "evening"  # did you do what you said?


class Snooze(enum.Enum):
    QUARTER = 15
    HOUR = 60
    TOMORROW = 0


@dataclass(frozen=True)
class NudgeTimes:
    """The person's choices: when each nudge comes, whether it comes, on which weekdays."""

    morning: dt.time = dt.time(8, 30)
    evening: dt.time = dt.time(20, 0)
    morning_on: bool = True
    evening_on: bool = True
    weekdays: tuple[int, ...] = ALL_WEEKDAYS

    def time_of(self, nudge: Nudge) -> dt.time:
        return self.morning if nudge is Nudge.MORNING else self.evening

    def is_on(self, nudge: Nudge) -> bool:
        return self.morning_on if nudge is Nudge.MORNING else self.evening_on


@dataclass(frozen=True)
class NudgeState:
    """What the store remembers about one nudge on one day."""

    shown_at: dt.datetime | None = None
    snoozed_until: dt.datetime | None = None
    closed: bool = False  # opened, dismissed until tomorrow, or its job got done


@dataclass(frozen=True)
class Today:
    """Everything about today that decides the nudges."""

    day: dt.date
    paused: bool
    plan_committed: bool  # the morning nudge's job: there are agreements for today
    review_complete: bool  # the evening nudge's job: nothing agreed for today is still open
    states: dict[Nudge, NudgeState]


def job_done(nudge: Nudge, today: Today) -> bool:
    return today.plan_committed if nudge is Nudge.MORNING else today.review_complete


def _time_reached(nudge: Nudge, now: dt.datetime, times: NudgeTimes) -> bool:
    return now.time().replace(tzinfo=None) >= times.time_of(nudge)


def due(now: dt.datetime, times: NudgeTimes, today: Today) -> Nudge | None:
    """The nudge to show now, or None. `now` is local wall-clock time."""
    if now.date() != today.day or today.paused or now.weekday() not in times.weekdays:
        return None
    evening_reached = _time_reached(Nudge.EVENING, now, times)
    for nudge in (Nudge.EVENING, Nudge.MORNING):
        if nudge is Nudge.MORNING and evening_reached and times.evening_on:
            continue  # the evening has come: choosing the day's agreements is past
        if not times.is_on(nudge) or not _time_reached(nudge, now, times):
            continue
        if job_done(nudge, today):
            continue
        state = today.states.get(nudge, NudgeState())
        if state.closed:
            continue
        if state.shown_at is None:
            return nudge
        if (
            state.snoozed_until is not None
            and now >= state.snoozed_until
            and (state.shown_at < state.snoozed_until)
        ):
            return nudge
    return None


def waiting(now: dt.datetime, today: Today) -> Nudge | None:
    """A nudge that was shown and still waits for the person (not snoozed, closed or done)."""
    if now.date() != today.day:
        return None
    for nudge in (Nudge.EVENING, Nudge.MORNING):
        state = today.states.get(nudge, NudgeState())
        if state.shown_at is None or state.closed or job_done(nudge, today):
            continue
        if state.snoozed_until is not None and state.snoozed_until > state.shown_at:
            continue
        return nudge
    return None


def snoozed(state: NudgeState, now: dt.datetime, choice: Snooze) -> NudgeState:
    """The state after a snooze: again in 15 minutes or an hour, or closed until tomorrow."""
    if choice is Snooze.TOMORROW:
        return NudgeState(state.shown_at, state.snoozed_until, closed=True)
    return NudgeState(state.shown_at, now + dt.timedelta(minutes=choice.value), state.closed)
