"""Fear ladders as lists: the ladders with how far along they are, and one ladder's steps."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from trustplanner.domain.fears import Ladder, LadderStep, StepProgress

AnyIndex = QModelIndex | QPersistentModelIndex
STEP, EXPECTED, FACED, COUNTED, STATE = range(5)


class LadderListModel(QAbstractListModel):
    """Each ladder's theme, with how many of its steps are mastered."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[tuple[Ladder, int]] = []  # (ladder, steps mastered)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def ladder_at(self, row: int) -> Ladder:
        return self._rows[row][0]

    def row_of(self, ladder_id: int) -> int | None:
        return next((i for i, (ladder, _) in enumerate(self._rows) if ladder.id == ladder_id), None)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        ladder, mastered = self._rows[index.row()]
        return (
            self.tr("%1 (%2 of %3 steps)")
            .replace("%1", ladder.theme)
            .replace("%2", str(mastered))
            .replace("%3", str(len(ladder.steps)))
        )

    def set_ladders(self, rows: Sequence[tuple[Ladder, int]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()


class StepModel(QAbstractTableModel):
    """The steps of one ladder, easy to hard, with the exposures and whether each is mastered."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[StepProgress] = []
        self._next: int | None = None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def step_at(self, row: int) -> LadderStep:
        return self._rows[row].step

    def row_of(self, step_id: int) -> int | None:
        return next((i for i, p in enumerate(self._rows) if p.step.id == step_id), None)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (
            self.tr("Step"),
            self.tr("Anxiety expected"),
            self.tr("Times faced"),
            self.tr("Times that count"),
            self.tr("Where you are"),
        )
        return names[section] if 0 <= section < 5 else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        progress = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == STEP:
                return progress.step.description
            if column == EXPECTED:
                return str(progress.step.expected_anxiety)
            if column == FACED:
                return str(progress.exposures)
            if column == COUNTED:
                return str(progress.counted)
            if column == STATE:
                if progress.mastered:
                    return self.tr("Mastered")
                if progress.step.id == self._next:
                    return self.tr("Next step")
                return ""
        if role == Qt.ItemDataRole.ToolTipRole and column == COUNTED:
            return self.tr(
                "The times what you feared did not happen and your anxiety, at its highest, "
                "stayed low enough (see Settings)"
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (EXPECTED, FACED, COUNTED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def set_progress(self, rows: Sequence[StepProgress], next_step_id: int | None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._next = next_step_id
        self.endResetModel()
