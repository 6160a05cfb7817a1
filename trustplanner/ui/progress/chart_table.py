"""A chart's values as a table: what the picture shows, for the keyboard and for a
screen reader."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from trustplanner.words.chart_readings import Reading


def reading_model(reading: Reading, parent=None) -> QStandardItemModel:
    model = QStandardItemModel(len(reading.rows), len(reading.headers), parent)
    model.setHorizontalHeaderLabels(list(reading.headers))
    for row, values in enumerate(reading.rows):
        for column, value in enumerate(values):
            item = QStandardItem(value)
            item.setEditable(False)
            model.setItem(row, column, item)
    return model


class ChartTableDialog(QDialog):
    def __init__(self, title: str, reading: Reading, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(620, 480)
        self.summary = QLabel(reading.summary)
        self.summary.setWordWrap(True)
        self.model = reading_model(reading, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(title)
        self.table.setAccessibleDescription(reading.summary)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        # Rows as high as a line of text: years of days stay one quick scroll.
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.table.setFocus()
