"""The welcome of the very first start, inside the window: what Trust Planner is for,
how a day goes, and two ways in. Help → Welcome shows it again."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QProcess, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

# The example history lives in a folder of its own, inside the person's data folder but
# never in their data file.
EXAMPLE_FOLDER = "example"
EXAMPLE_DAYS = 120


class WelcomeView(QWidget):
    """Three sentences and two buttons; the window decides what they lead to."""

    start_requested = Signal()
    example_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        heading = QLabel(self.tr("Welcome to Trust Planner"))
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        heading.setAccessibleName(self.tr("Welcome to Trust Planner"))
        self.text = QLabel(
            self.tr(
                "Trust in yourself grows when you do what you say and say what you do. "
                "Each day you choose a few small things that fit the time you have, and "
                "make them agreements with yourself. In the evening you look back kindly: "
                "kept, honestly changed, or it didn't happen, and all three are fine to say."
            )
        )
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.tr("What Trust Planner is for"))
        self.start_button = QPushButton(self.tr("&Start with one small agreement for today"))
        self.start_button.setDefault(True)
        self.start_button.setAccessibleDescription(
            self.tr("Opens Plan, ready for the first thing you want to do today")
        )
        self.example_button = QPushButton(self.tr("&Look around in an example history"))
        self.example_button.setAccessibleDescription(
            self.tr(
                "Opens a second window with made-up days, kept apart from your own; "
                "close it when you have seen enough"
            )
        )
        note = QLabel(self.tr("You can see this again under Help → Welcome."))
        note.setEnabled(False)  # a quiet line

        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.example_button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(heading)
        column.addSpacing(12)
        column.addWidget(self.text)
        column.addSpacing(18)
        column.addLayout(buttons)
        column.addSpacing(12)
        column.addWidget(note)
        column.addStretch(2)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 4)
        outer.addStretch(1)
        outer.setAlignment(Qt.AlignmentFlag.AlignVCenter)
        self.start_button.clicked.connect(self.start_requested)
        self.example_button.clicked.connect(self.example_requested)


def example_folder(data_dir: Path) -> Path:
    return data_dir / EXAMPLE_FOLDER


def fill_example(store, today) -> None:
    """An example folder's history, written the first time it is opened (by the example's
    own process, so that the person's window never waits for it)."""
    from trustplanner.demo import fill_store, store_is_empty

    if store_is_empty(store):
        fill_store(store, EXAMPLE_DAYS, today)


def example_command(folder: Path, language: str | None) -> tuple[str, list[str]]:
    """How to start a second Trust Planner on the example folder."""
    arguments = ["--example", "--data-dir", str(folder)]
    if language:
        arguments = ["--lang", language, *arguments]
    if getattr(sys, "frozen", False):  # a bundle: the program itself is Trust Planner
        return sys.executable, arguments
    return sys.executable, ["-m", "trustplanner", *arguments]


def open_example(folder: Path, language: str | None) -> bool:
    """Start the example in a process of its own; False when it could not be started."""
    program, arguments = example_command(folder, language)
    started, _pid = QProcess.startDetached(program, arguments)
    return bool(started)
