"""The Fears page's widgets: quick entry on top, then the history and the ladders."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from trustplanner.domain.progress import Span
from trustplanner.ui.fears.fear_form import FearForm
from trustplanner.ui.widgets.date_field import date_field
from trustplanner.ui.widgets.heading import heading
from trustplanner.ui.widgets.span_combo import span_combo


def _table(name: str) -> QTableView:
    table = QTableView()
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    return table


def _size_columns(table: QTableView, stretch: int, capped: tuple[int, ...] = ()) -> None:
    """Columns fit their contents, one stretches, and long ones stop at a readable width."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for column in capped:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, table.fontMetrics().horizontalAdvance("M" * 10))
    table.setTextElideMode(Qt.TextElideMode.ElideRight)


class FearsView(QWidget):
    def __init__(self, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        # Quick entry.
        self.quick_box = QGroupBox(self.tr("Write down a fear you faced"))
        self.form = FearForm(today)
        self.log_button = QPushButton(self.tr("&Write it down"))
        self.log_button.setToolTip(self.tr("Save this fear faced (Enter)"))
        quick_buttons = QHBoxLayout()
        quick_buttons.addWidget(self.form.more_button)
        quick_buttons.addStretch(1)
        quick_buttons.addWidget(self.log_button)
        quick_layout = QVBoxLayout(self.quick_box)
        quick_layout.addWidget(self.form)
        quick_layout.addLayout(quick_buttons)
        self.heading = heading(self.tr("Fears you faced"))
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(self.tr("What your fears faced show"))

        # History.
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        # All first: a fear written down long ago is still worth finding.
        self.span_combo = span_combo(
            [Span.ALL, Span.FOUR_WEEKS, Span.THREE_MONTHS, Span.YEAR, Span.CUSTOM]
        )
        self.from_edit = date_field(self.tr("From"))
        self.to_edit = date_field(self.tr("To"))
        self.ladder_filter = QComboBox()
        self.ladder_filter.setAccessibleName(self.tr("Ladder"))
        self.tag_filter = QComboBox()
        self.tag_filter.setAccessibleName(self.tr("Tag"))
        self.history_table = _table(self.tr("Fears faced"))
        self.history_empty = QLabel()
        self.history_empty.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("&Change…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(
            self.tr("Delete the selected entries (Delete); Ctrl+Z undoes it")
        )
        self.delete_shortcut = QShortcut(QKeySequence.StandardKey.Delete, self.history_table)
        self.delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.span_combo)
        self.dates = QWidget()
        dates_layout = QHBoxLayout(self.dates)
        dates_layout.setContentsMargins(0, 0, 0, 0)
        dates_layout.addWidget(QLabel(self.tr("from")))
        dates_layout.addWidget(self.from_edit)
        dates_layout.addWidget(QLabel(self.tr("to")))
        dates_layout.addWidget(self.to_edit)
        dates_layout.addStretch(1)
        self.dates.hide()  # on a row of its own, so that the filters keep their room
        filters.addWidget(self.ladder_filter, 1)
        filters.addWidget(self.tag_filter, 1)
        history_buttons = QHBoxLayout()
        history_buttons.addWidget(self.history_empty, 1)
        history_buttons.addWidget(self.edit_button)
        history_buttons.addWidget(self.delete_button)
        history = QWidget()
        history_layout = QVBoxLayout(history)
        history_layout.addLayout(filters)
        history_layout.addWidget(self.dates)
        history_layout.addWidget(self.history_table, 1)
        history_layout.addLayout(history_buttons)

        # Ladders.
        self.ladder_list = QListView()
        self.ladder_list.setAccessibleName(self.tr("Fear ladders"))
        self.ladder_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.new_ladder_button = QPushButton(self.tr("New &ladder…"))
        self.rename_ladder_button = QPushButton(self.tr("Rename…"))
        self.delete_ladder_button = QPushButton(self.tr("Delete ladder"))
        # Two rows of buttons keep the list narrow, and the steps beside it readable.
        ladder_buttons = QGridLayout()
        ladder_buttons.addWidget(self.new_ladder_button, 0, 0, 1, 2)
        ladder_buttons.addWidget(self.rename_ladder_button, 1, 0)
        ladder_buttons.addWidget(self.delete_ladder_button, 1, 1)
        ladder_column = QWidget()
        ladder_layout = QVBoxLayout(ladder_column)
        ladder_layout.setContentsMargins(0, 0, 0, 0)
        ladder_layout.addWidget(self.ladder_list, 1)
        ladder_layout.addLayout(ladder_buttons)

        self.ladder_progress = QLabel()
        self.ladder_progress.setWordWrap(True)
        # Told once, when the rule for "mastered" changed and a step's mark with it.
        self.rule_note = QLabel()
        self.rule_note.setWordWrap(True)
        self.rule_note.hide()
        self.step_table = _table(self.tr("Steps of the ladder"))
        self.add_step_button = QPushButton(self.tr("&Add a step…"))
        self.edit_step_button = QPushButton(self.tr("Change…"))
        self.up_button = QPushButton(self.tr("Up"))
        self.up_button.setToolTip(self.tr("Move the step one place easier"))
        self.down_button = QPushButton(self.tr("Down"))
        self.down_button.setToolTip(self.tr("Move the step one place harder"))
        self.delete_step_button = QPushButton(self.tr("Delete step"))
        self.plan_button = QPushButton(self.tr("&Plan this step…"))
        self.plan_button.setToolTip(self.tr("Make this step an agreement with yourself on a day"))
        self.expose_button = QPushButton(self.tr("Write down how &it went…"))
        step_buttons = QHBoxLayout()
        for button in (
            self.add_step_button,
            self.edit_step_button,
            self.up_button,
            self.down_button,
            self.delete_step_button,
        ):
            step_buttons.addWidget(button)
        step_buttons.addStretch(1)
        step_actions = QHBoxLayout()
        step_actions.addStretch(1)
        step_actions.addWidget(self.plan_button)
        step_actions.addWidget(self.expose_button)
        self.exposure_table = _table(self.tr("Times you faced this ladder's steps"))
        exposures_label = QLabel(self.tr("Each time you faced a step: anxiety before and after"))
        steps_column = QWidget()
        steps_layout = QVBoxLayout(steps_column)
        steps_layout.setContentsMargins(0, 0, 0, 0)
        steps_layout.addWidget(self.rule_note)
        steps_layout.addWidget(self.ladder_progress)
        steps_layout.addWidget(self.step_table, 2)
        steps_layout.addLayout(step_buttons)
        steps_layout.addLayout(step_actions)
        steps_layout.addWidget(exposures_label)
        steps_layout.addWidget(self.exposure_table, 1)
        self.ladder_split = QSplitter()
        self.ladder_split.addWidget(ladder_column)
        self.ladder_split.addWidget(steps_column)
        self.ladder_split.setStretchFactor(0, 1)
        self.ladder_split.setStretchFactor(1, 3)
        self.ladder_split.setSizes([220, 660])

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(history, self.tr("Fears faced"))
        self.tabs.addTab(self.ladder_split, self.tr("Ladders"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.quick_box)
        layout.addWidget(self.tabs, 1)

    def configure_columns(self) -> None:
        # Fear tables: day, situation, before → after, happened?, ladder step, tags.
        for table in (self.history_table, self.exposure_table):
            _size_columns(table, stretch=1, capped=(4, 5))
        # Beside its ladder, an exposure needs neither the ladder's name nor tags.
        self.exposure_table.setColumnHidden(4, True)
        self.exposure_table.setColumnHidden(5, True)
        _size_columns(self.step_table, stretch=0)
