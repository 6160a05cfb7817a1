"""The some-day list: what waits with no date yet, and bringing some of it to a day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from trustplanner.domain.agreements import Item
from trustplanner.words.dates import compact_day_text, day_in_sentence, day_text
from trustplanner.words.numbers import minutes_text

ID = Qt.ItemDataRole.UserRole + 1


class SomedayDialog(QDialog):
    def __init__(
        self,
        items: Sequence[Item],
        day: dt.date,
        free: int,
        today: dt.date,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Some day"))
        self.resize(480, 420)
        where = day_in_sentence(day, today)
        intro = QLabel(
            self.tr(
                "These wait with no date. Choose what you want to bring to %1; the rest can "
                "wait as long as it needs."
            ).replace("%1", where)
        )
        intro.setWordWrap(True)
        named = day_text(day, today)  # at the start of a sentence
        room = QLabel(
            self.tr("%1 has %2 free.").replace("%1", named).replace("%2", minutes_text(free))
            if free > 0
            else self.tr("%1 is full already: another day may suit better.").replace("%1", named)
        )
        room.setWordWrap(True)
        self.model = QStandardItemModel(self)
        for item in items:
            size = minutes_text(item.minutes) if item.minutes else self.tr("no estimate")
            # "since today", "since yesterday", or a date: never a capital mid-phrase.
            recent = today - item.day <= dt.timedelta(days=1)
            when = day_in_sentence(item.day, today) if recent else compact_day_text(item.day, today)
            since = self.tr("waiting since %1").replace("%1", when)
            row = QStandardItem(f"{item.title} · {size} · {since}")
            row.setEditable(False)
            row.setData(item.id, ID)
            self.model.appendRow(row)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Waiting for some day"))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.doubleClicked.connect(self.accept)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close
        )
        self.bring_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.bring_button.setText(self.tr("Bring to %1").replace("%1", where))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.view.selectionModel().selectionChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(room)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self._update()
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))
        self.view.setFocus()

    def chosen(self) -> list[int]:
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [self.model.item(row).data(ID) for row in rows]

    def _update(self, *args) -> None:
        self.bring_button.setEnabled(bool(self.view.selectionModel().selectedRows()))

    @classmethod
    def ask(cls, parent: QWidget | None, *args) -> list[int]:
        dialog = cls(*args, parent=parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return []
        return dialog.chosen()
