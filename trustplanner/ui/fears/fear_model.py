"""Fears faced, as a table: when, what, the anxiety before and after, and what happened."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from trustplanner.domain.fears import FearEntry
from trustplanner.words.dates import compact_day_text
from trustplanner.words.fears import outcome_text

DAY, SITUATION, ANXIETY, HAPPENED, STEP, TAGS = range(6)
AnyIndex = QModelIndex | QPersistentModelIndex


class FearModel(QAbstractTableModel):
    def __init__(self, today: dt.date, parent=None):
        super().__init__(parent)
        self._entries: list[FearEntry] = []
        self._steps: dict[int, str] = {}
        self._today = today

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def entry_at(self, row: int) -> FearEntry:
        return self._entries[row]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (
            self.tr("Day"),
            self.tr("What you faced"),
            self.tr("Anxiety before → after"),
            self.tr("Happened?"),
            self.tr("Ladder step"),
            self.tr("Tags"),
        )
        return names[section] if 0 <= section < 6 else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == DAY:
                return compact_day_text(entry.day, self._today)
            if column == SITUATION:
                return self._situation(entry)
            if column == ANXIETY:
                return f"{entry.anxiety_before} → {entry.anxiety_after}"
            if column == HAPPENED:
                return outcome_text(entry.outcome)
            if column == STEP:
                return self._steps.get(entry.step_id, "") if entry.step_id else ""
            if column == TAGS:
                return ", ".join(entry.tags)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == STEP and entry.step_id:
                return self._steps.get(entry.step_id, "")
            if column == HAPPENED:
                return self.tr("Did what you feared happen?")
            if column == SITUATION:
                parts = [self._situation(entry)]
                if entry.learned:
                    parts.append(self.tr("Learned: %1").replace("%1", entry.learned))
                return "\n".join(parts)
            if column == ANXIETY:
                return (
                    self.tr("Your anxiety went from %1 just before to %2 afterwards.")
                    .replace("%1", str(entry.anxiety_before))
                    .replace("%2", str(entry.anxiety_after))
                )
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ANXIETY:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _situation(self, entry: FearEntry) -> str:
        """A "no" said shows as one, with who asked when the person noted it."""
        if not entry.said_no:
            return entry.situation
        if entry.asked_by:
            return (
                self.tr("Said no to %1: %2")
                .replace("%1", entry.asked_by)
                .replace("%2", entry.situation)
            )
        return self.tr("Said no: %1").replace("%1", entry.situation)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def set_entries(
        self, entries: Sequence[FearEntry], steps: dict[int, str], today: dt.date
    ) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self._steps = dict(steps)
        self._today = today
        self.endResetModel()
