"""Editing an estimate in the plan's list with the same field as everywhere else."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from trustplanner.ui.widgets.estimate_field import EstimateField


class EstimateDelegate(QStyledItemDelegate):
    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> QWidget:
        return EstimateField(parent, optional=True)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        assert isinstance(editor, EstimateField)
        editor.setEditText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        editor.lineEdit().selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex) -> None:
        assert isinstance(editor, EstimateField)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
