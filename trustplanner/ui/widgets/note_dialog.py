"""A dialog with a kind word, the items it is about, and an optional note for yourself."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from trustplanner.domain.agreements import MAX_NOTE_LENGTH
from trustplanner.ui.widgets.field_message import FieldMessage
from trustplanner.words.problems import note_too_long_text

SHOWN_TITLES = 6


class NoteDialog(QDialog):
    """Subclasses pass translated texts and may add their own widgets to `body`."""

    def __init__(
        self,
        *,
        window_title: str,
        intro: str,
        titles: Sequence[str],
        note_placeholder: str,
        ok_text: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(window_title)
        intro_label = QLabel(intro)
        intro_label.setWordWrap(True)
        # One more than fits is shown rather than counted: "and 1 more" would take
        # its line anyway.
        listed = titles if len(titles) <= SHOWN_TITLES + 1 else titles[:SHOWN_TITLES]
        shown = "\n".join(f"• {title}" for title in listed)
        rest = len(titles) - len(listed)  # a plain name: pyside6-lupdate needs one
        if rest:
            # Its own context: self.tr would look the text up under the subclass's name.
            shown += "\n" + QCoreApplication.translate("NoteDialog", "and %n more", "", rest)
        self.titles_label = QLabel(shown)
        self.titles_label.setWordWrap(True)
        self.body = QVBoxLayout()
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(note_placeholder)
        # Wide enough to read the whole invitation, in any language.
        metrics = self.note_edit.fontMetrics()
        self.note_edit.setMinimumWidth(
            metrics.horizontalAdvance(note_placeholder) + metrics.horizontalAdvance("MM")
        )
        self.note_edit.setAccessibleName(note_placeholder)
        self.note_message = FieldMessage(self.note_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro_label)
        layout.addWidget(self.titles_label)
        layout.addLayout(self.body)
        layout.addWidget(self.note_edit)
        layout.addWidget(self.note_message)
        layout.addWidget(self.buttons)
        self.note_edit.setFocus()

    def note(self) -> str | None:
        return self.note_edit.text().strip() or None

    def _on_accept(self) -> None:
        if len(self.note_edit.text().strip()) > MAX_NOTE_LENGTH:
            self.note_message.say(note_too_long_text())
            return
        self.accept()
