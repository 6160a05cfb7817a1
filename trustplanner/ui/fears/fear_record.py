"""What the Fears page reads from the store at once: shared by its history and ladders."""

from __future__ import annotations

from dataclasses import dataclass, field

from trustplanner.domain.fears import FearEntry, Ladder
from trustplanner.store import fears
from trustplanner.store.connection import Reading


@dataclass
class FearRecord:
    ladders: list[Ladder] = field(default_factory=list)
    step_labels: dict[int, str] = field(default_factory=dict)  # "theme: step" by step id
    tags: list[str] = field(default_factory=list)
    faced: list[FearEntry] = field(default_factory=list)  # every fear ever written down

    @classmethod
    def read(cls, store: Reading) -> FearRecord:
        ladders = fears.ladders(store)
        return cls(
            ladders=ladders,
            step_labels={
                step.id: f"{ladder.theme}: {step.description}"
                for ladder in ladders
                for step in ladder.steps
            },
            tags=fears.all_tags(store),
            faced=fears.find_fears(store),
        )

    def step_choices(self) -> list[tuple[str, int]]:
        return [(label, step_id) for step_id, label in self.step_labels.items()]
