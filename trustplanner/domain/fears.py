"""Fears faced, and ladders from easy to hard: the rules, without Qt.

A fear faced is written down with the anxiety just before and afterwards
(0 to 100), and whether what was feared happened. A ladder breaks a big fear
into steps, ordered by the anxiety expected; a step is mastered after enough
exposures in which what was feared did not happen and the anxiety at its highest
stayed at or under a threshold (docs/fears.md).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from trustplanner.domain.limits import (
    DEFAULT_MASTERY_ANXIETY,
    DEFAULT_MASTERY_EXPOSURES,
    RATING_RANGE,
)
from trustplanner.domain.text import clean_text, is_blank

MAX_SITUATION_LENGTH = 500
MAX_TEXT_LENGTH = 2000  # what was feared, what happened, what was learned
MAX_TAG_LENGTH = 40
MAX_TAGS = 10


class FearOutcome(enum.Enum):
    """Did what was feared happen?"""

    HAPPENED = "happened"
    PARTLY = "partly"
    NOT = "not"


class FearProblem(enum.Enum):
    EMPTY = "empty"
    TOO_LONG = "too_long"
    OUT_OF_RANGE = "out_of_range"
    NOT_A_NUMBER = "not_a_number"
    TOO_MANY_TAGS = "too_many_tags"
    TAG_TOO_LONG = "tag_too_long"
    NOT_A_NAME = "not_a_name"


@dataclass(frozen=True)
class FearEntry:
    """One fear faced. The first five fields are the quick entry; the rest are "More"."""

    day: dt.date
    situation: str
    anxiety_before: int
    anxiety_after: int
    outcome: FearOutcome
    feared: str | None = None
    belief_before: int | None = None  # how strongly the fear was believed, 0..100 %
    expected_anxiety: int | None = None
    peak_anxiety: int | None = None
    what_happened: str | None = None
    belief_after: int | None = None
    learned: str | None = None
    tags: tuple[str, ...] = ()
    step_id: int | None = None
    agreement_id: int | None = None
    id: int | None = None
    # A "no" said or a boundary set, rather than another fear faced; and who asked.
    said_no: bool = False
    asked_by: str | None = None

    @property
    def drop(self) -> int:
        """How much the anxiety fell from just before to afterwards (negative if it rose)."""
        return self.anxiety_before - self.anxiety_after


@dataclass(frozen=True)
class FearDraft:
    """What is known of a fear faced before the person says how it went: a ladder
    step's situation and what they expected. How anxious they were and whether what
    they feared happened are theirs to observe, so nothing here says it for them."""

    day: dt.date
    situation: str
    expected_anxiety: int | None = None
    feared: str | None = None
    step_id: int | None = None
    agreement_id: int | None = None


RATING_FIELDS = (
    "anxiety_before",
    "anxiety_after",
    "belief_before",
    "expected_anxiety",
    "peak_anxiety",
    "belief_after",
)
TEXT_FIELDS = ("feared", "what_happened", "learned")


def check_entry(entry: FearEntry) -> dict[str, FearProblem]:
    """Every field that cannot be saved, with the reason; empty when all is well."""
    problems: dict[str, FearProblem] = {}
    situation = clean_text(entry.situation).strip()
    if is_blank(situation):
        problems["situation"] = FearProblem.EMPTY
    elif len(situation) > MAX_SITUATION_LENGTH:
        problems["situation"] = FearProblem.TOO_LONG
    low, high = RATING_RANGE
    for name in RATING_FIELDS:
        value = getattr(entry, name)
        if value is None:
            if name in ("anxiety_before", "anxiety_after"):
                problems[name] = FearProblem.EMPTY
            continue
        if not isinstance(value, int) or isinstance(value, bool):
            problems[name] = FearProblem.NOT_A_NUMBER
        elif not low <= value <= high:
            problems[name] = FearProblem.OUT_OF_RANGE
    for name in TEXT_FIELDS:
        value = getattr(entry, name)
        if value is not None and len(value.strip()) > MAX_TEXT_LENGTH:
            problems[name] = FearProblem.TOO_LONG
    if entry.asked_by is not None:
        from trustplanner.domain.promises import NameProblem, PersonNameError, clean_name

        try:
            clean_name(entry.asked_by)
        except PersonNameError as refused:
            too_long = refused.problem is NameProblem.TOO_LONG
            problems["asked_by"] = FearProblem.TOO_LONG if too_long else FearProblem.NOT_A_NAME
    if len(entry.tags) > MAX_TAGS:
        problems["tags"] = FearProblem.TOO_MANY_TAGS
    elif any(len(tag) > MAX_TAG_LENGTH for tag in entry.tags):
        problems["tags"] = FearProblem.TAG_TOO_LONG
    return problems


def read_rating(text: str) -> int | None:
    """A 0..100 rating as typed ("40", "40 %"); None when left empty.

    Raises ValueError with a FearProblem as its argument when it cannot be used.
    """
    cleaned = text.strip().rstrip("%").strip()
    if not cleaned:
        return None
    try:
        value = int(cleaned)
    except ValueError:
        raise ValueError(FearProblem.NOT_A_NUMBER) from None
    low, high = RATING_RANGE
    if not low <= value <= high:
        raise ValueError(FearProblem.OUT_OF_RANGE)
    return value


def read_tags(text: str) -> tuple[str, ...]:
    """Tags typed as a comma-separated list: trimmed, without doubles (ignoring case)."""
    tags: list[str] = []
    for part in text.split(","):
        tag = " ".join(part.split())
        if tag and tag.casefold() not in (t.casefold() for t in tags):
            tags.append(tag)
    return tuple(tags)


# -- ladders ----------------------------------------------------------------------


@dataclass(frozen=True)
class LadderStep:
    id: int
    ladder_id: int
    description: str
    expected_anxiety: int
    position: float


@dataclass(frozen=True)
class Ladder:
    id: int
    theme: str
    steps: tuple[LadderStep, ...] = field(default_factory=tuple)


def position_for(expected_anxiety: int, steps: Sequence[LadderStep]) -> float:
    """Where a new step goes so that the ladder stays in order of expected anxiety.

    After every step expected to be as easy or easier; before the first harder one.
    """
    ordered = sorted(steps, key=lambda s: s.position)
    before = [s.position for s in ordered if s.expected_anxiety <= expected_anxiety]
    after = [s.position for s in ordered if s.expected_anxiety > expected_anxiety]
    low = max(before) if before else None
    high = min((p for p in after if low is None or p > low), default=None)
    if low is None and high is None:
        return 1.0
    if low is None:
        return high - 1.0
    if high is None:
        return low + 1.0
    return (low + high) / 2


def swapped_positions(steps: Sequence[LadderStep], step_id: int, offset: int) -> dict[int, float]:
    """Move a step up (-1) or down (+1) by hand: the new positions of the two steps swapped."""
    ordered = sorted(steps, key=lambda s: s.position)
    index = next(i for i, s in enumerate(ordered) if s.id == step_id)
    other = index + offset
    if not 0 <= other < len(ordered):
        return {}
    a, b = ordered[index], ordered[other]
    return {a.id: b.position, b.id: a.position}


@dataclass(frozen=True)
class StepProgress:
    step: LadderStep
    exposures: int
    counted: int  # exposures that count towards mastering it (see counts_towards_mastery)
    mastered: bool


def highest_anxiety(entry: FearEntry) -> int:
    """The anxiety at its highest: as the person gave it, or else the higher of just
    before and afterwards (never lower than either: a fall that came only afterwards,
    with relief, is not a fall in the situation)."""
    given = [entry.anxiety_before, entry.anxiety_after]
    if entry.peak_anxiety is not None:
        given.append(entry.peak_anxiety)
    return max(given)


def counts_towards_mastery(entry: FearEntry, calm_at: int = DEFAULT_MASTERY_ANXIETY) -> bool:
    """Whether facing a step this time counts towards mastering it: what was feared did
    not happen (not even partly), and the anxiety at its highest stayed at or under
    `calm_at`."""
    return entry.outcome is FearOutcome.NOT and highest_anxiety(entry) <= calm_at


def ladder_progress(
    ladder: Ladder,
    entries: Iterable[FearEntry],
    *,
    exposures_needed: int = DEFAULT_MASTERY_EXPOSURES,
    calm_at: int = DEFAULT_MASTERY_ANXIETY,
) -> list[StepProgress]:
    """Each step in ladder order, with its exposures and whether it is mastered."""
    by_step: dict[int, list[FearEntry]] = {}
    for entry in entries:
        if entry.step_id is not None:
            by_step.setdefault(entry.step_id, []).append(entry)
    result = []
    for step in sorted(ladder.steps, key=lambda s: s.position):
        faced = by_step.get(step.id, [])
        counted = sum(1 for e in faced if counts_towards_mastery(e, calm_at))
        result.append(StepProgress(step, len(faced), counted, counted >= exposures_needed))
    return result


def mastered_before_december_2026(
    faced: Sequence[FearEntry],
    exposures_needed: int = DEFAULT_MASTERY_EXPOSURES,
    calm_at: int = DEFAULT_MASTERY_ANXIETY,
) -> bool:
    """The rule until December 2026: the anxiety afterwards alone, whatever happened.
    Kept only to tell the person, once, which steps the new rule sees otherwise."""
    return sum(1 for e in faced if e.anxiety_after <= calm_at) >= exposures_needed


def mastery_changes(
    ladders: Iterable[Ladder],
    entries: Iterable[FearEntry],
    *,
    exposures_needed: int = DEFAULT_MASTERY_EXPOSURES,
    calm_at: int = DEFAULT_MASTERY_ANXIETY,
) -> tuple[list[LadderStep], list[LadderStep]]:
    """The steps the old rule called mastered and the new one does not, and the other
    way round."""
    entries = list(entries)
    no_longer, now = [], []
    for ladder in ladders:
        for progress in ladder_progress(
            ladder, entries, exposures_needed=exposures_needed, calm_at=calm_at
        ):
            faced = [e for e in entries if e.step_id == progress.step.id]
            before = mastered_before_december_2026(faced, exposures_needed, calm_at)
            if before and not progress.mastered:
                no_longer.append(progress.step)
            elif progress.mastered and not before:
                now.append(progress.step)
    return no_longer, now


def next_step(progress: Sequence[StepProgress]) -> LadderStep | None:
    """The first step not yet mastered: where the ladder points now."""
    return next((p.step for p in progress if not p.mastered), None)


# -- what the log shows -------------------------------------------------------------


# Anxiety afterwards at or above this, on average, is still high: worth a kind word.
STILL_HIGH = 50


def still_anxious(before: float, after: float) -> bool:
    """Whether anxiety rose, or stayed high: the moment to say that feeling nervous and
    doing it anyway is how confidence grows (anxiety need not fall first)."""
    return after >= before or after >= STILL_HIGH


@dataclass(frozen=True)
class FearSummary:
    faced: int
    happened: int
    partly: int
    not_happened: int
    average_before: float | None
    average_after: float | None
    weeks_in_a_row: int

    @property
    def still_anxious(self) -> bool:
        if self.average_before is None or self.average_after is None:
            return False
        return still_anxious(self.average_before, self.average_after)

    @property
    def share_happened(self) -> float | None:
        """The share of fears whose feared outcome happened, counting "partly" as half."""
        if not self.faced:
            return None
        return (self.happened + 0.5 * self.partly) / self.faced


def weeks_in_a_row(days: Iterable[dt.date], today: dt.date) -> int:
    """Weeks in a row, up to this week, with at least one fear faced.

    The current week still counts when it has none yet: the streak is not broken
    before the week is over.
    """
    weeks = {day - dt.timedelta(days=day.weekday()) for day in days}
    week = today - dt.timedelta(days=today.weekday())
    if week not in weeks:
        week -= dt.timedelta(days=7)
    streak = 0
    while week in weeks:
        streak += 1
        week -= dt.timedelta(days=7)
    return streak


def summarize(entries: Sequence[FearEntry], today: dt.date) -> FearSummary:
    outcomes = [e.outcome for e in entries]
    return FearSummary(
        faced=len(entries),
        happened=outcomes.count(FearOutcome.HAPPENED),
        partly=outcomes.count(FearOutcome.PARTLY),
        not_happened=outcomes.count(FearOutcome.NOT),
        average_before=(sum(e.anxiety_before for e in entries) / len(entries)) if entries else None,
        average_after=(sum(e.anxiety_after for e in entries) / len(entries)) if entries else None,
        weeks_in_a_row=weeks_in_a_row((e.day for e in entries), today),
    )
