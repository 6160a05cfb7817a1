"""The one question before agreeing to a plan that does not fit the day."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from trustplanner.domain.realism import Realism
from trustplanner.words.numbers import minutes_text, ratio_text


class CommitConfirmation(QMessageBox):
    def __init__(self, realism: Realism, parent: QWidget | None = None):
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("More than fits"))
        if realism.capacity == 0:
            text = self.tr("This plan takes %1, and you have set no time for this day.").replace(
                "%1", minutes_text(realism.planned)
            )
        else:
            text = (
                self.tr(
                    "This plan takes %1, and you have %2 on this day: about %3 times what fits."
                )
                .replace("%1", minutes_text(realism.planned))
                .replace("%2", minutes_text(realism.capacity))
                .replace("%3", ratio_text(realism.ratio))
            )
        self.setText(text)
        self.setInformativeText(
            self.tr(
                "You can make these your agreements anyway. Smaller plans are easier to keep, "
                "and every kept agreement builds trust in yourself."
            )
        )
        self.anyway_button = self.addButton(
            self.tr("Make them my agreements anyway"), QMessageBox.ButtonRole.AcceptRole
        )
        self.back_button = self.addButton(
            self.tr("Go back and choose"), QMessageBox.ButtonRole.RejectRole
        )
        self.setDefaultButton(self.back_button)
        self.setEscapeButton(self.back_button)

    @classmethod
    def ask(cls, parent: QWidget | None, realism: Realism) -> bool:
        """True when the person wants to make the agreements anyway."""
        box = cls(realism, parent)
        box.exec()
        return box.clickedButton() is box.anyway_button
