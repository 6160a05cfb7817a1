"""The Plan page's widgets: the day, its capacity, the realism meter, the list and its actions."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from trustplanner.ui.plan.plan_model import ESTIMATE, STATUS, TITLE, WITH
from trustplanner.ui.widgets.day_navigator import DayNavigator
from trustplanner.ui.widgets.day_table import DayTable
from trustplanner.ui.widgets.duration_spin_box import DurationSpinBox
from trustplanner.ui.widgets.estimate_field import EstimateField
from trustplanner.ui.widgets.field_message import FieldMessage
from trustplanner.ui.widgets.realism_meter import RealismMeter
from trustplanner.words.realism import planned_of


class PlanView(QWidget):
    def __init__(self, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.navigator = DayNavigator(today)

        # The time this day has.
        self.capacity_spin = DurationSpinBox()
        self.capacity_spin.setAccessibleName(self.tr("Time you have on this day"))
        self.capacity_spin.setToolTip(
            self.tr("The focused time you have on this day. Change it for this day only.")
        )
        capacity_label = QLabel(self.tr("Time you have:"))
        capacity_label.setBuddy(self.capacity_spin)
        self.capacity_usual_button = QToolButton()
        self.capacity_usual_button.setText(self.tr("Back to usual"))
        self.capacity_usual_button.setToolTip(
            self.tr("Use the usual time for this weekday again (set in Settings)")
        )
        _keep_place_when_hidden(self.capacity_usual_button)

        # The realism meter and its verdict.
        self.meter = RealismMeter()
        self.load_label = QLabel()
        # As wide as the widest it says, so that the bar beside it keeps its length
        # while the numbers change.
        widest = planned_of(23 * 60 + 55, 23 * 60 + 55)
        self.load_label.setMinimumWidth(self.load_label.fontMetrics().horizontalAdvance(widest))
        self.verdict_label = QLabel()
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setAccessibleName(self.tr("How realistic this plan is"))
        # What the person's own history says of such a day, and why.
        self.learned_label = QLabel()
        self.learned_label.setWordWrap(True)
        self.learned_label.setAccessibleName(self.tr("What your own days say"))
        self.how_button = QToolButton()
        self.how_button.setText(self.tr("How is this computed?"))
        self.how_button.setToolTip(
            self.tr("What Trust Planner learned from your days, and from how much")
        )
        self.how_button.setAutoRaise(True)
        # When the plan is more than the day has: a proposal that cuts it to what fits.
        self.fit_button = QPushButton(self.tr("Make it fi&t…"))
        self.fit_button.setToolTip(
            self.tr(
                "A proposal: keep what fits today, spread the rest over the coming days. "
                "Nothing moves until you say so."
            )
        )
        _keep_place_when_hidden(self.fit_button)
        self.fit_button.hide()

        # Items left over from days that are over.
        self.leftover_frame = QFrame()
        self.leftover_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.leftover_label = QLabel()
        self.leftover_label.setWordWrap(True)
        self.leftover_button = QPushButton(self.tr("Bring them to this day"))
        leftover_layout = QHBoxLayout(self.leftover_frame)
        leftover_layout.addWidget(self.leftover_label, 1)
        leftover_layout.addWidget(self.leftover_button)
        self.leftover_frame.hide()

        # What waits for some day: one calm line, only while something waits.
        self.someday_label = QLabel()
        self.someday_label.setWordWrap(True)
        self.someday_button = QPushButton(self.tr("Some da&y…"))
        self.someday_button.setToolTip(
            self.tr("What waits with no date yet: bring some of it to this day")
        )
        self.someday_row = QWidget()
        someday_layout = QHBoxLayout(self.someday_row)
        someday_layout.setContentsMargins(0, 0, 0, 0)
        someday_layout.addWidget(self.someday_label, 1)
        someday_layout.addWidget(self.someday_button)
        self.someday_row.hide()

        # The list, or a word on what to do when it is empty.
        self.list_stack = DayTable(
            self.tr("The plan for this day"),
            self.tr(
                "Nothing planned for this day yet.\n\n"
                "Paste your to-do list (Ctrl+Shift+V), or add one thing below. "
                "Then keep what fits, split what is too big, and move the rest."
            ),
        )
        # One calm line on size, instead of the same warning on every big row.
        self.size_label = QLabel()
        self.size_label.setWordWrap(True)
        self.size_label.hide()
        self.table = self.list_stack.table
        self.empty_label = self.list_stack.empty_label
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.list_message = FieldMessage(self.table)
        # The person's own order, by dragging or by Ctrl+Up and Ctrl+Down: what comes
        # first is kept first when the plan is made to fit.
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)

        # Adding one item.
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Add one thing you want to do…"))
        self.title_edit.setAccessibleName(self.tr("New item"))
        self.title_message = FieldMessage(self.title_edit)
        self.estimate_field = EstimateField(optional=True)
        self.estimate_message = FieldMessage(self.estimate_field)
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setToolTip(self.tr("Add this item to the plan (Enter)"))

        # What can be done with the list.
        self.paste_button = QPushButton(self.tr("&Paste a list…"))
        self.paste_button.setToolTip(self.tr("Add many items at once, one per line (Ctrl+Shift+V)"))
        self.split_button = QPushButton(self.tr("&Split…"))
        self.split_button.setToolTip(self.tr("Cut the selected item into small steps"))
        self.promise_button = QPushButton(self.tr("&With…"))
        self.promise_button.setToolTip(
            self.tr("Say who the selected item is for or with, and when: a promise to someone")
        )
        self.move_button = QPushButton(self.tr("&Not today…"))
        self.move_button.setToolTip(self.tr("Move the selected items to a later day"))
        self.let_go_button = QPushButton(self.tr("&Let go…"))
        self.let_go_button.setToolTip(self.tr("Take the selected items off the plan, on purpose"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Remove items added by mistake (Delete)"))
        self.commit_button = QPushButton(self.tr("&Make these my agreements"))
        self.commit_button.setToolTip(
            self.tr("Turn the items on this plan into agreements with yourself (Ctrl+Enter)")
        )
        self.commit_button.setDefault(False)
        font = self.commit_button.font()
        font.setBold(True)
        self.commit_button.setFont(font)

        self.paste_shortcut = QShortcut(QKeySequence("Ctrl+Shift+V"), self)
        self.new_item_shortcut = QShortcut(QKeySequence("Ctrl+N"), self)
        self.commit_shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        self.commit_shortcut_enter = QShortcut(QKeySequence("Ctrl+Enter"), self)
        self.delete_shortcut = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        self.table_paste_shortcut = QShortcut(QKeySequence.StandardKey.Paste, self.table)
        self.earlier_shortcut = QShortcut(QKeySequence("Ctrl+Up"), self.table)
        self.later_shortcut = QShortcut(QKeySequence("Ctrl+Down"), self.table)
        # The page's own shortcuts work wherever the focus is in the window (the tab bar
        # included); Qt switches them off while the page is hidden behind another tab.
        for shortcut in (
            self.delete_shortcut,
            self.table_paste_shortcut,
            self.earlier_shortcut,
            self.later_shortcut,
        ):
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.new_item_shortcut.activated.connect(self.title_edit.setFocus)

        self._lay_out(capacity_label)

    def _lay_out(self, capacity_label: QLabel) -> None:
        top = QHBoxLayout()
        top.addWidget(capacity_label)
        top.addWidget(self.capacity_spin)
        top.addWidget(self.capacity_usual_button)
        top.addSpacing(16)
        top.addWidget(self.meter, 1)
        top.addWidget(self.load_label)
        top.addWidget(self.fit_button)

        add_row = QGridLayout()
        add_row.addWidget(self.title_edit, 0, 0)
        add_row.addWidget(self.estimate_field, 0, 1)
        add_row.addWidget(self.add_button, 0, 2)
        add_row.addWidget(self.title_message, 1, 0)
        add_row.addWidget(self.estimate_message, 1, 1, 1, 2)
        add_row.setColumnStretch(0, 1)

        actions = QHBoxLayout()
        for button in (
            self.paste_button,
            self.split_button,
            self.promise_button,
            self.move_button,
            self.let_go_button,
            self.delete_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.commit_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.navigator)
        layout.addLayout(top)
        layout.addWidget(self.verdict_label)
        learned = QHBoxLayout()
        learned.addWidget(self.learned_label, 1)
        learned.addWidget(self.how_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(learned)
        layout.addWidget(self.leftover_frame)
        layout.addWidget(self.someday_row)
        layout.addWidget(self.size_label)
        layout.addWidget(self.list_stack, 1)
        layout.addWidget(self.list_message)
        layout.addLayout(add_row)
        layout.addLayout(actions)

    def configure_columns(self, status_texts: list[str]) -> None:
        """Size the columns once the table has its model."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (WITH, ESTIMATE, STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        metrics = self.table.fontMetrics()
        # Room for a first name and a time; a longer name shows whole in its tooltip.
        header.resizeSection(WITH, metrics.horizontalAdvance("Alexandra · 19:00") + 16)
        # Wide enough for "12 h 30 min" and for the estimate editor's arrow.
        header.resizeSection(ESTIMATE, metrics.horizontalAdvance("12 h 30 min") + 48)
        # As wide as the widest status there can be, measured once: sizing the column
        # to its contents would measure every row, which takes long with a long list.
        widest = max(metrics.horizontalAdvance(text) for text in status_texts)
        header.resizeSection(STATUS, widest + 24)

    def show_list(self, has_rows: bool) -> None:
        self.list_stack.show_rows(has_rows)


def _keep_place_when_hidden(widget: QWidget) -> None:
    """A button shown only at times keeps its place when hidden, so that the realism bar
    beside it does not grow and shrink with it."""
    policy = widget.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    widget.setSizePolicy(policy)
