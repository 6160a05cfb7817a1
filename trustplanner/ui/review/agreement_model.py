"""The agreements under review: the day's own, and earlier ones still open."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from trustplanner.domain.agreements import Agreement
from trustplanner.domain.endings import Ending
from trustplanner.ui.widgets.ending_icons import ending_icon
from trustplanner.words.dates import compact_day_text, short_date_text
from trustplanner.words.endings import ending_text
from trustplanner.words.numbers import minutes_text
from trustplanner.words.promises import with_text

DAY, TITLE, WITH, SIZE, ENDING = range(5)
COLUMNS = 5
AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ReviewRow:
    agreement: Agreement
    successor: Agreement | None = None  # where a renegotiated agreement went


class AgreementModel(QAbstractTableModel):
    def __init__(self, today: dt.date, parent=None):
        super().__init__(parent)
        self._rows: list[ReviewRow] = []
        self._today = today

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMNS

    def row_at(self, row: int) -> ReviewRow:
        return self._rows[row]

    @property
    def rows(self) -> list[ReviewRow]:
        return list(self._rows)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (
            self.tr("Day"),
            self.tr("Agreement"),
            self.tr("With"),
            self.tr("Size"),
            self.tr("How it ended"),
        )
        return names[section] if 0 <= section < COLUMNS else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        agreement = row.agreement
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == DAY:
                return compact_day_text(agreement.day, self._today)
            if column == TITLE:
                return agreement.title
            if column == WITH:
                return with_text(agreement.person, agreement.promise_time)
            if column == SIZE:
                return minutes_text(agreement.minutes)
            if column == ENDING:
                return self._ending(row)
        if role == Qt.ItemDataRole.DecorationRole and column == ENDING:
            return ending_icon(agreement.ending)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == TITLE:
                return agreement.title
            if column == WITH and agreement.is_promise:
                return with_text(agreement.person, agreement.promise_time)
            if column == ENDING and agreement.note:
                return agreement.note
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _ending(self, row: ReviewRow) -> str:
        agreement = row.agreement
        text = ending_text(agreement.ending)
        successor = row.successor
        if (
            agreement.ending in (Ending.RENEGOTIATED_HONESTLY, Ending.RENEGOTIATED_LATE)
            and successor
        ):
            if successor.day != agreement.day:
                text += " · " + self.tr("to %1").replace("%1", short_date_text(successor.day))
            else:
                text += " · " + self.tr("now %1").replace("%1", minutes_text(successor.minutes))
        if agreement.told_at is not None:
            text += " · " + self.tr("told them")
        if agreement.repair_of is not None:
            text += " · " + self.tr("a repair")
        return text

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def set_rows(self, rows: Sequence[ReviewRow], today: dt.date) -> None:
        rows = list(rows)
        same_rows = [r.agreement.id for r in rows] == [r.agreement.id for r in self._rows]
        if same_rows and today == self._today:
            changed = [
                i for i, (new, old) in enumerate(zip(rows, self._rows, strict=True)) if new != old
            ]
            self._rows = rows
            if changed:
                self.dataChanged.emit(
                    self.index(min(changed), 0), self.index(max(changed), COLUMNS - 1)
                )
            return
        self.beginResetModel()
        self._rows = rows
        self._today = today
        self.endResetModel()
