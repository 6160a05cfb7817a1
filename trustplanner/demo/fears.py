"""The demo person's fears: ladders climbed step by step, and fears faced along the way.

Anxiety falls as a step is faced again, and most of what was feared does not
happen. Some steps are planned as agreements first, and kept.
"""

from __future__ import annotations

import datetime as dt
import json
import random

from trustplanner.demo.agreements import DemoRows, at_time
from trustplanner.domain.fears import FearEntry, FearOutcome, counts_towards_mastery
from trustplanner.domain.limits import DEFAULT_MASTERY_ANXIETY, DEFAULT_MASTERY_EXPOSURES
from trustplanner.words.light import translate

LADDERS = (
    (
        translate("demo", "Speaking up at work"),
        (
            (translate("demo", "Say good morning to the whole team"), 20),
            (translate("demo", "Ask a question in the team meeting"), 35),
            (translate("demo", "Share an idea in the meeting"), 50),
            (translate("demo", "Disagree politely with a colleague"), 65),
            (translate("demo", "Give a short talk to the team"), 85),
        ),
    ),
    (
        translate("demo", "Phone calls"),
        (
            (translate("demo", "Call a friend back"), 15),
            (translate("demo", "Call the pharmacy"), 30),
            (translate("demo", "Call the dentist to book"), 45),
            (translate("demo", "Call the council with a question"), 65),
            (translate("demo", "Call to complain about a bill"), 80),
        ),
    ),
    (
        translate("demo", "Being among people"),
        (
            (translate("demo", "Have a coffee on a quiet terrace"), 25),
            (translate("demo", "Do the shopping on a Saturday"), 45),
            (translate("demo", "Take the busy train"), 60),
            (translate("demo", "Go to a birthday party"), 75),
            (translate("demo", "Go to a concert"), 90),
        ),
    ),
)
FREE_FEARS = (
    (translate("demo", "Said no to an extra task"), (translate("demo", "work"),)),
    (translate("demo", "Asked for help with the move"), (translate("demo", "friends"),)),
    (translate("demo", "Went to the doctor about my back"), (translate("demo", "health"),)),
    (translate("demo", "Told my sister how I felt"), (translate("demo", "family"),)),
    (translate("demo", "Returned a broken kettle to the shop"), ()),
    (translate("demo", "Asked for a raise"), (translate("demo", "work"),)),
    (translate("demo", "Drove on the motorway"), (translate("demo", "travel"),)),
)
FEARED = (
    translate("demo", "They will think I am stupid"),
    translate("demo", "I will stumble over my words"),
    translate("demo", "They will be annoyed with me"),
    translate("demo", "I will panic and have to leave"),
)
HAPPENED = (
    translate("demo", "It went fine; nobody seemed to mind"),
    translate("demo", "I was nervous at first, then it passed"),
    translate("demo", "Someone even thanked me"),
    translate("demo", "It was awkward for a moment, that was all"),
)
LEARNED = (
    translate("demo", "The worry beforehand is worse than the thing itself"),
    translate("demo", "People are kinder than I expect"),
    translate("demo", "I can feel nervous and still do it"),
    None,
)


class _Fears:
    def __init__(self, rows: DemoRows, used_days: list[dt.date], seed: int):
        self.rows = rows
        self.used_days = used_days
        self.rng = random.Random(seed + 1)
        self.steps: list[list[int]] = []  # step ids per ladder, in order
        self.calm: dict[int, int] = {}  # step id -> calm exposures so far
        self.faced: dict[int, int] = {}  # step id -> exposures so far

    def run(self) -> None:
        if not self.used_days:
            return
        # The last ladder was begun only lately: it is still being climbed today.
        starts = [0, 2 * len(self.used_days) // 5, max(0, len(self.used_days) - 12)]
        for (theme, steps), start in zip(LADDERS, starts, strict=True):
            if start < len(self.used_days):
                self.ladder(theme, steps, self.used_days[start])
        # Today is still open: what the demo person faces today, they have not written down yet.
        for number, day in enumerate(self.used_days[:-1]):
            started = [
                i for i, start in enumerate(starts) if number >= start and i < len(self.steps)
            ]
            if self.rng.random() < 0.66:
                self.face(day, started)

    def ladder(self, theme: str, steps, day: dt.date) -> None:
        ladder_id = len(self.rows.ladders) + 1
        self.rows.ladders.append(
            {"id": ladder_id, "theme": theme, "created_at": at_time(day, 7, 30)}
        )
        ids = []
        for position, (description, anxiety) in enumerate(steps, start=1):
            step_id = len(self.rows.ladder_steps) + 1
            self.rows.ladder_steps.append(
                {
                    "id": step_id,
                    "ladder_id": ladder_id,
                    "description": description,
                    "expected_anxiety": anxiety,
                    "position": float(position),
                }
            )
            ids.append(step_id)
        self.steps.append(ids)

    def current_step(self, ladder: int) -> int | None:
        return next(
            (s for s in self.steps[ladder] if self.calm.get(s, 0) < DEFAULT_MASTERY_EXPOSURES), None
        )

    def face(self, day: dt.date, ladders: list[int]) -> None:
        rng = self.rng
        open_steps = [s for s in (self.current_step(i) for i in ladders) if s is not None]
        if open_steps and rng.random() < 0.8:
            self.exposure(day, rng.choice(open_steps))
        elif ladders and rng.random() < 0.3:
            mastered = [
                s
                for i in ladders
                for s in self.steps[i]
                if self.calm.get(s, 0) >= DEFAULT_MASTERY_EXPOSURES
            ]
            if mastered:
                self.exposure(day, rng.choice(mastered))
                return
            self.free(day)
        else:
            self.free(day)

    def exposure(self, day: dt.date, step_id: int) -> None:
        rng = self.rng
        step = self.rows.ladder_steps[step_id - 1]
        times = self.faced.get(step_id, 0)
        expected = step["expected_anxiety"]
        # Facing it again lowers the anxiety, towards a floor rather than to nothing.
        practice = min(times, 7)
        before = max(rng.randint(10, 20), _clamp(expected + rng.randint(-10, 15) - 9 * practice))
        after = max(rng.randint(3, 12), _clamp(before - rng.randint(10, 30) - 4 * practice))
        self.faced[step_id] = times + 1
        agreement_id = self.planned(day, step) if rng.random() < 0.5 else None
        row = self.entry(
            day,
            step["description"],
            before,
            after,
            step_id=step_id,
            agreement_id=agreement_id,
            expected=expected,
            tags=(),
        )
        # The ladder moves on by the app's own rule for "mastered".
        written = FearEntry(
            day=day,
            situation=row["situation"],
            anxiety_before=before,
            anxiety_after=after,
            outcome=FearOutcome(row["outcome"]),
            peak_anxiety=row["peak_anxiety"],
        )
        if counts_towards_mastery(written, DEFAULT_MASTERY_ANXIETY):
            self.calm[step_id] = self.calm.get(step_id, 0) + 1

    def planned(self, day: dt.date, step: dict) -> int:
        """The step was planned as an agreement for the day, and kept."""
        item_id = len(self.rows.items) + 1
        self.rows.items.append(
            {
                "id": item_id,
                "title": step["description"],
                "minutes": 30,
                "day": day.isoformat(),
                "state": "agreed",
                "parent_id": None,
                "position": 0.0,
                "note": None,
                "created_at": at_time(day - dt.timedelta(days=1), 20, 0),
            }
        )
        agreement_id = len(self.rows.agreements) + 1
        self.rows.agreements.append(
            {
                "id": agreement_id,
                "item_id": item_id,
                "title": step["description"],
                "minutes": 30,
                "day": day.isoformat(),
                "made_at": at_time(day - dt.timedelta(days=1), 20, 0),
                "outcome": "kept",
                "late": 0,
                "ended_at": at_time(day, 18, 0),
                "note": None,
                "renegotiated_from": None,
                "step_id": step["id"],
                "took_minutes": None,  # a step faced is told in the fear log instead
            }
        )
        return agreement_id

    def free(self, day: dt.date) -> None:
        situation, tags = self.rng.choice(FREE_FEARS)
        before = self.rng.randint(35, 85)
        self.entry(day, situation, before, _clamp(before - self.rng.randint(5, 40)), tags=tags)

    def entry(
        self,
        day,
        situation,
        before,
        after,
        *,
        step_id=None,
        agreement_id=None,
        expected=None,
        tags=(),
    ) -> dict:
        rng = self.rng
        draw = rng.random()
        outcome = "happened" if draw < 0.08 else "partly" if draw < 0.22 else "not"
        detailed = rng.random() < 0.45
        belief = rng.randint(55, 90)
        self.rows.fears.append(
            {
                "id": len(self.rows.fears) + 1,
                "day": day.isoformat(),
                "situation": situation,
                "anxiety_before": before,
                "anxiety_after": after,
                "outcome": outcome,
                "feared": rng.choice(FEARED) if detailed else None,
                "belief_before": belief if detailed else None,
                "expected_anxiety": expected,
                "peak_anxiety": _clamp(before + rng.randint(0, 15)) if detailed else None,
                "what_happened": rng.choice(HAPPENED)
                if detailed and outcome != "happened"
                else None,
                "belief_after": _clamp(belief - rng.randint(20, 50)) if detailed else None,
                "learned": rng.choice(LEARNED) if detailed else None,
                "tags": json.dumps(list(tags)),
                "step_id": step_id,
                "agreement_id": agreement_id,
                "created_at": at_time(day, 19, rng.randint(0, 59)),
            }
        )
        return self.rows.fears[-1]


def _clamp(value: int) -> int:
    return max(0, min(100, value))


def add_fears(rows: DemoRows, used_days: list[dt.date], seed: int) -> None:
    """Add ladders, steps and fears faced on the days the person used the app."""
    _Fears(rows, used_days, seed).run()
