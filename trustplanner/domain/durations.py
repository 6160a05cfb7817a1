"""Reading the time estimates people type, in English and in Dutch."""

from __future__ import annotations

import enum
import re

MAX_ESTIMATE_MINUTES = 12 * 60
# What a kept agreement took may be longer than any estimate, but not more than a day.
MAX_TOOK_MINUTES = 24 * 60
QUICK_ESTIMATES = (5, 15, 30, 60, 120)


class EstimateProblem(enum.Enum):
    EMPTY = "empty"
    NOT_UNDERSTOOD = "not_understood"
    NOT_POSITIVE = "not_positive"
    TOO_LONG = "too_long"


class EstimateError(ValueError):
    """An estimate that cannot be used; `problem` says why, for a message at the field."""

    def __init__(self, problem: EstimateProblem, text: str):
        super().__init__(f"{problem.value}: {text!r}")
        self.problem = problem
        self.text = text


_HOUR_UNITS = {"h", "hr", "hrs", "hour", "hours", "u", "uur", "uren"}
_MINUTE_UNITS = {"m", "min", "mins", "minute", "minutes", "minuut", "minuten"}

_NUMBER = r"\d+(?:[.,]\d+)?"
# "1h30", "1 h 30", "1u30m", "2 hours 15 minutes"
_HOURS_AND_MINUTES = re.compile(
    rf"^(?P<h>{_NUMBER})\s*(?P<hu>[a-z]+)\s*(?P<m>\d+)\s*(?P<mu>[a-z]*)$"
)
# "20", "20m", "45 min", "1.5h", "1,5 uur"
_AMOUNT = re.compile(rf"^(?P<n>-?\s*{_NUMBER})\s*(?P<u>[a-z]*)$")
# "1:30"
_CLOCK = re.compile(r"^(?P<h>\d+):(?P<m>[0-5]\d)$")


def _number(text: str) -> float:
    return float(text.replace(",", ".").replace(" ", ""))


def parse_estimate(text: str) -> int:
    """Return the estimate in whole minutes (1 to 12 hours), or raise EstimateError.

    A bare number means minutes. Hours may be written as decimals with a
    point or a comma, or as hours followed by minutes ("1h30", "1 h 30 min").
    """
    return parse_duration(text, minimum=1, maximum=MAX_ESTIMATE_MINUTES)


def parse_took(text: str) -> int:
    """How long a kept agreement took, in whole minutes (1 minute to 24 hours)."""
    return parse_duration(text, minimum=1, maximum=MAX_TOOK_MINUTES)


def parse_duration(text: str, *, minimum: int, maximum: int) -> int:
    """Read a length of time in whole minutes within [minimum, maximum], or raise EstimateError."""
    cleaned = " ".join(text.strip().lower().split())
    if not cleaned:
        raise EstimateError(EstimateProblem.EMPTY, text)
    minutes = round(_read_minutes(cleaned, text))
    if minutes < minimum:
        raise EstimateError(EstimateProblem.NOT_POSITIVE, text)
    if minutes > maximum:
        raise EstimateError(EstimateProblem.TOO_LONG, text)
    return minutes


def _read_minutes(cleaned: str, text: str) -> float:
    match = _CLOCK.match(cleaned)
    if match:
        return int(match["h"]) * 60 + int(match["m"])

    match = _HOURS_AND_MINUTES.match(cleaned)
    if match:
        if match["hu"] not in _HOUR_UNITS or match["mu"] not in _MINUTE_UNITS | {""}:
            raise EstimateError(EstimateProblem.NOT_UNDERSTOOD, text)
        if int(match["m"]) >= 60:
            raise EstimateError(EstimateProblem.NOT_UNDERSTOOD, text)
        return _number(match["h"]) * 60 + int(match["m"])

    match = _AMOUNT.match(cleaned)
    if match:
        amount = _number(match["n"])
        unit = match["u"]
        if unit in _HOUR_UNITS:
            return amount * 60
        if unit in _MINUTE_UNITS or unit == "":
            return amount
    raise EstimateError(EstimateProblem.NOT_UNDERSTOOD, text)


_TRAILING_ESTIMATE = re.compile(
    rf"""^(?P<title>.*?)\s*
        (?:[-–—,:]\s*)?
        [(\[]?\s*
        (?P<estimate>{_NUMBER}\s*(?:[a-z]+)(?:\s*\d+\s*[a-z]*)?)
        \s*[)\]]?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)


def split_trailing_estimate(line: str) -> tuple[str, int | None]:
    """Split "Write report (45 min)" into ("Write report", 45).

    Only an estimate with a unit counts: in "Read chapter 2" the number is
    part of the title.
    """
    match = _TRAILING_ESTIMATE.match(line)
    if not match or not match["title"].strip():
        return line, None
    try:
        minutes = parse_estimate(match["estimate"])
    except EstimateError:
        return line, None
    return match["title"].strip(), minutes
