"""Before and after images of the rows one user action touched, so that it can be undone."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

Row = dict[str, Any]
Key = tuple[str, Any]  # (table, primary key value)
Entry = tuple[Key, "Row | None", "Row | None"]  # a row's key, before and after

# A change of this many rows or more (an import of years) is kept packed once done: as
# plain dictionaries, ten years of rows held some eight times the export's size in
# memory for as long as the window kept the undo step.
PACK_FROM = 5000
_BLOCK = 2000  # rows per packed block: unpacked one at a time while replaying


class StaleChange(RuntimeError):
    """The rows changed since the action (another window, another process): undo is refused."""


class ChangeSet:
    """What one action did: for every touched row, how it was before and after.

    While the action runs, `before` grows as rows are touched; `seal` then reads how the
    action left them. A plain class, not a dataclass: the store's module is read by
    `trustplanner status`, which need not load dataclasses (and the inspect module
    they bring).
    """

    def __init__(self) -> None:
        self.before: dict[Key, Row | None] = {}
        self.after: dict[Key, Row | None] = {}
        self._packed: list[bytes] = []
        self._packed_rows = 0
        self._packed_changed = False

    def seal(self, read: Callable[[Key], Row | None]) -> None:
        """Read every touched row as the action left it; pack a large change."""
        if len(self.before) < PACK_FROM:
            for key in self.before:
                self.after[key] = read(key)
            return
        import pickle
        import zlib

        touched = list(self.before.items())
        self.before = {}
        self._packed_rows = len(touched)
        for start in range(0, len(touched), _BLOCK):
            block = [(key, was, read(key)) for key, was in touched[start : start + _BLOCK]]
            if not self._packed_changed:
                self._packed_changed = any(was != now for _, was, now in block)
            # Level 1: packing runs inside the action's transaction, and speed counts more
            # than the last few per cent of size.
            self._packed.append(zlib.compress(pickle.dumps(block, pickle.HIGHEST_PROTOCOL), 1))

    def entries(self, *, backwards: bool = False) -> Iterator[Entry]:
        """Every touched row's key, before and after, in the order they were touched
        (or the reverse)."""
        if not self._packed:
            keys = list(self.before)
            for key in reversed(keys) if backwards else keys:
                yield key, self.before[key], self.after.get(key)
            return
        import pickle
        import zlib

        for packed in reversed(self._packed) if backwards else self._packed:
            block = pickle.loads(zlib.decompress(packed))
            yield from reversed(block) if backwards else block

    @property
    def keys(self) -> list[Key]:
        return [key for key, _, _ in self.entries()]

    def __len__(self) -> int:
        return self._packed_rows or len(self.before)

    def __bool__(self) -> bool:
        if self._packed:
            return self._packed_changed
        return any(self.before[key] != self.after.get(key) for key in self.before)
