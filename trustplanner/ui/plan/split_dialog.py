"""Cutting an item that is too big into small steps: a proposal the person can change."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from trustplanner.domain.agreements import Item
from trustplanner.domain.splitting import FIRST_STEP_MAX_MINUTES, propose_steps
from trustplanner.ui.plan.steps_model import Step, StepsModel
from trustplanner.ui.widgets.field_message import FieldMessage
from trustplanner.words.numbers import minutes_text
from trustplanner.words.steps import first_step_title, next_step_title


def proposed_steps(item: Item, step_size: int) -> list[Step]:
    """Steps for an item: a tiny first step, then next steps no bigger than the step size."""
    sizes = propose_steps(item.minutes or step_size, step_size)
    if len(sizes) == 1:
        return [Step(item.title, sizes[0])]
    first = Step(first_step_title(item.title), sizes[0])
    return [first, *(Step(next_step_title(item.title), minutes) for minutes in sizes[1:])]


class SplitDialog(QDialog):
    def __init__(self, item: Item, step_size: int, parent: QWidget | None = None):
        super().__init__(parent)
        self._item = item
        self.setWindowTitle(self.tr("Split into small steps"))
        self.resize(620, 420)
        intro = QLabel(
            self.tr(
                "“%1” is a lot to keep as one agreement. Here is a proposal: a first step of "
                "at most %2, so that starting is easy, then steps of at most %3. Name the steps "
                "as you like: double-click a step to rename it or change its estimate."
            )
            .replace("%1", item.title)
            .replace("%2", minutes_text(min(FIRST_STEP_MAX_MINUTES, step_size)))
            .replace("%3", minutes_text(step_size))
        )
        intro.setWordWrap(True)
        # The first step by name: what the person would really do first is what gets
        # them started.
        self.first_edit = QLineEdit()
        self.first_edit.setPlaceholderText(
            self.tr("For example: put the things you need on the table")
        )
        self.first_edit.setAccessibleName(self.tr("The very first thing you would do"))
        first_label = QLabel(self.tr("What is the very &first thing you would do?"))
        first_label.setBuddy(self.first_edit)
        self.model = StepsModel(proposed_steps(item, step_size), step_size, self)
        self._first_title = self.model.steps[0].title
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Steps"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.message = FieldMessage(self.table)
        self.add_button = QPushButton(self.tr("&Add a step"))
        self.remove_button = QPushButton(self.tr("&Remove step"))
        self.total_label = QLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Use these steps"))

        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(self.total_label)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(first_label)
        layout.addWidget(self.first_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(row)
        layout.addWidget(self.buttons)

        self.add_button.clicked.connect(self._on_add)
        self.remove_button.clicked.connect(self._on_remove)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.model.problem.connect(self.message.say)
        self.model.dataChanged.connect(self._on_changed)
        self.model.rowsInserted.connect(self._on_changed)
        self.model.rowsRemoved.connect(self._on_changed)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self._on_changed()
        self._on_selection()
        self.first_edit.textEdited.connect(self._on_first)
        self.table.setCurrentIndex(self.model.index(0, 0))
        self.first_edit.setFocus()

    def _on_first(self, text: str) -> None:
        """The first step takes the name typed; left empty, it keeps its proposed one."""
        if self.model.rowCount():
            self.model.setData(self.model.index(0, 0), text.strip() or self._first_title)

    def _on_add(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        row = (selected[-1].row() + 1) if selected else self.model.rowCount()
        self.model.insertRows(row, 1)
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def _on_remove(self) -> None:
        for index in sorted(self.table.selectionModel().selectedRows(), key=lambda i: -i.row()):
            self.model.removeRows(index.row(), 1)

    def _on_selection(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def _on_changed(self, *args) -> None:
        self.message.clear()
        total = minutes_text(self.model.total)
        if self._item.minutes is None:
            self.total_label.setText(self.tr("Together: %1").replace("%1", total))
        else:
            self.total_label.setText(
                self.tr("Together: %1 (it was %2)")
                .replace("%1", total)
                .replace("%2", minutes_text(self._item.minutes))
            )
        self.ok_button.setEnabled(self.model.rowCount() > 0)

    def steps(self) -> list[tuple[str, int]]:
        return [(step.title, step.minutes) for step in self.model.steps]

    @classmethod
    def ask(
        cls, parent: QWidget | None, item: Item, step_size: int
    ) -> list[tuple[str, int]] | None:
        dialog = cls(item, step_size, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.steps()
