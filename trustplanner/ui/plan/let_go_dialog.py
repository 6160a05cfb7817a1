"""Letting an item go: off the plan on purpose, with an optional reason."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QDialog, QWidget

from trustplanner.ui.widgets.note_dialog import NoteDialog


@dataclass(frozen=True)
class LetGo:
    note: str | None


class LetGoDialog(NoteDialog):
    def __init__(self, titles: list[str], parent: QWidget | None = None):
        super().__init__(
            window_title=self.tr("Let go"),
            intro=self.tr(
                "Letting go is a choice too. It comes off your plan and stays in your history."
            ),
            titles=titles,
            note_placeholder=self.tr("Why let it go? (optional, just for you)"),
            ok_text=self.tr("Let go"),
            parent=parent,
        )

    @classmethod
    def ask(cls, parent: QWidget | None, titles: list[str]) -> LetGo | None:
        dialog = cls(titles, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return LetGo(dialog.note())
