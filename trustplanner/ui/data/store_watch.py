"""Acting on the verdict of the store's background check, on the window's thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal

from trustplanner.store.transactions import Store


class StoreWatch(QObject):
    """Emits `damaged` on its own thread when the store's quick check finds damage, or
    damage is met later (an export checks the file too)."""

    damaged = Signal(object)  # a store.damage.Damage

    def __init__(self, store: Store, on_damage: Callable, parent: QObject | None = None):
        super().__init__(parent)
        # Queued, always: the check's thread must not touch widgets, and a check that
        # is already done must not act in the middle of the start that made this watch.
        self.damaged.connect(on_damage, Qt.ConnectionType.QueuedConnection)
        store.when_damaged(self.damaged.emit)
