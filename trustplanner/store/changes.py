"""Before and after images of the rows one user action touched, so that it can be undone."""

from __future__ import annotations

from typing import Any

Row = dict[str, Any]
Key = tuple[str, Any]  # (table, primary key value)


class StaleChange(RuntimeError):
    """The rows changed since the action (another window, another process): undo is refused."""


class ChangeSet:
    """What one action did: for every touched row, how it was before and after.

    A plain class, not a dataclass: the store's module is read by `trustplanner
    status`, which need not load dataclasses (and the inspect module they bring).
    """

    def __init__(self) -> None:
        self.before: dict[Key, Row | None] = {}
        self.after: dict[Key, Row | None] = {}

    @property
    def keys(self) -> list[Key]:
        return list(self.before)

    def __bool__(self) -> bool:
        return any(self.before[key] != self.after.get(key) for key in self.before)
