"""When the data file is damaged: say what happened, and offer the newest good backup."""

from __future__ import annotations

import datetime as dt
import enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from trustplanner.store.backups import Backup
from trustplanner.store.damage import Damage, StoreDamaged
from trustplanner.store.recovery import newest_good_backup, restore, set_aside
from trustplanner.ui.texts import long_date_text

translate = QCoreApplication.translate


class Choice(enum.Enum):
    RESTORE = "restore"
    START_AFRESH = "start afresh"
    CLOSE = "close"


def _what_happened(damaged: StoreDamaged) -> str:
    return {
        Damage.EMPTY: translate(
            "RecoveryDialog",
            "Your data file is empty. This can happen when the computer stopped "
            "while the file was being written.",
        ),
        Damage.NOT_A_DATABASE: translate(
            "RecoveryDialog",
            "The data file is not one Trust Planner can read. Perhaps another program "
            "wrote over it.",
        ),
        Damage.DAMAGED: translate(
            "RecoveryDialog",
            "Part of your data file is damaged, so Trust Planner cannot read it safely. "
            "This can happen after a disk problem or a sudden power cut.",
        ),
    }[damaged.damage]


class RecoveryDialog(QMessageBox):
    def __init__(self, damaged: StoreDamaged, backup: Backup | None, parent: QWidget | None):
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(translate("RecoveryDialog", "Your data needs attention"))
        self.setText(_what_happened(damaged))
        kept = translate(
            "RecoveryDialog",
            "Nothing has been written to it. Whatever you choose, the file is kept beside "
            "the new one, so nothing in it is thrown away.",
        )
        if backup is not None:
            offer = translate(
                "RecoveryDialog",
                "Your newest good backup is from %1. Restoring it brings back everything "
                "up to that day.",
            ).replace("%1", long_date_text(backup.day))
            self.restore_button = self.addButton(
                translate("RecoveryDialog", "Restore the backup"), QMessageBox.ButtonRole.AcceptRole
            )
            self.setDefaultButton(self.restore_button)
        else:
            offer = translate(
                "RecoveryDialog",
                "There is no backup to restore. You can start again with an empty planner.",
            )
            self.restore_button = self.addButton(
                translate("RecoveryDialog", "Start with an empty planner"),
                QMessageBox.ButtonRole.AcceptRole,
            )
        self.setInformativeText(f"{kept}\n\n{offer}")
        self.setDetailedText(str(damaged.path) + (f"\n{damaged.detail}" if damaged.detail else ""))
        self.close_button = self.addButton(
            translate("RecoveryDialog", "Close Trust Planner"), QMessageBox.ButtonRole.RejectRole
        )
        self.setEscapeButton(self.close_button)
        self.backup = backup

    @classmethod
    def ask(cls, damaged: StoreDamaged, backup: Backup | None, parent=None) -> Choice:
        dialog = cls(damaged, backup, parent)
        dialog.exec()
        if dialog.clickedButton() is dialog.restore_button:
            return Choice.RESTORE if backup is not None else Choice.START_AFRESH
        return Choice.CLOSE


def recover(damaged: StoreDamaged, parent: QWidget | None = None, before=None) -> bool:
    """Ask what to do about a damaged store and do it; True when the store can open again.

    `before` runs once the person has chosen, before any file is moved (closing the store).
    """
    backup = newest_good_backup(damaged.path.parent)
    choice = RecoveryDialog.ask(damaged, backup, parent)
    if before is not None:
        before()
    now = dt.datetime.now()
    if choice is Choice.RESTORE:
        restore(damaged.path, backup, now)
    elif choice is Choice.START_AFRESH:
        set_aside(damaged.path, now)
    return choice is not Choice.CLOSE
