"""Hybrid logical clocks: an order of changes that every computer agrees on.

Each change is stamped with the wall time in milliseconds, a counter, and the id of
the computer that made it. A computer's stamps only ever increase, also when its wall
clock is set back; once it has seen another computer's change, its next stamps come
after it. So clocks that differ between computers cannot reorder what one computer
did, and the stamps of all computers sort the same way everywhere (by wall time, then
counter, then computer id).
"""

from __future__ import annotations

from typing import NamedTuple

_WALL_DIGITS, _COUNTER_DIGITS = 15, 6


class Stamp(NamedTuple):
    wall_ms: int
    counter: int
    node: str

    def text(self) -> str:
        """A text that sorts as the stamp does: what the sync files hold."""
        return f"{self.wall_ms:0{_WALL_DIGITS}d}-{self.counter:0{_COUNTER_DIGITS}d}-{self.node}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        """The stamp a text holds; ValueError when it holds none."""
        wall, counter, node = text.split("-", 2)
        if len(wall) != _WALL_DIGITS or len(counter) != _COUNTER_DIGITS or not node:
            raise ValueError(f"not a stamp: {text!r}")
        return cls(int(wall), int(counter), node)


class HybridClock:
    """The clock of one computer; `last` is its newest stamp so far (kept in the store)."""

    def __init__(self, node: str, last: Stamp | None = None):
        self.node = node
        self.last = last or Stamp(0, 0, node)

    def stamp(self, wall_ms: int) -> Stamp:
        """The stamp of a change made here now."""
        last = self.last
        if wall_ms > last.wall_ms:
            self.last = Stamp(wall_ms, 0, self.node)
        else:
            self.last = Stamp(last.wall_ms, last.counter + 1, self.node)
        return self.last

    def receive(self, seen: Stamp, wall_ms: int) -> Stamp:
        """Move past a change made elsewhere, so that what is done here next comes after it."""
        last = self.last
        wall = max(last.wall_ms, seen.wall_ms, wall_ms)
        if wall == last.wall_ms and wall == seen.wall_ms:
            counter = max(last.counter, seen.counter) + 1
        elif wall == last.wall_ms:
            counter = last.counter + 1
        elif wall == seen.wall_ms:
            counter = seen.counter + 1
        else:
            counter = 0
        self.last = Stamp(wall, counter, self.node)
        return self.last
