"""When the data file is not opened at all (a folder or a link in its place, or a file
of a newer version): say so plainly, and that nothing in it was touched."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from trustplanner.store.refusal import Refusal, StoreRefused

translate = QCoreApplication.translate


def refused_text(refused: StoreRefused) -> str:
    return {
        Refusal.A_LINK: translate(
            "RefusedMessage",
            "Your data file is a link to another place. Trust Planner does not follow "
            "links to your data, so nothing was read or changed.",
        ),
        Refusal.NOT_A_FILE: translate(
            "RefusedMessage",
            "Where your data file should be, there is a folder. Nothing in it was read or changed.",
        ),
        Refusal.NEWER: translate(
            "RefusedMessage",
            "Your data was written by a newer version of Trust Planner. This version "
            "leaves it as it is, so nothing was changed.",
        ),
    }[refused.refusal]


def what_to_do_text(refused: StoreRefused) -> str:
    if refused.refusal is Refusal.NEWER:
        return translate("RefusedMessage", "Please use the newer version: your data is safe.")
    return translate(
        "RefusedMessage",
        "Your data is safe. Put the data file itself in its folder (%1), or move what is "
        "there out of the way, and start Trust Planner again.",
    ).replace("%1", str(refused.path.parent))


class RefusedMessage(QMessageBox):
    def __init__(self, refused: StoreRefused, parent: QWidget | None = None):
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Information)
        self.setWindowTitle(translate("RefusedMessage", "Your data needs attention"))
        self.setText(refused_text(refused))
        self.setInformativeText(what_to_do_text(refused))
        self.setStandardButtons(QMessageBox.StandardButton.Close)


def tell_refused(refused: StoreRefused, parent: QWidget | None = None) -> None:
    RefusedMessage(refused, parent).exec()
