"""Writing down or changing a fear faced, with every field open."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from trustplanner.domain.fears import FearDraft, FearEntry
from trustplanner.ui.fears.fear_form import FearForm


class FearDialog(QDialog):
    def __init__(
        self,
        entry: FearEntry | FearDraft,
        steps: list[tuple[str, int]],
        tags: list[str],
        today: dt.date,
        title: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(640)
        self.form = FearForm(today, more_open=True)
        self.form.set_steps(steps)
        self.form.set_known_tags(tags)
        if isinstance(entry, FearDraft):
            self.form.set_draft(entry)
        else:
            self.form.set_entry(entry)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)
        self.form.submitted.connect(self._on_accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.form.situation.setFocus()
        self._entry: FearEntry | None = None

    def _on_accept(self) -> None:
        entry = self.form.collect()
        if entry is not None:
            self._entry = entry
            self.accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        entry: FearEntry | FearDraft,
        steps: list[tuple[str, int]],
        tags: list[str],
        today: dt.date,
        title: str,
    ) -> FearEntry | None:
        dialog = cls(entry, steps, tags, today, title, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog._entry
