"""Noting that an agreement didn't happen, kindly, with an optional note."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QDialog, QWidget

from trustplanner.ui.widgets.note_dialog import NoteDialog


@dataclass(frozen=True)
class DidntHappen:
    note: str | None


class DidntHappenDialog(NoteDialog):
    def __init__(self, titles: list[str], parent: QWidget | None = None):
        super().__init__(
            window_title=self.tr("Didn't happen"),
            intro=self.tr(
                "That is all right. Saying honestly how it went is part of keeping your word, "
                "and it helps you plan what fits next time."
            ),
            titles=titles,
            note_placeholder=self.tr("A note for yourself (optional)"),
            ok_text=self.tr("Note it"),
            parent=parent,
        )

    @classmethod
    def ask(cls, parent: QWidget | None, titles: list[str]) -> DidntHappen | None:
        dialog = cls(titles, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return DidntHappen(dialog.note())
