"""The Review page's widgets: the day's agreements, how they ended, and what was said no to."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

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
        buttons.addWidget(self.reopen_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.navigator)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.earlier_check)
        layout.addWidget(self.list_stack, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.took_bar)
        layout.addWidget(self.smaller_bar)
        layout.addWidget(self.said_no_label)
        layout.addWidget(self.said_no_view)

    def configure_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)

    def show_list(self, has_rows: bool) -> None:
        self.list_stack.show_rows(has_rows)

    def show_said_no(self, has_rows: bool) -> None:
        self.said_no_label.setVisible(has_rows)
        self.said_no_view.setVisible(has_rows)
