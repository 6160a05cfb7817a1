"""The Settings page's behaviour: each change is saved at once, in one transaction."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, QTime

from trustplanner.domain.settings import Settings
from trustplanner.ui import start_at_login
from trustplanner.ui.context import AppContext
from trustplanner.ui.settings.settings_view import SettingsView


class SettingsController(QObject):
    def __init__(self, context: AppContext, data_actions, parent: QObject | None = None):
        super().__init__(parent)
        self._context = context
        self.view = SettingsView()
        self.view.data_folder_label.setText(str(context.data_dir))
        self.view.backup_button.clicked.connect(lambda: data_actions.back_up_now(self.view))
        self.view.show_backups_button.clicked.connect(self._on_show_backups)
        self.view.delete_all_button.clicked.connect(lambda: data_actions.delete_all(self.view))
        self._show(context.settings)
        view = self.view
        for spin in self._spins():
            spin.valueChanged.connect(self._on_changed)
        for check in self._checks():
            check.toggled.connect(self._on_changed)
        view.morning_time.timeChanged.connect(self._on_changed)
        view.evening_time.timeChanged.connect(self._on_changed)
        view.language_combo.currentIndexChanged.connect(self._on_changed)
        view.appearance_combo.currentIndexChanged.connect(self._on_changed)
        view.defaults_button.clicked.connect(self._on_defaults)
        view.see_learned_button.clicked.connect(self._on_see_learned)
        view.sync_button.clicked.connect(self._on_sync)
        view.sync_off_button.clicked.connect(self._on_sync_off)
        view.computer_name_edit.editingFinished.connect(self._on_computer_name)
        view.computer_name_edit.textEdited.connect(view.computer_name_message.clear)
        view.learn_afresh_button.clicked.connect(self._on_learn_afresh)
        context.settings_changed.connect(lambda: self._show(context.settings))

    def _on_computer_name(self) -> None:
        from trustplanner.domain.promises import PersonNameError
        from trustplanner.sync.engine import folder_of, name_here, rename_here
        from trustplanner.words.problems import name_problem_text

        store = self._context.store
        view = self.view
        if folder_of(store) is None or view.computer_name_edit.text() == name_here(store):
            return
        try:
            rename_here(store, view.computer_name_edit.text())
        except PersonNameError as refused:
            view.computer_name_message.say(name_problem_text(refused.problem, refused.length))
            return
        self._show_sync()
        self._context.message.emit(self.tr("Saved. The other computer sees the new name soon."))

    def _show_sync(self) -> None:
        from trustplanner.sync.engine import folder_of, name_here

        view = self.view
        folder = folder_of(self._context.store)
        view.computer_name_edit.setEnabled(folder is not None)
        view.computer_name_edit.setText(name_here(self._context.store) if folder else "")
        if folder is None:
            view.sync_label.setText(self.tr("Not kept in step with another computer."))
        else:
            view.sync_label.setText(self.tr("Kept in step through %1.").replace("%1", str(folder)))
        view.sync_off_button.setEnabled(folder is not None)

    def _on_sync(self) -> None:
        from pathlib import Path

        from PySide6.QtCore import QDir
        from PySide6.QtWidgets import QFileDialog

        chosen = QFileDialog.getExistingDirectory(
            self.view,
            self.tr("The folder you keep in step between your computers"),
            QDir.homePath(),
        )
        if not chosen:
            return
        context = self._context
        watch = context.sync_watch
        if watch is None:
            from trustplanner.ui.data.sync_watch import SyncWatch

            watch = context.sync_watch = SyncWatch(context, context)
        watch.begun.connect(self._after_sync_begun)
        watch.begin(Path(chosen))

    def _after_sync_begun(self, ok: bool) -> None:
        context = self._context
        context.sync_watch.begun.disconnect(self._after_sync_begun)
        self._show_sync()
        if ok:
            context.message.emit(
                self.tr(
                    "Kept in step through this folder. Choose the same folder on your other "
                    "computer."
                )
            )
        else:
            context.message.emit(
                self.tr("The folder could not be used just now. Your data is safe and unchanged.")
            )

    def _on_sync_off(self) -> None:
        context = self._context
        if context.sync_watch is not None:
            context.sync_watch.end()
        else:
            from trustplanner.sync.engine import turn_off

            turn_off(context.store)
        self._show_sync()
        context.message.emit(
            self.tr("No longer kept in step. Everything stays as it is, here and in the folder.")
        )

    def _on_show_backups(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        from trustplanner.store.backups import backup_folder
        from trustplanner.store.private_files import private_folder

        folder = private_folder(backup_folder(self._context.data_dir))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _spins(self) -> list:
        view = self.view
        return [
            *view.capacity_spins,
            view.step_spin,
            view.half_life_spin,
            view.mastery_exposures_spin,
            view.mastery_anxiety_spin,
            view.last_moment_spin,
        ]

    def _checks(self) -> list:
        view = self.view
        return [
            view.morning_check,
            view.evening_check,
            *view.weekday_checks,
            view.promise_check,
            view.close_to_tray_check,
            view.start_at_login_check,
            view.learning_check,
        ]

    def _show(self, settings: Settings) -> None:
        view = self.view
        widgets = [
            *self._spins(),
            *self._checks(),
            view.morning_time,
            view.evening_time,
            view.language_combo,
            view.appearance_combo,
        ]
        for widget in widgets:
            widget.blockSignals(True)
        for spin, minutes in zip(view.capacity_spins, settings.capacity_minutes, strict=True):
            spin.setValue(minutes)
        view.step_spin.setValue(settings.max_step_minutes)
        view.half_life_spin.setValue(settings.half_life_days)
        raised = settings.half_life_raised_from
        view.half_life_note.setVisible(raised is not None)
        if raised is not None:
            view.half_life_note.setText(
                self.tr(
                    "You had chosen %n day(s). The shortest half-life is now a week, so that "
                    "one hard day never swings the index too much; yours is set to %1 days.",
                    "",
                    raised,
                ).replace("%1", str(settings.half_life_days))
            )
        view.mastery_exposures_spin.setValue(settings.mastery_exposures)
        view.mastery_anxiety_spin.setValue(settings.mastery_anxiety)
        times = settings.nudge_times
        view.morning_check.setChecked(times.morning_on)
        view.evening_check.setChecked(times.evening_on)
        view.morning_time.setTime(QTime(times.morning.hour, times.morning.minute))
        view.evening_time.setTime(QTime(times.evening.hour, times.evening.minute))
        for weekday, check in enumerate(view.weekday_checks):
            check.setChecked(weekday in times.weekdays)
        view.promise_check.setChecked(settings.promise_reminders_on)
        view.last_moment_spin.setValue(settings.last_moment_hours)
        view.close_to_tray_check.setChecked(settings.close_to_tray)
        view.start_at_login_check.setChecked(bool(settings.start_at_login))
        view.learning_check.setChecked(settings.learning_on)
        view.see_learned_button.setEnabled(settings.learning_on)
        view.learn_afresh_button.setEnabled(settings.learning_on)
        self._show_sync()
        view.language_combo.setCurrentIndex(view.language_combo.findData(settings.language))
        view.appearance_combo.setCurrentIndex(view.appearance_combo.findData(settings.appearance))
        for widget in widgets:
            widget.blockSignals(False)

    def _on_changed(self, *args) -> None:
        view = self.view
        old = self._context.settings
        settings = replace(
            old,
            capacity_minutes=tuple(spin.value() for spin in view.capacity_spins),
            max_step_minutes=view.step_spin.value(),
            half_life_days=view.half_life_spin.value(),
            mastery_exposures=view.mastery_exposures_spin.value(),
            mastery_anxiety=view.mastery_anxiety_spin.value(),
            morning_nudge_on=view.morning_check.isChecked(),
            evening_nudge_on=view.evening_check.isChecked(),
            morning_nudge=view.morning_time.time().toString("HH:mm"),
            evening_nudge=view.evening_time.time().toString("HH:mm"),
            nudge_weekdays=tuple(d for d, c in enumerate(view.weekday_checks) if c.isChecked()),
            close_to_tray=view.close_to_tray_check.isChecked(),
            start_at_login=view.start_at_login_check.isChecked()
            if old.start_at_login is not None or view.start_at_login_check.isChecked()
            else None,
            language=view.language_combo.currentData(),
            appearance=view.appearance_combo.currentData(),
            learning_on=view.learning_check.isChecked(),
            promise_reminders_on=view.promise_check.isChecked(),
            last_moment_hours=view.last_moment_spin.value(),
        )
        if settings == old:
            return
        if settings.half_life_days != old.half_life_days:
            settings = replace(settings, half_life_raised_from=None)  # their own choice now
        if settings.language != old.language:
            self._context.save_settings(settings)
            self._context.message.emit(
                self.tr("Saved. Trust Planner speaks the language you chose from its next start.")
            )
            return
        if settings.start_at_login != old.start_at_login:
            start_at_login.apply(bool(settings.start_at_login))
        self._context.save_settings(settings)
        self._context.message.emit(self.tr("Settings saved."))

    def _on_defaults(self) -> None:
        old = self._context.settings
        # The defaults for everything, but starting at login, the language and the look
        # stay as chosen.
        defaults = replace(
            Settings(),
            start_at_login=old.start_at_login,
            language=old.language,
            appearance=old.appearance,
        )
        if defaults == old:
            self._context.message.emit(self.tr("Settings are already at the defaults."))
            return
        self._show(defaults)
        self._context.save_settings(defaults, undo_label=self.tr("Back to the default settings"))
        self._context.message.emit(
            self.tr("Settings are back to the defaults. Ctrl+Z brings yours back.")
        )

    def _on_see_learned(self) -> None:
        from trustplanner.ui.learned_dialog import show_learned

        show_learned(self._context, self.view)

    def _on_learn_afresh(self) -> None:
        context = self._context
        today = context.today().isoformat()
        if context.settings.learn_from == today:
            context.message.emit(self.tr("Learning already starts afresh from today."))
            return
        context.save_settings(
            replace(context.settings, learn_from=today),
            undo_label=self.tr("Start learning afresh"),
        )
        context.message.emit(
            self.tr(
                "Learning starts afresh from today; your history stays as it is. "
                "Ctrl+Z brings back what was learned."
            )
        )
