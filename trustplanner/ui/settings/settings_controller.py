"""The Settings page's behaviour: each change is saved at once, in one transaction."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject

from trustplanner.domain.settings import Settings
from trustplanner.ui.context import AppContext
from trustplanner.ui.settings.settings_view import SettingsView


class SettingsController(QObject):
    def __init__(self, context: AppContext, parent: QObject | None = None):
        super().__init__(parent)
        self._context = context
        self.view = SettingsView()
        self._show(context.settings)
        for spin in self.view.capacity_spins:
            spin.valueChanged.connect(self._on_changed)
        self.view.step_spin.valueChanged.connect(self._on_changed)
        self.view.half_life_spin.valueChanged.connect(self._on_changed)
        self.view.mastery_exposures_spin.valueChanged.connect(self._on_changed)
        self.view.mastery_anxiety_spin.valueChanged.connect(self._on_changed)
        self.view.defaults_button.clicked.connect(self._on_defaults)

    def _show(self, settings: Settings) -> None:
        view = self.view
        spins = [
            *view.capacity_spins,
            view.step_spin,
            view.half_life_spin,
            view.mastery_exposures_spin,
            view.mastery_anxiety_spin,
        ]
        for spin in spins:
            spin.blockSignals(True)
        for spin, minutes in zip(self.view.capacity_spins, settings.capacity_minutes, strict=True):
            spin.setValue(minutes)
        self.view.step_spin.setValue(settings.max_step_minutes)
        self.view.half_life_spin.setValue(settings.half_life_days)
        self.view.mastery_exposures_spin.setValue(settings.mastery_exposures)
        self.view.mastery_anxiety_spin.setValue(settings.mastery_anxiety)
        for spin in spins:
            spin.blockSignals(False)

    def _on_changed(self, *args) -> None:
        settings = replace(
            self._context.settings,
            capacity_minutes=tuple(spin.value() for spin in self.view.capacity_spins),
            max_step_minutes=self.view.step_spin.value(),
            half_life_days=self.view.half_life_spin.value(),
            mastery_exposures=self.view.mastery_exposures_spin.value(),
            mastery_anxiety=self.view.mastery_anxiety_spin.value(),
        )
        if settings != self._context.settings:
            self._context.save_settings(settings)
            self._context.message.emit(self.tr("Settings saved."))

    def _on_defaults(self) -> None:
        defaults = Settings()
        self._show(defaults)
        self._context.save_settings(defaults)
        self._context.message.emit(self.tr("Settings are back to the defaults."))
