"""Before and after images of the rows one user action touched, so that it can be undone."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Row = dict[str, Any]
Key = tuple[str, Any]  # (table, primary key value)


class StaleChange(RuntimeError):
    """The rows changed since the action (another window, another process): undo is refused."""


@dataclass
class ChangeSet:
    """What one action did: for every touched row, how it was before and after."""

    before: dict[Key, Row | None] = field(default_factory=dict)
    after: dict[Key, Row | None] = field(default_factory=dict)

    @property
    def keys(self) -> list[Key]:
        return list(self.before)

    def __bool__(self) -> bool:
        return any(self.before[key] != self.after.get(key) for key in self.before)
