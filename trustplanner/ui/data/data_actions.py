"""Back up now, export, import, and delete all my data: the person's own data, in their hands."""

from __future__ import annotations

from pathlib import Path

# The dialogs are named through their module: Qt makes a class's Python type the first
# time it is named, and these are not needed until the person asks for them.
from PySide6 import QtWidgets
from PySide6.QtCore import QCoreApplication, QDir, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget

from trustplanner.ui.context import AppContext

translate = QCoreApplication.translate


class _Busy:
    """A wait cursor while the window's thread is busy with a large file."""

    def __enter__(self):
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc):
        QApplication.restoreOverrideCursor()


class DataActions(QObject):
    deleted = Signal()  # every file is gone: the app must close without writing again
    import_finished = Signal(bool)  # whether anything was imported

    def __init__(self, context: AppContext, parent: QObject | None = None):
        super().__init__(parent)
        self.context = context
        self._importing = None

    def _where(self, name: str) -> str:
        return str(Path(QDir.homePath()) / name)

    def _cannot(self, parent: QWidget | None, what: str, problem: Exception | str) -> None:
        reason = getattr(problem, "strerror", None) or str(problem)
        QtWidgets.QMessageBox.warning(
            parent, translate("DataActions", "That did not work"), f"{what}\n\n{reason}"
        )

    def back_up_now(self, parent: QWidget | None = None) -> Path | None:
        from trustplanner.store.backups import BackupFailed, back_up

        try:
            with _Busy():
                made = back_up(self.context.data_dir, self.context.store.path, self.context.today())
        except (BackupFailed, OSError) as problem:
            self._cannot(
                parent,
                translate("DataActions", "Your data could not be backed up just now."),
                problem,
            )
            return None
        self.context.message.emit(
            translate("DataActions", "Backed up your data to %1.").replace("%1", str(made.path))
        )
        return made.path

    def export_json(self, parent: QWidget | None = None) -> Path | None:
        from trustplanner.exchange.exporting import write_json
        from trustplanner.ui.data.export_file import ask_export_file

        target = ask_export_file(
            parent,
            translate("DataActions", "Export everything"),
            f"trustplanner-export-{self.context.today().isoformat()}.json",
        )
        if target is None:
            return None
        try:
            with _Busy():
                exported = write_json(self.context.store, target, self.context.now())
        except OSError as problem:
            self._cannot(
                parent,
                translate("DataActions", "%1 could not be written.").replace("%1", str(target)),
                problem,
            )
            return None
        if exported.damaged:
            self._tell_damaged(parent, target, exported.total)
            return target
        total = exported.total
        self.context.message.emit(
            translate("DataActions", "Exported %Ln record(s) to %1.", None, total).replace(
                "%1", str(target)
            )
        )
        return target

    def _tell_damaged(self, parent: QWidget | None, target: Path, total: int) -> None:
        """The export found the data file damaged: say what was saved, then offer the
        backup as the check beside the window does."""
        box = QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Warning,
            translate("DataActions", "Your data file is damaged"),
            translate(
                "DataActions",
                "While exporting, Trust Planner found that part of your data file is "
                "damaged. It saved what could still be read: %Ln record(s), in %1.",
                None,
                total,
            ).replace("%1", str(target)),
            parent=parent,
        )
        box.setInformativeText(
            translate(
                "DataActions",
                "Nothing more is written to the damaged file. Next you can put back your "
                "newest good backup; importing this export after that adds what is newer.",
            )
        )
        box.exec()
        from trustplanner.store.damage import Damage

        self.context.store.found_damaged(Damage.DAMAGED)

    def export_csv(self, parent: QWidget | None = None) -> Path | None:
        from trustplanner.exchange.exporting import write_csv

        chosen = QtWidgets.QFileDialog.getExistingDirectory(
            parent, translate("DataActions", "Choose where to put the CSV files"), QDir.homePath()
        )
        if not chosen:
            return None
        folder = Path(chosen) / f"trustplanner-csv-{self.context.today().isoformat()}"
        try:
            with _Busy():
                exported = write_csv(self.context.store, folder)
        except OSError as problem:
            self._cannot(
                parent,
                translate("DataActions", "%1 could not be written.").replace("%1", str(folder)),
                problem,
            )
            return None
        if exported.damaged:
            self._tell_damaged(parent, folder, exported.total)
            return folder
        total = exported.total
        self.context.message.emit(
            translate(
                "DataActions", "Exported %Ln record(s) as CSV files to %1.", None, total
            ).replace("%1", str(folder))
        )
        return folder

    def import_file(self, parent: QWidget | None = None) -> bool:
        """Ask for a file and import it on a worker thread; `import_finished` follows.

        Returns False when no file was chosen, or an import is still running.
        """
        if self._importing is not None:
            return False
        chosen, _ = QtWidgets.QFileDialog.getOpenFileName(
            parent,
            translate("DataActions", "Import an export"),
            QDir.homePath(),
            translate("DataActions", "Trust Planner export (*.json)"),
        )
        if not chosen:
            return False
        from trustplanner.ui.data.importer import Importer

        importer = Importer(self.context.data_dir, self)
        waiting = QtWidgets.QProgressDialog(
            translate("DataActions", "Adding the records from %1…").replace("%1", chosen),
            None,  # no Cancel: an import is all or nothing, and it is nearly done anyway
            0,
            0,
            parent,
        )
        waiting.setWindowTitle(translate("DataActions", "Importing"))
        waiting.setWindowModality(Qt.WindowModality.WindowModal)
        waiting.setMinimumDuration(400)
        waiting.setValue(0)  # starts the clock after which the dialog shows itself
        self._importing = (importer, waiting)

        def finish() -> None:
            waiting.reset()
            waiting.deleteLater()
            importer.deleteLater()
            self._importing = None

        def added(summary, change) -> None:
            finish()
            self.context.reload_settings()
            self.context.record(translate("DataActions", "Import"), change)
            self._tell_added(parent, chosen, summary)
            self.import_finished.emit(True)

        def refused(rejected) -> None:
            finish()
            self._tell_rejected(parent, chosen, rejected)
            self.import_finished.emit(False)

        def failed(reason: str) -> None:
            finish()
            self._cannot(
                parent,
                translate(
                    "DataActions", "Nothing was imported from %1, and your data is unchanged."
                ).replace("%1", chosen),
                reason,
            )
            self.import_finished.emit(False)

        importer.added.connect(added)
        importer.refused.connect(refused)
        importer.failed.connect(failed)
        importer.start(Path(chosen))
        return True

    def _tell_added(self, parent: QWidget | None, chosen: str, summary) -> None:
        added = summary.total_added
        text = translate("DataActions", "Added from %1: %Ln new record(s).", None, added).replace(
            "%1", chosen
        )
        if summary.already_there:
            there = summary.already_there
            text += " " + translate(
                "DataActions",
                "Already there, so left as they were: %Ln record(s).",
                None,
                there,
            )
        if added:
            text += "\n\n" + translate("DataActions", "Edit → Undo takes the import back.")
        QtWidgets.QMessageBox.information(parent, translate("DataActions", "Imported"), text)

    def _tell_rejected(self, parent, chosen: str, rejected) -> None:
        from trustplanner.exchange.finding_texts import rejection_lines

        lines = rejection_lines(rejected)
        box = QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Warning,
            translate("DataActions", "Nothing was imported"),
            "",
            parent=parent,
        )
        box.setText(
            translate(
                "DataActions", "Nothing was imported from %1, and your data is unchanged."
            ).replace("%1", chosen)
        )
        box.setInformativeText(
            translate("DataActions", "What is wrong with the file:")
            + "\n"
            + "\n".join(f"• {line}" for line in lines[:4])
        )
        if len(lines) > 4:
            box.setDetailedText("\n".join(lines))
        box.exec()

    def delete_all(self, parent: QWidget | None = None) -> bool:
        """Ask clearly, then remove the store and every backup; `deleted` follows."""
        if not confirm_delete_all(parent, self.context.data_dir):
            return False
        from trustplanner.store.erasing import delete_all_data
        from trustplanner.ui.errors import log

        log.info("deleting all data on request")
        self.context.store.close()
        try:
            delete_all_data(self.context.data_dir)
        except OSError as problem:
            self._cannot(
                parent, translate("DataActions", "Not everything could be deleted."), problem
            )
        QtWidgets.QMessageBox.information(
            parent,
            translate("DataActions", "Your data is deleted"),
            translate(
                "DataActions",
                "Everything Trust Planner kept about you, with every backup, is deleted "
                "from this computer. Trust Planner closes now.",
            ),
        )
        self.deleted.emit()
        return True


def confirm_delete_all(parent: QWidget | None, data_dir: Path) -> bool:
    """The one question before everything goes; "Keep my data" is the default."""
    box = QtWidgets.QMessageBox(parent)
    box.setIcon(QtWidgets.QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("DataActions", "Delete all my data?"))
    box.setText(translate("DataActions", "Delete all your data from this computer?"))
    box.setInformativeText(
        translate(
            "DataActions",
            "This deletes your plans, agreements, fears, ladders and settings, and every "
            "backup, from %1. It cannot be undone.\n\nIf you may want them later, export "
            "them first (File → Export everything…).",
        ).replace("%1", str(data_dir))
    )
    delete = box.addButton(
        translate("DataActions", "Delete everything"),
        QtWidgets.QMessageBox.ButtonRole.DestructiveRole,
    )
    keep = box.addButton(
        translate("DataActions", "Keep my data"), QtWidgets.QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is delete
