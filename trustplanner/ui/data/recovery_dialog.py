"""When the data file is damaged: say what happened, and offer the newest good backup."""

from __future__ import annotations

import datetime as dt
import enum
import sqlite3

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from trustplanner.store.backups import Backup
from trustplanner.store.damage import Damage, StoreDamaged
from trustplanner.store.recovery import newest_good_backup, restore, set_aside
from trustplanner.words.dates import long_date_text

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
        self._choices_text = f"{kept}\n\n{offer}"
        self.setInformativeText(self._choices_text)
        self.save_button = None
        if damaged.damage is Damage.DAMAGED:
            # Before a backup replaces it: what is newer than the backup may still be read.
            self.save_button = self.addButton(
                translate("RecoveryDialog", "Save what can still be read…"),
                QMessageBox.ButtonRole.ActionRole,
            )
            self.save_button.setToolTip(
                translate(
                    "RecoveryDialog",
                    "Export what can still be read from the damaged file. After restoring "
                    "the backup, importing that export adds what is newer than the backup.",
                )
            )
        self.damaged = damaged
        self.setDetailedText(str(damaged.path) + (f"\n{damaged.detail}" if damaged.detail else ""))
        self.close_button = self.addButton(
            translate("RecoveryDialog", "Close Trust Planner"), QMessageBox.ButtonRole.RejectRole
        )
        self.setEscapeButton(self.close_button)
        self.backup = backup

    @classmethod
    def ask(cls, damaged: StoreDamaged, backup: Backup | None, parent=None) -> Choice:
        dialog = cls(damaged, backup, parent)
        while True:
            dialog.exec()
            if dialog.save_button is None or dialog.clickedButton() is not dialog.save_button:
                break
            dialog.save_what_can_be_read()
        if dialog.clickedButton() is dialog.restore_button:
            return Choice.RESTORE if backup is not None else Choice.START_AFRESH
        return Choice.CLOSE

    def save_what_can_be_read(self) -> None:
        """Ask where, export what the damaged file still holds, and say how it went here."""
        from trustplanner.exchange.exporting import save_from_damaged_file
        from trustplanner.ui.data.export_file import ask_export_file

        now = dt.datetime.now().astimezone()
        target = ask_export_file(
            self,
            translate("RecoveryDialog", "Save what can still be read"),
            f"trustplanner-what-could-be-read-{now.date().isoformat()}.json",
        )
        if target is None:
            return
        try:
            saved = save_from_damaged_file(self.damaged.path, target, now)
        except (OSError, sqlite3.Error) as problem:
            reason = getattr(problem, "strerror", None) or str(problem)
            told = (
                translate("RecoveryDialog", "%1 could not be written: %2")
                .replace("%1", str(target))
                .replace("%2", reason)
            )
        else:
            total = saved.total
            told = translate(
                "RecoveryDialog",
                "Saved what could still be read, %Ln record(s), in %1.",
                None,
                total,
            ).replace("%1", str(target))
            if self.backup is not None:
                told += " " + translate(
                    "RecoveryDialog",
                    "After restoring the backup, File → Import… with this file adds what is newer "
                    "than the backup.",
                )
        self.setInformativeText(f"{self._choices_text}\n\n{told}")


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
