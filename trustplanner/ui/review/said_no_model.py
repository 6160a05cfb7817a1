"""What the person said no to on a day: items moved to another day, and items let go."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from trustplanner.store.plans import SaidNo
from trustplanner.words.dates import day_in_sentence

AnyIndex = QModelIndex | QPersistentModelIndex


class SaidNoModel(QAbstractListModel):
    def __init__(self, today: dt.date, parent=None):
        super().__init__(parent)
        self._rows: list[SaidNo] = []
        self._today = today

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        said = self._rows[index.row()]
        if said.kind == "moved" and said.to_day is not None:
            text = self.tr("Moved to %1: %2").replace(
                "%1", day_in_sentence(said.to_day, self._today)
            )
        elif said.kind == "moved":
            text = self.tr("For some day, no date yet: %2")
        else:
            text = self.tr("Let go: %2")
        text = text.replace("%2", said.title)
        if said.note:
            text += f" ({said.note})"
        return text

    def set_rows(self, rows: Sequence[SaidNo], today: dt.date) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._today = today
        self.endResetModel()
