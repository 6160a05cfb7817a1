"""The demo person's plans and agreements, day by day.

They start out planning more than fits, learn to split and to say "not today",
and keep more of their agreements as the months go by. Their words are in the
language the command speaks (`trustplanner --lang nl demo`).
"""

from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import dataclass, field
from typing import Any

from trustplanner.demo.person import PEOPLE, Person
from trustplanner.domain.durations import MAX_TOOK_MINUTES
from trustplanner.domain.settings import Settings
from trustplanner.domain.splitting import propose_steps
from trustplanner.words.light import translate
from trustplanner.words.steps import first_step_title, next_step_title

TASKS = (
    (translate("demo", "Answer the letter from the council"), 30),
    (translate("demo", "Call the dentist"), 10),
    (translate("demo", "Clean the kitchen"), 45),
    (translate("demo", "Write the project proposal"), 120),
    (translate("demo", "Go for a walk"), 30),
    (translate("demo", "Pay the bills"), 20),
    (translate("demo", "Tidy the desk"), 15),
    (translate("demo", "Read a chapter"), 30),
    (translate("demo", "Prepare the meeting"), 60),
    (translate("demo", "Reply to emails"), 30),
    (translate("demo", "Do the laundry"), 20),
    (translate("demo", "Fix the bike tyre"), 45),
    (translate("demo", "Sort the tax papers"), 90),
    (translate("demo", "Practise Spanish"), 20),
    (translate("demo", "Cook a proper dinner"), 60),
    (translate("demo", "Water the plants"), 5),
    (translate("demo", "Update my CV"), 90),
    (translate("demo", "Clear out the wardrobe"), 120),
    (translate("demo", "Send a card to grandma"), 15),
    (translate("demo", "Plan the holiday"), 60),
    (translate("demo", "Stretch and breathe"), 10),
    (translate("demo", "Back up the photos"), 30),
    (translate("demo", "Book the car service"), 10),
    (translate("demo", "Review the budget"), 45),
    (translate("demo", "Write in my journal"), 15),
    (translate("demo", "Paint the hallway"), 240),
    (translate("demo", "Learn the new software"), 180),
    (translate("demo", "Return the library books"), 20),
)
LET_GO_REASONS = (
    translate("demo", "Not important after all"),
    translate("demo", "Someone else did it"),
    None,
    translate("demo", "Too much this week"),
)
MOVE_REASONS = (
    None,
    translate("demo", "Busy day"),
    translate("demo", "Waiting for an answer"),
    None,
)
RENEGOTIATE_REASONS = (
    translate("demo", "The day filled up"),
    translate("demo", "It was bigger than I thought"),
    translate("demo", "I felt unwell"),
)
DIDNT_HAPPEN_NOTES = (
    None,
    None,
    translate("demo", "Forgot about it"),
    translate("demo", "Too tired in the evening"),
)


# The demo person has three focused hours for their own plans on weekdays, two at the
# weekend: a handful of small agreements a day once their plans fit.
DEMO_SETTINGS = Settings(capacity_minutes=(180, 180, 180, 180, 180, 120, 120))
# Of a task split into steps, this many are agreed on the day; the rest follow, a day each.
STEPS_TODAY = 2


@dataclass
class DemoRows:
    """Rows for each table, with their ids already set."""

    items: list[dict[str, Any]] = field(default_factory=list)
    agreements: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    day_capacity: list[dict[str, Any]] = field(default_factory=list)
    ladders: list[dict[str, Any]] = field(default_factory=list)
    ladder_steps: list[dict[str, Any]] = field(default_factory=list)
    fears: list[dict[str, Any]] = field(default_factory=list)
    # Not a table: per agreement id, what the app should learn (benchmarks/learning.py).
    truth: dict[int, Truth] = field(default_factory=dict)


@dataclass(frozen=True)
class Truth:
    """What the demo knows of one agreement and the app does not."""

    keep_chance: float  # its true chance of being kept
    mean_minutes: float  # what such an agreement takes on average
    minutes: int  # what it really took, or would have, said or not


def at_time(day: dt.date, hour: int, minute: int) -> str:
    return (
        dt.datetime.combine(day, dt.time(hour, minute)).astimezone().isoformat(timespec="seconds")
    )


class _Generator:
    def __init__(self, days: int, today: dt.date, seed: int, person: Person):
        self.rng = random.Random(seed)
        # What things took is drawn apart, so that the rest of the history stays the same.
        self.took_rng = random.Random(f"{seed} took")
        self.person = person
        self.today = today
        self.start = today - dt.timedelta(days=days - 1)
        self.days = days
        self.settings = DEMO_SETTINGS
        self.rows = DemoRows()
        self.carried: dict[dt.date, list[int]] = {}
        self.task_of: dict[int, str] = {}  # item id -> the task it is (a part of)
        self.used_days: list[dt.date] = []
        # Agreements renegotiated to a later day, with the chance they had when made: they
        # end on their new day, as part of its load.
        self.follows: dict[dt.date, list[tuple[dict[str, Any], float, float]]] = {}

    def item(self, title: str, minutes: int, day: dt.date, state: str, **extra: Any) -> int:
        item_id = len(self.rows.items) + 1
        parent = extra.get("parent_id")
        self.task_of[item_id] = self.task_of[parent] if parent else title
        self.rows.items.append(
            {
                "id": item_id,
                "title": title,
                "minutes": minutes,
                "day": day.isoformat(),
                "state": state,
                "parent_id": extra.get("parent_id"),
                "position": extra.get("position", float(item_id)),
                "note": extra.get("note"),
                "created_at": extra.get("created_at", at_time(day, 7, 45)),
            }
        )
        return item_id

    def event(self, kind: str, item_id: int, day: dt.date, at: str, **extra: Any) -> None:
        self.rows.events.append(
            {
                "id": len(self.rows.events) + 1,
                "at": at,
                "kind": kind,
                "item_id": item_id,
                "from_day": day.isoformat(),
                "to_day": extra.get("to_day"),
                "note": extra.get("note"),
            }
        )

    def agreement(
        self,
        item_id: int,
        title: str,
        minutes: int,
        day: dt.date,
        made_at: str,
        renegotiated_from: int | None = None,
    ) -> dict[str, Any]:
        row = {
            "id": len(self.rows.agreements) + 1,
            "item_id": item_id,
            "title": title,
            "minutes": minutes,
            "day": day.isoformat(),
            "made_at": made_at,
            "outcome": None,
            "late": 0,
            "ended_at": None,
            "note": None,
            "renegotiated_from": renegotiated_from,
            "step_id": None,
            "took_minutes": None,
        }
        self.rows.agreements.append(row)
        return row

    def run(self) -> DemoRows:
        pause_left = 0
        for offset in range(self.days):
            day = self.start + dt.timedelta(days=offset)
            progress = offset / max(1, self.days - 1)  # 0 at the start, 1 today
            if day != self.today:
                if pause_left:
                    pause_left -= 1
                    self.skip(day)
                    continue
                if self.rng.random() < 0.01:  # holidays, illness, a busy spell
                    pause_left = self.rng.randint(2, 12)
                    self.skip(day)
                    continue
                if day.weekday() >= 5 and self.rng.random() < 0.15:
                    self.skip(day)
                    continue
            self.plan_day(day, progress)
        return self.rows

    def skip(self, day: dt.date) -> None:
        """A day without the app: what was moved to it waits for the next day of use."""
        for row, keep, progress in self.follows.pop(day, []):
            self.end(row, day, keep, progress)
        waiting = self.carried.pop(day, [])
        if not waiting:
            return
        next_day = day + dt.timedelta(days=1)
        for item_id in waiting:
            self.event("moved", item_id, day, at_time(next_day, 7, 40), to_day=next_day.isoformat())
            self.rows.items[item_id - 1]["day"] = next_day.isoformat()
        self.carried.setdefault(next_day, []).extend(waiting)

    def capacity(self, day: dt.date) -> int:
        if self.rng.random() < 0.06:
            minutes = self.rng.choice((60, 90, 120, 300))
            self.rows.day_capacity.append({"day": day.isoformat(), "minutes": minutes})
            return minutes
        return self.settings.capacity_on(day)

    def plan_day(self, day: dt.date, progress: float) -> None:
        self.used_days.append(day)
        rng = self.rng
        capacity = self.capacity(day)
        ambition = rng.gauss(1.3 - 0.65 * progress, 0.2)  # learning to plan what fits
        wanted = max(30, ambition * capacity)
        plan: list[tuple[int, str, int]] = []  # (item id, title, minutes)
        load = 0
        for item_id in self.carried.pop(day, []):
            row = self.rows.items[item_id - 1]
            plan.append((item_id, row["title"], row["minutes"]))
            load += row["minutes"]
        on_plan = {self.task_of[item_id] for item_id, _, _ in plan}
        for title, minutes in rng.sample(TASKS, len(TASKS)):
            if load >= wanted:
                break
            if title in on_plan:
                continue
            plan.append((self.item(title, minutes, day, "planned"), title, minutes))
            load += minutes

        plan = self.split_big(plan, day, progress)
        plan = self.say_no(plan, day, capacity, progress)
        self.commit_and_end(plan, day, capacity, progress)

    def split_big(self, plan, day, progress):
        step_size = self.settings.max_step_minutes
        result = []
        for item_id, title, minutes in plan:
            if minutes <= step_size or self.rng.random() > 0.35 + 0.55 * progress:
                result.append((item_id, title, minutes))
                continue
            self.rows.items[item_id - 1]["state"] = "split"
            self.event("split", item_id, day, at_time(day, 7, 50))
            steps = propose_steps(minutes, step_size)
            for index, step in enumerate(steps, start=1):
                step_title = first_step_title(title) if index == 1 else next_step_title(title)
                step_id = self.item(
                    step_title,
                    step,
                    day,
                    "planned",
                    parent_id=item_id,
                    position=item_id + index / (len(steps) + 1),
                )
                if index <= STEPS_TODAY:
                    result.append((step_id, step_title, step))
                    continue
                # The other steps go to the days after, one a day: small steps, not a
                # wall of them.
                later = day + dt.timedelta(days=index - STEPS_TODAY)
                self.event("moved", step_id, day, at_time(day, 7, 52), to_day=later.isoformat())
                self.rows.items[step_id - 1]["day"] = later.isoformat()
                self.carried.setdefault(later, []).append(step_id)
        return result

    def say_no(self, plan, day, capacity, progress):
        load = sum(minutes for _, _, minutes in plan)
        if load <= capacity or self.rng.random() > 0.25 + 0.6 * progress:
            return plan
        kept = []
        for entry in plan:
            item_id, _title, minutes = entry
            if load <= capacity or len(kept) < 2:
                kept.append(entry)
                continue
            load -= minutes
            row = self.rows.items[item_id - 1]
            if self.rng.random() < 0.7:
                to_day = day + dt.timedelta(days=self.rng.randint(1, 3))
                note = self.rng.choice(MOVE_REASONS)
                self.event(
                    "moved", item_id, day, at_time(day, 8, 0), to_day=to_day.isoformat(), note=note
                )
                row["day"] = to_day.isoformat()
                # On its new day the same item is back on the plan.
                self.carried.setdefault(to_day, []).append(item_id)
            else:
                note = self.rng.choice(LET_GO_REASONS)
                row["state"] = "let_go"
                row["note"] = note
                self.event("let_go", item_id, day, at_time(day, 8, 0), note=note)
        return kept

    def commit_and_end(self, plan, day, capacity, progress):
        rng = self.rng
        made_at = at_time(day, 8, rng.randint(5, 55))
        follows = self.follows.pop(day, [])
        load = sum(minutes for _, _, minutes in plan) + sum(row["minutes"] for row, *_ in follows)
        share = load / capacity if capacity else math.inf
        keep = self.person.keep_chance(share, day.weekday(), progress)
        for row, _, _ in follows:
            self.end(row, day, keep, progress)
        for item_id, title, minutes in plan:
            self.rows.items[item_id - 1]["state"] = "agreed"
            row = self.agreement(item_id, title, minutes, day, made_at)
            self.end(row, day, keep, progress)

    def true_minutes(self, row: dict[str, Any], keep: float, progress: float) -> int:
        """What the agreement takes, drawn for every one so that the truth is whole."""
        person, minutes = self.person, row["minutes"]
        factor = person.median_ratio(minutes, progress) * math.exp(
            self.took_rng.gauss(0, person.spread)
        )
        took = max(1, min(MAX_TOOK_MINUTES, round(minutes * factor)))
        mean = minutes * person.mean_ratio(minutes, progress)
        self.rows.truth[row["id"]] = Truth(keep, mean, took)
        return took

    def what_it_took(self, row: dict[str, Any], took: int) -> int | None:
        if self.took_rng.random() >= self.person.says_chance(row["minutes"], took):
            return None
        return took

    def end(self, row, day, keep, progress):
        rng = self.rng
        took = self.true_minutes(row, keep, progress)
        if day >= self.today or (day == self.today - dt.timedelta(days=1) and rng.random() < 0.3):
            return  # still open: agreements never end by themselves
        draw = rng.random()
        if draw < keep:
            row["outcome"] = "kept"
            row["ended_at"] = at_time(day, rng.randint(10, 21), rng.randint(0, 59))
            row["took_minutes"] = self.what_it_took(row, took)
        elif draw < keep + 0.12:
            late = rng.random() < 0.3
            when = day + dt.timedelta(days=1) if late else day
            new_day = day + dt.timedelta(days=rng.randint(1, 2))
            row["outcome"] = "renegotiated"
            row["late"] = int(late)
            row["lead"] = 0 if late else 1  # said on the day itself, or the day after
            row["ended_at"] = at_time(when, 8 if late else 16, rng.randint(0, 29))
            row["note"] = rng.choice(RENEGOTIATE_REASONS)
            self.rows.items[row["item_id"] - 1]["day"] = new_day.isoformat()
            follow = self.agreement(
                row["item_id"],
                row["title"],
                row["minutes"],
                new_day,
                row["ended_at"],
                renegotiated_from=row["id"],
            )
            self.follows.setdefault(new_day, []).append((follow, keep, progress))
        else:
            row["outcome"] = "didnt_happen"
            row["ended_at"] = at_time(day + dt.timedelta(days=1), 8, rng.randint(0, 59))
            row["note"] = rng.choice(DIDNT_HAPPEN_NOTES)


def generate_agreements(
    days: int, today: dt.date, seed: int, person: Person = PEOPLE[0]
) -> tuple[DemoRows, list[dt.date]]:
    """The plans and agreements of the `days` days that end with `today`, and the days of use."""
    generator = _Generator(days, today, seed, person)
    return generator.run(), generator.used_days
