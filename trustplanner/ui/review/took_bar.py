"""After "Kept": how long did it take? A quiet offer under the buttons, never a question
that must be answered; skipping it is the default, and nothing asks twice."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from trustplanner.domain.durations import EstimateError, parse_took
from trustplanner.words.problems import took_problem_text

# The quick choices, as factors of the time planned.
SHORTER, AS_PLANNED, LONGER, MUCH_LONGER = 0.75, 1.0, 1.5, 2.0


class TookBar(QWidget):
    """Offers to say what kept agreements took; `said` gives a factor of the plan (a
    float) or, for one agreement, typed minutes (an int)."""

    said = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.choices = {}
        row = QHBoxLayout()
        for factor, text in (
            (SHORTER, self.tr("Shorter")),
            (AS_PLANNED, self.tr("&About as planned")),
            (LONGER, self.tr("Longer")),
            (MUCH_LONGER, self.tr("Twice as long")),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, f=factor: self._say(f))
            self.choices[factor] = button
            row.addWidget(button)
        self.minutes_edit = QLineEdit()
        self.minutes_edit.setPlaceholderText(self.tr("or type it, e.g. 40 min"))
        self.minutes_edit.setAccessibleName(self.tr("How long it took"))
        self.minutes_edit.returnPressed.connect(self._say_typed)
        row.addWidget(self.minutes_edit)
        self.skip_button = QPushButton(self.tr("Skip"))
        self.skip_button.setToolTip(self.tr("Leave it unsaid: that is always fine (Esc)"))
        self.skip_button.clicked.connect(self.hide)
        row.addWidget(self.skip_button)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.question)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.hide)
        self.hide()

    def offer(self, titles: list[str]) -> None:
        """Show the offer for the agreements just kept, named by their titles."""
        count = len(titles)
        if count == 1:
            text = self.tr(
                "If you like: how long did “%1” take? It helps the app learn what your days "
                "really hold."
            ).replace("%1", titles[0])
        else:
            text = self.tr(
                "If you like: how long did these %n take, against what you planned?", "", count
            )
        self.question.setText(text)
        # Typed minutes belong to one agreement; for several, only the quick choices.
        self.minutes_edit.setVisible(count == 1)
        self.minutes_edit.clear()
        self.problem.hide()
        self.show()

    def _say(self, answer: float | int) -> None:
        self.hide()
        self.said.emit(answer)

    def _say_typed(self) -> None:
        try:
            minutes = parse_took(self.minutes_edit.text())
        except EstimateError as problem:
            self.problem.setText(took_problem_text(problem.problem))
            self.problem.show()
            self.minutes_edit.setFocus()
            return
        self._say(minutes)
