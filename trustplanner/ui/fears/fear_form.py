"""The fields of a fear faced: the quick four, and "More" for the rest."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from trustplanner.domain.fears import (
    FearDraft,
    FearEntry,
    FearOutcome,
    FearProblem,
    check_entry,
    read_tags,
)
from trustplanner.domain.promises import MAX_NAME_LENGTH
from trustplanner.ui.widgets.calendar import with_named_calendar
from trustplanner.ui.widgets.field_message import FieldMessage
from trustplanner.ui.widgets.rating_field import RatingField
from trustplanner.words.dates import date_field_format, pydate, qdate
from trustplanner.words.fears import fear_problem_text, outcome_text


class TagCompleter(QCompleter):
    """Completes the tag being typed after the last comma."""

    def splitPath(self, path: str) -> list[str]:
        return [path.split(",")[-1].strip()]

    def pathFromIndex(self, index) -> str:
        typed = self.widget().text()
        head = typed.rsplit(",", 1)[0] + ", " if "," in typed else ""
        return head + str(index.data())


class FearForm(QWidget):
    submitted = Signal()  # Enter in one of the quick fields

    def __init__(self, today: dt.date, *, more_open: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self._today = today
        self._id: int | None = None
        self._agreement_id: int | None = None

        # Saying no, or setting a boundary, is facing a fear too: the same entry, with
        # who asked, if the person likes.
        self.said_no = QCheckBox(self.tr("I said &no, or set a boundary"))
        self.said_no.setToolTip(
            self.tr("Saying no, or where your limit is, takes courage: it counts as a fear faced")
        )
        self.asked_by = QLineEdit()
        self.asked_by.setPlaceholderText(self.tr("Who asked? (if you like)"))
        self.asked_by.setAccessibleName(self.tr("Who asked"))
        self.asked_by.setMaxLength(MAX_NAME_LENGTH + 20)
        self.asked_by.setVisible(False)
        self.situation = QLineEdit()
        self.situation.setAccessibleName(self.tr("Situation"))
        # The prediction is the heart of it: what the person expects is what facing the
        # fear tests. One optional line, before the ratings.
        self.expectation = QLineEdit()
        self.expectation.setPlaceholderText(
            self.tr("What did you expect would happen? (if you like)")
        )
        self.expectation.setAccessibleName(self.tr("What you expected would happen"))
        self.before = RatingField(self.tr("Anxiety just before, 0 to 100"))
        self.after = RatingField(self.tr("Anxiety afterwards, 0 to 100"))
        self.outcome_buttons = QButtonGroup(self)
        self.outcome_radios: dict[FearOutcome, QRadioButton] = {}
        outcome_row = QHBoxLayout()
        for outcome in FearOutcome:
            radio = QRadioButton(outcome_text(outcome))
            self.outcome_buttons.addButton(radio)
            self.outcome_radios[outcome] = radio
            outcome_row.addWidget(radio)
        outcome_row.addStretch(1)
        self.outcome_box = QWidget()
        self.outcome_box.setLayout(outcome_row)
        self.outcome_box.setAccessibleName(self.tr("Did what you expected happen?"))
        outcome_row.setContentsMargins(0, 0, 0, 0)

        self.more_button = QToolButton()
        self.more_button.setText(self.tr("More"))
        self.more_button.setCheckable(True)
        self.more_button.setToolTip(
            self.tr(
                "What you feared, how strongly you believed it, what happened, what you learned"
            )
        )

        # "More"
        self.day = QDateEdit()
        with_named_calendar(self.day)
        self.day.setDisplayFormat(date_field_format())
        self.day.setAccessibleName(self.tr("Day"))
        self.belief_before = RatingField(self.tr("How strongly I believed it, 0 to 100 %"))
        self.expected = RatingField(self.tr("Anxiety I expected, 0 to 100"))
        self.peak = RatingField(self.tr("Highest anxiety, 0 to 100"))
        self.what_happened = self._text_box(self.tr("What actually happened"))
        self.belief_after = RatingField(self.tr("How strongly I believe the fear now, 0 to 100 %"))
        self.learned = self._text_box(self.tr("What I learned"))
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("work, family, … (separate with commas)"))
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tag_model = QStringListModel(self)
        completer = TagCompleter(self.tag_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags.setCompleter(completer)
        self.step = QComboBox()
        self.step.setAccessibleName(self.tr("Step of a fear ladder"))
        self.set_steps([])

        fields = {
            "situation": self.situation,
            "anxiety_before": self.before,
            "anxiety_after": self.after,
            "outcome": self.outcome_box,
            "feared": self.expectation,
            "belief_before": self.belief_before,
            "expected_anxiety": self.expected,
            "peak_anxiety": self.peak,
            "what_happened": self.what_happened,
            "belief_after": self.belief_after,
            "learned": self.learned,
            "tags": self.tags,
            "asked_by": self.asked_by,
        }
        self.messages = {name: FieldMessage(widget) for name, widget in fields.items()}
        self._lay_out(more_open)
        self.situation.returnPressed.connect(self.submitted)
        self.expectation.returnPressed.connect(self.submitted)
        self.before.returnPressed.connect(self.submitted)
        self.after.returnPressed.connect(self.submitted)
        for name, widget in fields.items():
            signal = getattr(widget, "textEdited", None) or getattr(widget, "textChanged", None)
            if signal is not None:
                signal.connect(self.messages[name].clear)
        self.outcome_buttons.buttonClicked.connect(lambda _button: self.messages["outcome"].clear())
        self.said_no.toggled.connect(self._show_kind)
        self.asked_by.returnPressed.connect(self.submitted)
        for radio in self.outcome_radios.values():
            radio.installEventFilter(self)
        self._show_kind(False)
        self.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter on yes/partly/no picks that answer and writes the entry down, as Enter
        # does in the text fields. (Arrows only move between the answers until one is picked.)
        if (
            event.type() == QEvent.Type.KeyPress
            and watched in self.outcome_radios.values()
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            watched.setChecked(True)
            self.messages["outcome"].clear()
            self.submitted.emit()
            return True
        return super().eventFilter(watched, event)

    @staticmethod
    def _text_box(name: str) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setAccessibleName(name)
        box.setPlaceholderText(name)
        box.setTabChangesFocus(True)
        box.setFixedHeight(box.fontMetrics().lineSpacing() * 3 + 12)
        return box

    def _show_kind(self, said_no: bool) -> None:
        """A "no" asks what was asked and by whom; a fear, what was faced."""
        self.asked_by.setVisible(said_no)
        if said_no:
            self.situation.setPlaceholderText(
                self.tr("What was asked, and what did you say? For example: no to extra work")
            )
        else:
            self.situation.setPlaceholderText(
                self.tr("What did you face? For example: asked a question")
            )
            self.asked_by.clear()

    def _lay_out(self, more_open: bool) -> None:
        quick = QGridLayout()
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.said_no)
        kind_row.addWidget(self.asked_by, 1)
        quick.addLayout(kind_row, 0, 0, 1, 6)
        quick.addWidget(self.messages["asked_by"], 1, 0, 1, 6)
        quick.addWidget(self.situation, 2, 0, 1, 6)
        quick.addWidget(self.messages["situation"], 3, 0, 1, 6)
        quick.addWidget(self.expectation, 4, 0, 1, 6)
        quick.addWidget(self.messages["feared"], 5, 0, 1, 6)
        before_label = QLabel(self.tr("Anxiety &just before:"))
        before_label.setBuddy(self.before)
        after_label = QLabel(self.tr("af&terwards:"))
        after_label.setBuddy(self.after)
        happened_label = QLabel(self.tr("Did it happen?"))
        happened_label.setToolTip(self.tr("Did what you expected happen?"))
        quick.addWidget(before_label, 6, 0)
        quick.addWidget(self.before, 6, 1)
        quick.addWidget(after_label, 6, 2)
        quick.addWidget(self.after, 6, 3)
        quick.addWidget(happened_label, 6, 4)
        quick.addWidget(self.outcome_box, 6, 5)
        quick.addWidget(self.messages["anxiety_before"], 7, 0, 1, 2)
        quick.addWidget(self.messages["anxiety_after"], 7, 2, 1, 2)
        quick.addWidget(self.messages["outcome"], 7, 4, 1, 2)
        quick.setColumnStretch(5, 1)

        self.more = QWidget()
        more_form = QFormLayout(self.more)
        more_form.setContentsMargins(0, 0, 0, 0)
        rows = [
            (self.tr("Day:"), self.day, None),
            (self.tr("How strongly I believed it (%):"), self.belief_before, "belief_before"),
            (self.tr("Anxiety I expected:"), self.expected, "expected_anxiety"),
            (self.tr("Highest anxiety:"), self.peak, "peak_anxiety"),
            (self.tr("What actually happened:"), self.what_happened, "what_happened"),
            (self.tr("How strongly I believe it now (%):"), self.belief_after, "belief_after"),
            (self.tr("What I learned:"), self.learned, "learned"),
            (self.tr("Tags:"), self.tags, "tags"),
            (self.tr("Fear ladder step:"), self.step, None),
        ]
        for label, widget, name in rows:
            more_form.addRow(label, widget)
            if name is not None:
                more_form.addRow("", self.messages[name])
        self.more.setVisible(more_open)
        self.more_button.setChecked(more_open)
        self.more_button.toggled.connect(self.more.setVisible)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(quick)
        layout.addWidget(self.more)

    def set_steps(self, steps: list[tuple[str, int]]) -> None:
        """The ladder steps an entry can belong to, as (label, step id)."""
        current = self.step.currentData()
        self.step.clear()
        self.step.addItem(self.tr("Not part of a ladder"), None)
        for label, step_id in steps:
            self.step.addItem(label, step_id)
        index = self.step.findData(current)
        self.step.setCurrentIndex(max(0, index))

    def set_known_tags(self, tags: list[str]) -> None:
        self.tag_model.setStringList(tags)

    def clear(self) -> None:
        self._id = None
        self._agreement_id = None
        self.said_no.setChecked(False)
        for field in (
            self.asked_by,
            self.situation,
            self.expectation,
            self.before,
            self.after,
            self.belief_before,
            self.expected,
            self.peak,
            self.belief_after,
            self.tags,
        ):
            field.clear()
        for box in (self.what_happened, self.learned):
            box.clear()
        self.outcome_buttons.setExclusive(False)
        for radio in self.outcome_radios.values():
            radio.setChecked(False)
        self.outcome_buttons.setExclusive(True)
        self.day.setDate(qdate(self._today))
        self.step.setCurrentIndex(0)
        for message in self.messages.values():
            message.clear()

    def set_today(self, today: dt.date) -> None:
        self._today = today

    def set_entry(self, entry: FearEntry) -> None:
        self.clear()
        self._id = entry.id
        self._agreement_id = entry.agreement_id
        self.said_no.setChecked(entry.said_no)
        self.asked_by.setText(entry.asked_by or "")
        self.situation.setText(entry.situation)
        self.before.set_value(entry.anxiety_before)
        self.after.set_value(entry.anxiety_after)
        self.outcome_radios[entry.outcome].setChecked(True)
        self.day.setDate(qdate(entry.day))
        self.expectation.setText(entry.feared or "")
        self.belief_before.set_value(entry.belief_before)
        self.expected.set_value(entry.expected_anxiety)
        self.peak.set_value(entry.peak_anxiety)
        self.what_happened.setPlainText(entry.what_happened or "")
        self.belief_after.set_value(entry.belief_after)
        self.learned.setPlainText(entry.learned or "")
        self.tags.setText(", ".join(entry.tags))
        index = self.step.findData(entry.step_id)
        self.step.setCurrentIndex(max(0, index))

    def set_draft(self, draft: FearDraft) -> None:
        """Begin an entry from what is known before it happened (a ladder step): the
        ratings and the answer stay empty until the person gives them."""
        self.clear()
        self._agreement_id = draft.agreement_id
        self.situation.setText(draft.situation)
        self.expectation.setText(draft.feared or "")
        self.expected.set_value(draft.expected_anxiety)
        self.day.setDate(qdate(draft.day))
        index = self.step.findData(draft.step_id)
        self.step.setCurrentIndex(max(0, index))

    def collect(self) -> FearEntry | None:
        """The entry as filled in, or None after telling, at each field, what is not right."""
        for message in self.messages.values():
            message.clear()
        problems: dict[str, FearProblem] = {}
        ratings = {}
        for name, field in (
            ("anxiety_before", self.before),
            ("anxiety_after", self.after),
            ("belief_before", self.belief_before),
            ("expected_anxiety", self.expected),
            ("peak_anxiety", self.peak),
            ("belief_after", self.belief_after),
        ):
            try:
                ratings[name] = field.value()
            except ValueError as error:
                problems[name] = error.args[0]
                ratings[name] = 0
        outcome = next((o for o, radio in self.outcome_radios.items() if radio.isChecked()), None)
        entry = FearEntry(
            id=self._id,
            day=pydate(self.day.date()),
            situation=self.situation.text(),
            anxiety_before=ratings["anxiety_before"],
            anxiety_after=ratings["anxiety_after"],
            outcome=outcome or FearOutcome.NOT,
            feared=self.expectation.text().strip() or None,
            belief_before=ratings["belief_before"],
            expected_anxiety=ratings["expected_anxiety"],
            peak_anxiety=ratings["peak_anxiety"],
            what_happened=self.what_happened.toPlainText().strip() or None,
            belief_after=ratings["belief_after"],
            learned=self.learned.toPlainText().strip() or None,
            tags=read_tags(self.tags.text()),
            said_no=self.said_no.isChecked(),
            asked_by=(self.asked_by.text().strip() or None) if self.said_no.isChecked() else None,
            step_id=self.step.currentData(),
            agreement_id=self._agreement_id,
        )
        for name, problem in check_entry(entry).items():
            problems.setdefault(name, problem)
        if outcome is None:
            self.messages["outcome"].say(self.tr("Choose yes, partly or no."))
        for name, problem in problems.items():
            self.messages[name].say(fear_problem_text(problem))
        quick = {"asked_by", "situation", "feared", "anxiety_before", "anxiety_after"}
        more_fields = set(problems) - quick
        if more_fields:
            self.more_button.setChecked(True)
        if problems or outcome is None:
            return None
        return entry
