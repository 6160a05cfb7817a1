"""The Review page's widgets: the day's agreements, how they ended, and what was said no to."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trustplanner.ui.review.agreement_model import DAY, ENDING, SIZE, TITLE, WITH
from trustplanner.ui.review.smaller_bar import SmallerBar
from trustplanner.ui.review.took_bar import TookBar
from trustplanner.ui.widgets.day_navigator import DayNavigator
from trustplanner.ui.widgets.day_table import DayTable


class ReviewView(QWidget):
    def __init__(self, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.navigator = DayNavigator(today)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(self.tr("Summary of the day"))
        self.earlier_check = QCheckBox(
            self.tr("Also show earlier agreements that are still open, or were ended on this day")
        )
        self.earlier_check.setChecked(True)
        # Only the promises to one person, once there are any.
        self.person_combo = QComboBox()
        self.person_combo.setAccessibleName(self.tr("Show the agreements with"))
        self.person_combo.setToolTip(self.tr("Show only the promises to one person"))
        self.person_label = QLabel(self.tr("With:"))
        self.person_label.setBuddy(self.person_combo)

        self.list_stack = DayTable(
            self.tr("Agreements"),
            self.tr(
                "No agreements for this day.\n\n"
                "In Plan, choose a few small things you can keep, and make them your agreements. "
                "Come back here to say how they went."
            ),
        )
        self.table = self.list_stack.table
        self.empty_label = self.list_stack.empty_label

        self.kept_button = QPushButton(self.tr("&Kept"))
        self.kept_button.setToolTip(self.tr("I did what I said (Alt+K)"))
        self.renegotiate_button = QPushButton(self.tr("&Renegotiate…"))
        self.renegotiate_button.setToolTip(
            self.tr("Make it smaller, or give it another day (Alt+R)")
        )
        self.didnt_happen_button = QPushButton(self.tr("&Didn't happen…"))
        self.didnt_happen_button.setToolTip(self.tr("It didn't happen this time (Alt+D)"))
        self.reopen_button = QPushButton(self.tr("Re&open"))
        self.reopen_button.setToolTip(
            self.tr("Take back how it ended, so it is open again (Alt+O)")
        )

        self.repair_button = QPushButton(self.tr("Re&pair…"))
        self.repair_button.setToolTip(
            self.tr("A promise to someone that did not happen: note how you repaired it (Alt+P)")
        )

        self.took_bar = TookBar()
        self.smaller_bar = SmallerBar()

        self.said_no_label = QLabel(self.tr("What you said no to on this day"))
        self.said_no_view = QListView()
        self.said_no_view.setAccessibleName(self.tr("What you said no to on this day"))
        self.said_no_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.said_no_view.setMaximumHeight(120)

        buttons = QHBoxLayout()
        for button in (self.kept_button, self.renegotiate_button, self.didnt_happen_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.repair_button)
        buttons.addWidget(self.reopen_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.navigator)
        layout.addWidget(self.summary_label)
        options = QHBoxLayout()
        options.addWidget(self.earlier_check, 1)
        options.addWidget(self.person_label)
        options.addWidget(self.person_combo)
        layout.addLayout(options)
        layout.addWidget(self.list_stack, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.took_bar)
        layout.addWidget(self.smaller_bar)
        layout.addWidget(self.said_no_label)
        layout.addWidget(self.said_no_view)

    def configure_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(DAY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (WITH, SIZE, ENDING):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def show_list(self, has_rows: bool) -> None:
        self.list_stack.show_rows(has_rows)

    def show_said_no(self, has_rows: bool) -> None:
        self.said_no_label.setVisible(has_rows)
        self.said_no_view.setVisible(has_rows)
