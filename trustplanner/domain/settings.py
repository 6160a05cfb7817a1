"""Every setting the person can change, with its default and its allowed range."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields, replace
from typing import TYPE_CHECKING, Any

from trustplanner.domain.limits import (
    ALL_WEEKDAYS,
    APPEARANCES,
    DEFAULT_MASTERY_ANXIETY,
    DEFAULT_MASTERY_EXPOSURES,
    LANGUAGES,
    RATING_RANGE,
)
from trustplanner.domain.trust_index import (
    DEFAULT_HALF_LIFE_DAYS,
    HALF_LIFE_RANGE,
    at_least_the_shortest_half_life,
)

if TYPE_CHECKING:
    from trustplanner.domain.nudges import NudgeTimes

DEFAULT_CAPACITY = (240, 240, 240, 240, 240, 120, 120)  # Monday first, in minutes
MAX_CAPACITY_MINUTES = 24 * 60
STEP_SIZE_RANGE = (5, 240)
MASTERY_EXPOSURES_MAX = 20


@dataclass(frozen=True)
class Settings:
    """The person's settings; stored in the store so that they travel with backups and exports."""

    capacity_minutes: tuple[int, ...] = field(default=DEFAULT_CAPACITY)
    max_step_minutes: int = 30
    half_life_days: int = DEFAULT_HALF_LIFE_DAYS
    mastery_exposures: int = DEFAULT_MASTERY_EXPOSURES
    mastery_anxiety: int = DEFAULT_MASTERY_ANXIETY
    morning_nudge: str = "08:30"
    evening_nudge: str = "20:00"
    morning_nudge_on: bool = True
    evening_nudge_on: bool = True
    nudge_weekdays: tuple[int, ...] = ALL_WEEKDAYS
    close_to_tray: bool = True  # closing the window keeps the tray icon and its nudges
    start_at_login: bool | None = None  # None until the person has been asked
    language: str | None = None  # None: the language of the computer
    appearance: str | None = None  # "light" or "dark"; None: as the computer is set
    learning_on: bool = True  # the realism meter learns from the person's own history
    learn_from: str | None = None  # ISO day learning starts from; None: all of history
    half_life_raised_from: int | None = None  # a half-life under the least, raised to it
    first_day: str | None = None  # ISO day of the first start: no reminders, no questions
    welcomed: bool = False  # the welcome was answered (or the folder already had a history)
    mastery_rule_told: bool = False  # the December 2026 rule for "mastered" was checked
    smaller_offered_on: str | None = None  # ISO day a smaller version was last offered
    promise_reminders_on: bool = True  # a quiet reminder the evening before a promise
    last_moment_hours: int = 4  # told fewer hours before a promise's time: the last moment

    def __post_init__(self) -> None:
        if len(self.capacity_minutes) != 7:
            raise ValueError("capacity_minutes needs one value per weekday")
        numbers = (
            *self.capacity_minutes,
            self.max_step_minutes,
            self.half_life_days,
            self.mastery_exposures,
            self.mastery_anxiety,
            self.last_moment_hours,
        )
        for number in numbers:
            if not isinstance(number, int) or isinstance(number, bool):
                raise TypeError(f"settings hold whole numbers: {number!r}")
        for minutes in self.capacity_minutes:
            if not 0 <= minutes <= MAX_CAPACITY_MINUTES:
                raise ValueError(f"capacity out of range: {minutes}")
        low, high = STEP_SIZE_RANGE
        if not low <= self.max_step_minutes <= high:
            raise ValueError(f"step size out of range: {self.max_step_minutes}")
        low, high = HALF_LIFE_RANGE
        if not low <= self.half_life_days <= high:
            raise ValueError(f"half-life out of range: {self.half_life_days}")
        if not 1 <= self.mastery_exposures <= MASTERY_EXPOSURES_MAX:
            raise ValueError(f"exposures out of range: {self.mastery_exposures}")
        low, high = RATING_RANGE
        if not low <= self.mastery_anxiety <= high:
            raise ValueError(f"anxiety out of range: {self.mastery_anxiety}")
        if not 1 <= self.last_moment_hours <= 48:
            raise ValueError(f"hours out of range: {self.last_moment_hours}")
        read_time(self.morning_nudge)
        read_time(self.evening_nudge)
        for flag in (
            self.morning_nudge_on,
            self.evening_nudge_on,
            self.close_to_tray,
            self.learning_on,
            self.welcomed,
            self.mastery_rule_told,
            self.promise_reminders_on,
        ):
            if not isinstance(flag, bool):
                raise TypeError(f"not a yes or no: {flag!r}")
        if self.start_at_login is not None and not isinstance(self.start_at_login, bool):
            raise TypeError(f"not a yes or no: {self.start_at_login!r}")
        if self.language is not None and self.language not in LANGUAGES:
            raise ValueError(f"not a language Trust Planner speaks: {self.language!r}")
        if self.appearance is not None and self.appearance not in APPEARANCES:
            raise ValueError(f"not a look Trust Planner has: {self.appearance!r}")
        for day in (self.learn_from, self.first_day, self.smaller_offered_on):
            if day is not None:
                dt.date.fromisoformat(day)  # a ValueError, or a TypeError, if not a day
        if not set(self.nudge_weekdays) <= set(ALL_WEEKDAYS) or any(
            isinstance(day, bool) or not isinstance(day, int) for day in self.nudge_weekdays
        ):
            raise ValueError(f"weekdays out of range: {self.nudge_weekdays}")

    @property
    def nudge_times(self) -> NudgeTimes:
        from trustplanner.domain.nudges import NudgeTimes

        return NudgeTimes(
            morning=read_time(self.morning_nudge),
            evening=read_time(self.evening_nudge),
            morning_on=self.morning_nudge_on,
            evening_on=self.evening_nudge_on,
            weekdays=tuple(sorted(set(self.nudge_weekdays))),
        )

    def is_first_day(self, day: dt.date) -> bool:
        """Whether `day` is the day Trust Planner was first started: a day to arrive,
        without reminders or questions."""
        return self.first_day == day.isoformat()

    @property
    def learning_since(self) -> dt.date | None:
        """The first day the app learns from; None for all of history."""
        return None if self.learn_from is None else dt.date.fromisoformat(self.learn_from)

    def capacity_on(self, day: dt.date) -> int:
        """The default capacity of `day`'s weekday."""
        return self.capacity_minutes[day.weekday()]

    def to_dict(self) -> dict[str, Any]:
        return {f.name: _plain(getattr(self, f.name)) for f in fields(self)}

    @classmethod
    def accepts(cls, name: str, value: Any) -> bool:
        """Whether `value`, as stored (lists for tuples), is allowed for the setting `name`."""
        if name not in {f.name for f in fields(cls)}:
            return False
        try:
            replace(cls(), **{name: tuple(value) if isinstance(value, list) else value})
        except (TypeError, ValueError, AttributeError):
            return False
        return True

    @classmethod
    def from_dict(cls, values: dict[str, Any]) -> Settings:
        """Build settings from stored values; unknown keys are ignored, bad values fall back."""
        settings = cls()
        for f in fields(cls):
            if f.name not in values:
                continue
            value = values[f.name]
            if f.name == "half_life_days":
                value = at_least_the_shortest_half_life(value)
            if isinstance(value, list):
                value = tuple(value)
            try:
                settings = replace(settings, **{f.name: value})
            except (TypeError, ValueError):
                continue
        return settings


def read_time(text: str) -> dt.time:
    """ "08:30" as a time; raises ValueError for anything else."""
    hours, _, minutes = text.partition(":")
    if not (hours.isdigit() and minutes.isdigit() and len(minutes) == 2):
        raise ValueError(f"not a time: {text!r}")
    return dt.time(int(hours), int(minutes))


def _plain(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value
