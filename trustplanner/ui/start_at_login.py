"""Asking once whether to start at login, and writing or removing the autostart entry."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from trustplanner.autostart import Autostart, for_this_system, tray_command
from trustplanner.ui.errors import log


def apply(enabled: bool, writer: Autostart | None = None) -> bool:
    """Write or remove the entry that starts the tray at login; False when that failed."""
    writer = writer or for_this_system()
    try:
        if enabled:
            writer.enable(tray_command())
        else:
            writer.disable()
    except OSError as problem:
        log.warning("could not change start at login: %s", problem)
        return False
    return True


class StartAtLoginQuestion(QMessageBox):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Start when you log in?"))
        self.setText(self.tr("Shall Trust Planner start quietly when you log in?"))
        self.setInformativeText(
            self.tr(
                "It sits in the tray and reminds you in the morning to choose your agreements, "
                "and in the evening to look back on them. You can change this in Settings."
            )
        )
        self.yes_button = self.addButton(
            self.tr("Yes, start at login"), QMessageBox.ButtonRole.YesRole
        )
        self.no_button = self.addButton(self.tr("Not now"), QMessageBox.ButtonRole.NoRole)
        self.setDefaultButton(self.yes_button)

    @classmethod
    def ask(cls, parent: QWidget | None) -> bool:
        box = cls(parent)
        box.exec()
        return box.clickedButton() is box.yes_button
