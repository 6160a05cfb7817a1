"""The editable steps of a split, before the person accepts them."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from trustplanner.domain.durations import EstimateError, parse_estimate
from trustplanner.domain.splitting import is_too_big
from trustplanner.domain.titles import TitleError, clean_title
from trustplanner.words.numbers import minutes_text
from trustplanner.words.problems import estimate_problem_text, title_problem_text

TITLE, ESTIMATE = range(2)
AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Step:
    title: str
    minutes: int


class StepsModel(QAbstractTableModel):
    """Every row is always valid: edits that would not be are refused with a message."""

    problem = Signal(str)

    def __init__(self, steps: list[Step], step_size: int, parent=None):
        super().__init__(parent)
        self._steps = list(steps)
        self._step_size = step_size

    @property
    def steps(self) -> list[Step]:
        return list(self._steps)

    @property
    def total(self) -> int:
        return sum(step.minutes for step in self._steps)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._steps)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < 2
        ):
            return (self.tr("Step"), self.tr("Estimate"))[section]
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        step = self._steps[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return step.title if index.column() == TITLE else minutes_text(step.minutes)
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and index.column() == ESTIMATE
            and is_too_big(step.minutes, self._step_size)
        ):
            return self.tr("Still bigger than %1: you could split it further.").replace(
                "%1", minutes_text(self._step_size)
            )
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: AnyIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        step = self._steps[index.row()]
        try:
            if index.column() == TITLE:
                step = replace(step, title=clean_title(str(value)))
            else:
                step = replace(step, minutes=parse_estimate(str(value)))
        except TitleError as error:
            self.problem.emit(title_problem_text(error.problem, error.length))
            return False
        except EstimateError as error:
            self.problem.emit(estimate_problem_text(error.problem))
            return False
        self._steps[index.row()] = step
        self.dataChanged.emit(index, index)
        return True

    def insertRows(self, row: int, count: int, parent: AnyIndex = QModelIndex()) -> bool:
        if parent.isValid() or not 0 <= row <= len(self._steps) or count < 1:
            return False
        self.beginInsertRows(QModelIndex(), row, row + count - 1)
        for offset in range(count):
            self._steps.insert(
                row + offset, Step(self.tr("Another step"), min(15, self._step_size))
            )
        self.endInsertRows()
        return True

    def removeRows(self, row: int, count: int, parent: AnyIndex = QModelIndex()) -> bool:
        if parent.isValid() or row < 0 or count < 1 or row + count > len(self._steps):
            return False
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self._steps[row : row + count]
        self.endRemoveRows()
        return True
