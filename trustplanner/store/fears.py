"""Fears faced and fear ladders in the store: logging, editing, ladders, and planning a step."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass

from trustplanner.domain.fears import (
    FearDraft,
    FearEntry,
    FearOutcome,
    FearProblem,
    Ladder,
    LadderStep,
    check_entry,
    position_for,
    swapped_positions,
)
from trustplanner.domain.promises import clean_name
from trustplanner.domain.text import clean_text, is_blank
from trustplanner.domain.titles import clean_title
from trustplanner.store import plans
from trustplanner.store.changes import Row
from trustplanner.store.connection import Reading
from trustplanner.store.transactions import Store


class FearError(ValueError):
    """An entry with fields that cannot be saved; `problems` maps each field to its reason."""

    def __init__(self, problems: dict[str, FearProblem]):
        super().__init__(", ".join(f"{name}: {p.value}" for name, p in problems.items()))
        self.problems = problems


def _stamp(now: dt.datetime) -> str:
    return now.isoformat(timespec="seconds")


def _text(value: str | None) -> str | None:
    if value is None:
        return None
    cleaned = clean_text(value, lines=True).strip()
    return None if is_blank(cleaned) else cleaned


def entry_from_row(row: Row) -> FearEntry:
    return FearEntry(
        id=row["id"],
        day=dt.date.fromisoformat(row["day"]),
        situation=row["situation"],
        anxiety_before=row["anxiety_before"],
        anxiety_after=row["anxiety_after"],
        outcome=FearOutcome(row["outcome"]),
        feared=row["feared"],
        belief_before=row["belief_before"],
        expected_anxiety=row["expected_anxiety"],
        peak_anxiety=row["peak_anxiety"],
        what_happened=row["what_happened"],
        belief_after=row["belief_after"],
        learned=row["learned"],
        tags=tuple(json.loads(row["tags"] or "[]")),
        step_id=row["step_id"],
        agreement_id=row["agreement_id"],
        said_no=bool(row.get("said_no")),
        asked_by=row.get("asked_by"),
    )


def _values(entry: FearEntry) -> dict:
    problems = check_entry(entry)
    if problems:
        raise FearError(problems)
    return {
        "day": entry.day.isoformat(),
        "situation": clean_text(entry.situation).strip(),
        "anxiety_before": entry.anxiety_before,
        "anxiety_after": entry.anxiety_after,
        "outcome": entry.outcome.value,
        "feared": _text(entry.feared),
        "belief_before": entry.belief_before,
        "expected_anxiety": entry.expected_anxiety,
        "peak_anxiety": entry.peak_anxiety,
        "what_happened": _text(entry.what_happened),
        "belief_after": entry.belief_after,
        "learned": _text(entry.learned),
        "tags": json.dumps(list(entry.tags), ensure_ascii=False),
        "step_id": entry.step_id,
        "agreement_id": entry.agreement_id,
        "said_no": int(entry.said_no),
        "asked_by": clean_name(entry.asked_by),
    }


def log_fear(store: Store, entry: FearEntry, now: dt.datetime) -> int:
    """Write down a fear faced; returns its id."""
    values = _values(entry)
    with store.action():
        return store.insert("fears", {**values, "created_at": _stamp(now)})


def edit_fear(store: Store, entry: FearEntry) -> None:
    if entry.id is None:
        raise ValueError("an entry to edit needs its id")
    values = _values(entry)
    with store.action():
        get_fear(store, entry.id)
        store.update("fears", entry.id, **values)


def delete_fears(store: Store, fear_ids: Sequence[int]) -> None:
    with store.action():
        for fear_id in fear_ids:
            get_fear(store, fear_id)
            store.delete("fears", fear_id)


def get_fear(store: Reading, fear_id: int) -> FearEntry:
    rows = store.rows("SELECT * FROM fears WHERE id = ?", [fear_id])
    if not rows:
        raise LookupError(f"no fear {fear_id}")
    return entry_from_row(rows[0])


@dataclass(frozen=True)
class FearFilter:
    """What the history shows: words in any text, a span of days, a ladder, a tag."""

    words: str = ""
    start: dt.date | None = None
    end: dt.date | None = None
    ladder_id: int | None = None
    tag: str | None = None


def find_fears(store: Reading, chosen: FearFilter = FearFilter()) -> list[FearEntry]:
    """Entries that match, newest first."""
    clauses, params = [], []
    if chosen.start is not None:
        clauses.append("f.day >= ?")
        params.append(chosen.start.isoformat())
    if chosen.end is not None:
        clauses.append("f.day <= ?")
        params.append(chosen.end.isoformat())
    if chosen.ladder_id is not None:
        clauses.append("s.ladder_id = ?")
        params.append(chosen.ladder_id)
    words = chosen.words.strip()
    if words:
        clauses.append(
            "(instr(lower(f.situation), ?) OR instr(lower(coalesce(f.feared, '')), ?)"
            " OR instr(lower(coalesce(f.what_happened, '')), ?)"
            " OR instr(lower(coalesce(f.learned, '')), ?) OR instr(lower(f.tags), ?))"
        )
        params += [words.lower()] * 5
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    rows = store.rows(
        "SELECT f.* FROM fears f LEFT JOIN ladder_steps s ON s.id = f.step_id"
        f"{where} ORDER BY f.day DESC, f.id DESC",
        params,
    )
    entries = [entry_from_row(row) for row in rows]
    if chosen.tag:
        wanted = chosen.tag.casefold()
        entries = [e for e in entries if any(t.casefold() == wanted for t in e.tags)]
    return entries


def all_tags(store: Reading) -> list[str]:
    """Every tag in use, in alphabetical order (ignoring case)."""
    tags: dict[str, str] = {}
    for (text,) in store.conn.execute("SELECT DISTINCT tags FROM fears WHERE tags <> '[]'"):
        for tag in json.loads(text):
            tags.setdefault(tag.casefold(), tag)
    return [tags[key] for key in sorted(tags)]


# -- ladders --------------------------------------------------------------------------


def ladders(store: Reading) -> list[Ladder]:
    """Every ladder with its steps in order, oldest ladder first."""
    steps: dict[int, list[LadderStep]] = {}
    for row in store.rows("SELECT * FROM ladder_steps ORDER BY position, id"):
        steps.setdefault(row["ladder_id"], []).append(_step(row))
    return [
        Ladder(row["id"], row["theme"], tuple(steps.get(row["id"], ())))
        for row in store.rows("SELECT id, theme FROM ladders ORDER BY id")
    ]


def get_ladder(store: Reading, ladder_id: int) -> Ladder:
    found = [ladder for ladder in ladders(store) if ladder.id == ladder_id]
    if not found:
        raise LookupError(f"no ladder {ladder_id}")
    return found[0]


def _step(row: Row) -> LadderStep:
    return LadderStep(
        row["id"], row["ladder_id"], row["description"], row["expected_anxiety"], row["position"]
    )


def get_step(store: Reading, step_id: int) -> LadderStep:
    rows = store.rows("SELECT * FROM ladder_steps WHERE id = ?", [step_id])
    if not rows:
        raise LookupError(f"no step {step_id}")
    return _step(rows[0])


def _rating(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100:
        raise FearError({"expected_anxiety": FearProblem.OUT_OF_RANGE})
    return value


def create_ladder(store: Store, theme: str, now: dt.datetime) -> int:
    cleaned = clean_title(theme)
    with store.action():
        return store.insert("ladders", {"theme": cleaned, "created_at": _stamp(now)})


def rename_ladder(store: Store, ladder_id: int, theme: str) -> None:
    cleaned = clean_title(theme)
    with store.action():
        get_ladder(store, ladder_id)
        store.update("ladders", ladder_id, theme=cleaned)


def delete_ladder(store: Store, ladder_id: int) -> None:
    """Remove a ladder and its steps; the fears logged on its steps stay in the history."""
    with store.action():
        ladder = get_ladder(store, ladder_id)
        for step in ladder.steps:
            _unlink_step(store, step.id)
            store.delete("ladder_steps", step.id)
        store.delete("ladders", ladder_id)


def _unlink_step(store: Store, step_id: int) -> None:
    for (fear_id,) in store.conn.execute(
        "SELECT id FROM fears WHERE step_id = ?", [step_id]
    ).fetchall():
        store.update("fears", fear_id, step_id=None)
    for (agreement_id,) in store.conn.execute(
        "SELECT id FROM agreements WHERE step_id = ?", [step_id]
    ).fetchall():
        store.update("agreements", agreement_id, step_id=None)


def add_step(store: Store, ladder_id: int, description: str, expected_anxiety: int) -> int:
    """Add a step in its place by expected anxiety."""
    cleaned = clean_title(description)
    anxiety = _rating(expected_anxiety)
    with store.action():
        ladder = get_ladder(store, ladder_id)
        return store.insert(
            "ladder_steps",
            {
                "ladder_id": ladder_id,
                "description": cleaned,
                "expected_anxiety": anxiety,
                "position": position_for(anxiety, ladder.steps),
            },
        )


def edit_step(store: Store, step_id: int, description: str, expected_anxiety: int) -> None:
    cleaned = clean_title(description)
    anxiety = _rating(expected_anxiety)
    with store.action():
        get_step(store, step_id)
        store.update("ladder_steps", step_id, description=cleaned, expected_anxiety=anxiety)


def move_step(store: Store, step_id: int, offset: int) -> bool:
    """Move a step up (-1) or down (+1) by hand; False when it is already at that end."""
    with store.action():
        step = get_step(store, step_id)
        moves = swapped_positions(get_ladder(store, step.ladder_id).steps, step_id, offset)
        for moved_id, position in moves.items():
            store.update("ladder_steps", moved_id, position=position)
    return bool(moves)


def delete_step(store: Store, step_id: int) -> None:
    with store.action():
        get_step(store, step_id)
        _unlink_step(store, step_id)
        store.delete("ladder_steps", step_id)


def plan_step(store: Store, step_id: int, day: dt.date, minutes: int, now: dt.datetime) -> int:
    """Turn a ladder step into an agreement with yourself on `day`; returns the agreement's id."""
    with store.action():
        step = get_step(store, step_id)
        [item_id] = plans.add_items(store, day, [(step.description, minutes)], now)
        store.update("items", item_id, state="agreed")
        return store.insert(
            "agreements",
            {
                "item_id": item_id,
                "title": step.description,
                "minutes": minutes,
                "day": day.isoformat(),
                "made_at": _stamp(now),
                "step_id": step_id,
            },
        )


def step_of_agreement(store: Reading, agreement_id: int) -> LadderStep | None:
    """The ladder step an agreement was planned from, if any."""
    step_id = store.value("SELECT step_id FROM agreements WHERE id = ?", [agreement_id])
    return None if step_id is None else get_step(store, step_id)


def exposure_for(step: LadderStep, day: dt.date, agreement_id: int | None = None) -> FearDraft:
    """A fear entry begun from a ladder step: its situation and the anxiety expected.
    How it went is left for the person to say."""
    return FearDraft(
        day=day,
        situation=step.description,
        expected_anxiety=step.expected_anxiety,
        step_id=step.id,
        agreement_id=agreement_id,
    )
