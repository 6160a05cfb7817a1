"""Pasting a whole to-do list at once: one item per line, bullets and numbering stripped."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from trustplanner.domain.titles import PastedLine, read_pasted_list
from trustplanner.words.numbers import minutes_text
from trustplanner.words.problems import title_problem_text


class PasteDialog(QDialog):
    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Paste a list"))
        self.resize(560, 520)
        intro = QLabel(
            self.tr(
                "Paste or type your list, one thing per line. Bullets and numbers are taken off. "
                "An estimate at the end of a line, like “(30 min)”, is kept."
            )
        )
        intro.setWordWrap(True)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setAccessibleName(self.tr("Your list"))
        self.text_edit.setPlaceholderText(
            self.tr("- Call the dentist\n- Clean the kitchen (45 min)\n- …")
        )
        intro.setBuddy(self.text_edit)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.preview_model = QStringListModel(self)
        self.preview = QListView()
        self.preview.setModel(self.preview_model)
        self.preview.setAccessibleName(self.tr("Items that will be added"))
        self.preview.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.add_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.add_button.setText(self.tr("Add to the plan"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text_edit, 2)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)

        self.text_edit.setFocus()
        self._lines: list[PastedLine] = []
        self.text_edit.textChanged.connect(self._on_text_changed)
        self.text_edit.setPlainText(text)
        self._on_text_changed()

    def lines(self) -> list[PastedLine]:
        return list(self._lines)

    def _on_text_changed(self) -> None:
        self._lines = read_pasted_list(self.text_edit.toPlainText())
        problems = [line for line in self._lines if line.problem is not None]
        if problems:
            first = problems[0]
            self.summary_label.setText(
                self.tr("Line %1: %2")
                .replace("%1", str(first.line_number))
                .replace("%2", title_problem_text(first.problem.problem, first.problem.length))
            )
        elif self._lines:
            self.summary_label.setText(self.tr("%n item(s) found.", "", len(self._lines)))
        else:
            self.summary_label.setText(self.tr("No items yet."))
        self.text_edit.setAccessibleDescription(self.summary_label.text())
        self.preview_model.setStringList(
            [
                line.title
                if line.minutes is None
                else f"{line.title}  ·  {minutes_text(line.minutes)}"
                for line in self._lines
                if line.problem is None
            ]
        )
        self.add_button.setEnabled(bool(self._lines) and not problems)

    @classmethod
    def ask(cls, parent: QWidget | None, text: str = "") -> list[tuple[str, int | None]] | None:
        """The items to add, as (title, minutes), or None when the person cancels."""
        dialog = cls(text, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return [(line.title, line.minutes) for line in dialog.lines()]
