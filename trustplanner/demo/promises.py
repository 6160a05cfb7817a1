"""The demo person's promises to others: a few people, told early most of the time
when a promise could not be kept, one promise repaired, and a "no" or two said.

Drawn with random numbers of their own, after the rest of the history is made: the
plans, endings and fears stay exactly as they were, so what the benchmarks learn from
a demo history does not change.
"""

from __future__ import annotations

import datetime as dt
import json
import random

from trustplanner.demo.agreements import DemoRows, at_time
from trustplanner.domain.promises import told_lead
from trustplanner.words.light import translate

# Which of the demo's tasks are promises to someone, with whom and at what time.
PROMISES = {
    translate("demo", "Cook a proper dinner"): ("Sam", "19:00"),
    translate("demo", "Go for a walk"): ("Noor", "12:30"),
    translate("demo", "Send a card to grandma"): (translate("demo", "Grandma"), None),
    translate("demo", "Prepare the meeting"): ("Femke", "10:00"),
}
SAID_NO = (
    (translate("demo", "No to extra work on Saturday"), translate("demo", "my manager")),
    (translate("demo", "Said I need an evening to myself"), "Sam"),
)
EARLY = 0.75  # of the promises that could not be kept, how many were told a day ahead


def add_promises(rows: DemoRows, seed: int) -> None:
    """Name the people of the promises among the agreements (and their items), note
    when they were told, one repair, and add the "no"s said among the fears faced."""
    rng = random.Random(f"{seed} promises")
    for row in rows.items:
        row.setdefault("person", None)
        row.setdefault("promise_time", None)
    for row in rows.agreements:
        for name in ("person", "promise_time", "told_at", "lead", "reminded_at"):
            row.setdefault(name, None)
        for step in ("acknowledged", "sorry", "room"):
            row.setdefault(f"repair_{step}", 0)
    repaired = False
    for row in rows.agreements:
        promise = PROMISES.get(row["title"])
        if promise is None or rng.random() < 0.2:
            continue
        person, time = promise
        row["person"], row["promise_time"] = person, time
        if row["item_id"] is not None:
            item = rows.items[row["item_id"] - 1]
            item["person"], item["promise_time"] = person, time
        repaired = _tell(row, rng, repaired)
    _say_no(rows, rng)


def _tell(row: dict, rng: random.Random, repaired: bool) -> bool:
    """When and whether they were told of a promise that would not happen; the first
    one told late is repaired. Returns whether a repair has been noted by now."""
    day = dt.date.fromisoformat(row["day"])
    if row["outcome"] == "renegotiated":
        if not row["late"] and rng.random() < EARLY:
            # Said the evening before: a promise is moved in time, not on the day itself.
            row["ended_at"] = at_time(day - dt.timedelta(days=1), 20, rng.randint(0, 59))
            row["lead"] = 2
        row["told_at"] = row["ended_at"]
        return repaired
    if row["outcome"] != "didnt_happen" or rng.random() < 0.1:
        return repaired
    told_day = day - dt.timedelta(days=1) if rng.random() < EARLY else day
    row["told_at"] = at_time(told_day, 20 if told_day < day else 9, rng.randint(0, 59))
    told = dt.datetime.fromisoformat(row["told_at"])
    row["lead"] = told_lead(day, row["promise_time"], told)
    if row["lead"] != 2 and not repaired:
        row["repair_acknowledged"], row["repair_sorry"], row["repair_room"] = 1, 1, 1
        return True
    return repaired


def _say_no(rows: DemoRows, rng: random.Random) -> None:
    """A "no" or two said, late in the history, among the fears faced."""
    for row in rows.fears:
        row.setdefault("said_no", 0)
        row.setdefault("asked_by", None)
    days = sorted({row["day"] for row in rows.fears})
    if len(days) < 4:
        return
    for number, (situation, asked_by) in enumerate(SAID_NO):
        day = dt.date.fromisoformat(days[-(number + 1) * len(days) // 5])
        before = rng.randint(55, 80)
        rows.fears.append(
            {
                "id": len(rows.fears) + 1,
                "day": day.isoformat(),
                "situation": situation,
                "anxiety_before": before,
                "anxiety_after": before - rng.randint(20, 40),
                "outcome": "not",
                "feared": translate("demo", "They will think I don't care"),
                "belief_before": None,
                "expected_anxiety": None,
                "peak_anxiety": None,
                "what_happened": translate("demo", "They said it was fine"),
                "belief_after": None,
                "learned": None,
                "tags": json.dumps([]),
                "step_id": None,
                "agreement_id": None,
                "created_at": at_time(day, 20, rng.randint(0, 59)),
                "said_no": 1,
                "asked_by": asked_by,
            }
        )
