"""The rows of a day's plan: items still to agree on, and the agreements already made."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from trustplanner.domain.agreements import Agreement, Item
from trustplanner.domain.endings import Ending
from trustplanner.domain.splitting import is_too_big
from trustplanner.ui.widgets.ending_icons import bigger_mark, ending_icon
from trustplanner.words.endings import ending_text
from trustplanner.words.numbers import minutes_text
from trustplanner.words.promises import with_text

TITLE, WITH, ESTIMATE, STATUS = range(4)
COLUMNS = 4
# What a dragged row carries: the ids of the items, within this window only.
ITEMS_MIME = "application/x-trustplanner-items"

AnyIndex = QModelIndex | QPersistentModelIndex


# Not frozen: a plan is rebuilt row by row after every change, and a frozen dataclass
# takes five times as long to make. Rows are replaced, never changed.
@dataclass(slots=True)
class PlanRow:
    """One row: an item (`agreement` is None) or an agreement made for the day."""

    id: int
    title: str
    minutes: int | None
    too_big: bool = False
    agreement: Agreement | None = None
    person: str | None = None  # who it is for or with
    promise_time: str | None = None

    @property
    def is_item(self) -> bool:
        return self.agreement is None

    @property
    def key(self) -> tuple[bool, int]:
        return (self.is_item, self.id)


def plan_rows(
    items: Sequence[Item], agreements: Sequence[Agreement], step_size: int
) -> list[PlanRow]:
    """Agreements first, as they are already promised; then the items still to choose from."""
    rows = [
        PlanRow(a.id, a.title, a.minutes, False, a, a.person, a.promise_time) for a in agreements
    ]
    rows += [
        PlanRow(
            i.id,
            i.title,
            i.minutes,
            is_too_big(i.minutes, step_size),
            None,
            i.person,
            i.promise_time,
        )
        for i in items
    ]
    return rows


# The controller saves an edit and returns a message for the person, or None when saved.
Editor = Callable[[PlanRow, int, str], str | None]


class PlanModel(QAbstractTableModel):
    edit_refused = Signal(str)
    # Items dropped in a new place: their ids, and the item they now come before (0: the
    # end). The controller ranks them; the model shows the plan as read again.
    rank_asked = Signal(list, int)

    def __init__(self, editor: Editor | None = None, parent=None):
        super().__init__(parent)
        self._rows: list[PlanRow] = []
        self._editor = editor

    # -- reading -----------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMNS

    def row_at(self, row: int) -> PlanRow:
        return self._rows[row]

    @property
    def rows(self) -> list[PlanRow]:
        return list(self._rows)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            (self.tr("What"), self.tr("With"), self.tr("Estimate"), self.tr("Status"))[section]
            if 0 <= section < COLUMNS
            else None
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == TITLE:
                return row.title
            if column == WITH:
                return with_text(row.person, row.promise_time)
            if column == ESTIMATE:
                if row.minutes is None:
                    return "" if role == Qt.ItemDataRole.EditRole else "—"
                return minutes_text(row.minutes)
            if column == STATUS and role == Qt.ItemDataRole.DisplayRole:
                return self._status(row)
        if role == Qt.ItemDataRole.DecorationRole and column == STATUS:
            if not row.is_item:
                return ending_icon(row.agreement.ending)
            if row.too_big:
                return bigger_mark()
        if role == Qt.ItemDataRole.AccessibleTextRole and column == STATUS and row.too_big:
            return self._status_tip(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == TITLE:
                return row.title
            if column == WITH:
                return with_text(row.person, row.promise_time) or self.tr(
                    "Who this is for or with, and when: optional. Double-click to say."
                )
            if column == STATUS:
                return self._status_tip(row)
        if role == Qt.ItemDataRole.FontRole and not row.is_item:
            font = QFont(QApplication.font())
            font.setItalic(row.agreement.ending is None)
            return font
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and not row.is_item
            and row.agreement.ending is not None
        ):
            return QApplication.palette().brush(
                QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ESTIMATE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def status_texts(self) -> list[str]:
        """Every status a row can show: the column is made as wide as the widest."""
        endings = [ending_text(ending) for ending in Ending]
        return [
            self.tr("Agreed"),
            *endings,
            self.tr("Needs an estimate"),
        ]

    def _status(self, row: PlanRow) -> str:
        if not row.is_item:
            ending = row.agreement.ending
            return self.tr("Agreed") if ending is None else ending_text(ending)
        if row.minutes is None:
            return self.tr("Needs an estimate")
        return ""  # a row bigger than one step has a small mark, and one line above the list

    def _status_tip(self, row: PlanRow) -> str | None:
        if not row.is_item:
            if row.agreement.ending is None:
                return self.tr("An agreement with yourself. Say how it went in Review.")
            return None
        if row.too_big:
            return self.tr(
                "Bigger than one step: split it into small steps that are easy to keep, or "
                "keep it whole if it suits you."
            )
        if row.minutes is None:
            return self.tr("Double-click the estimate to say how long it will take.")
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # between the rows
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._rows[index.row()].is_item:
            flags |= Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
            if index.column() in (TITLE, ESTIMATE):
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # -- ranking by drag and drop ------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ITEMS_MIME]

    def mimeData(self, indexes) -> QMimeData:
        rows = sorted({index.row() for index in indexes if index.isValid()})
        ids = [str(self._rows[row].id) for row in rows if self._rows[row].is_item]
        data = QMimeData()
        data.setData(ITEMS_MIME, QByteArray(" ".join(ids).encode()))
        return data

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return data is not None and data.hasFormat(ITEMS_MIME)

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        """A drop asks for the items to be ranked before the row it lands on; nothing
        changes here. False, so that the view removes no rows of its own."""
        if data is None or not data.hasFormat(ITEMS_MIME):
            return False
        try:
            ids = [int(word) for word in bytes(data.data(ITEMS_MIME).data()).split()]
        except ValueError:
            return False
        target = parent.row() if parent.isValid() else row
        following = [r.id for r in self._rows[max(0, target) :] if r.is_item] if target >= 0 else []
        before = next((item_id for item_id in following if item_id not in ids), 0)
        if ids:
            self.rank_asked.emit(ids, before)
        return False

    # -- editing -----------------------------------------------------------------

    def setData(self, index: AnyIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self._editor is None:
            return False
        row = self._rows[index.row()]
        if not row.is_item or index.column() not in (TITLE, ESTIMATE):
            return False
        problem = self._editor(row, index.column(), str(value))
        if problem:
            self.edit_refused.emit(problem)
            return False
        return True

    def set_rows(self, rows: Sequence[PlanRow]) -> None:
        """Show new rows; the same rows with new values update in place, keeping the selection."""
        rows = list(rows)
        if len(rows) == len(self._rows) and [r.key for r in rows] == [r.key for r in self._rows]:
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
        self.endResetModel()

    def append_rows(self, rows: Sequence[PlanRow]) -> None:
        """Add rows at the end: the rest of a long plan, read a part at a time."""
        if not rows:
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()
