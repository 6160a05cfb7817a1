"""After a planned ladder step is kept: would the person like to write down how it went?"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


class ExposureOffer(QMessageBox):
    def __init__(self, step_description: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("You did it"))
        self.setText(
            self.tr("You kept “%1”, a step on your fear ladder.").replace("%1", step_description)
        )
        self.setInformativeText(
            self.tr("Would you like to write down how anxious you were, and what happened?")
        )
        self.write_button = self.addButton(
            self.tr("Write it down"), QMessageBox.ButtonRole.AcceptRole
        )
        self.later_button = self.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.write_button)

    @classmethod
    def ask(cls, parent: QWidget | None, step_description: str) -> bool:
        box = cls(step_description, parent)
        box.exec()
        return box.clickedButton() is box.write_button
