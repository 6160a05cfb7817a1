"""The Fears page's behaviour: writing fears down quickly, and the page's two halves,
the history (fear_history.py) and the ladders (ladder_steps.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QObject

from trustplanner.domain import fears as rules
from trustplanner.domain.fears import FearDraft
from trustplanner.store import agreements as store_agreements
from trustplanner.store import fears
from trustplanner.ui.context import AppContext
from trustplanner.ui.fears.exposure_offer import ExposureOffer
from trustplanner.ui.fears.fear_dialog import FearDialog
from trustplanner.ui.fears.fear_history import FearHistory
from trustplanner.ui.fears.fear_record import FearRecord
from trustplanner.ui.fears.fears_view import FearsView
from trustplanner.ui.fears.ladder_steps import LadderSteps
from trustplanner.ui.widgets.when_shown import WhenShown
from trustplanner.words.dates import qdate
from trustplanner.words.fears import nervous_and_did_it


class FearsController(QObject):
    def __init__(self, context: AppContext, parent: QObject | None = None):
        super().__init__(parent)
        self._context = context
        today = context.today()
        self.view = FearsView(today)
        self.record = FearRecord()
        # The page reads every fear ever written: only when it is open, not at start-up.
        self.up_to_date = WhenShown(self.view, self.refresh)
        self.history = FearHistory(context, self.view, self.up_to_date.ensure, self)
        self.ladders = LadderSteps(context, self.view, self.log_exposure, self)
        self.view.configure_columns()
        self.view.from_edit.setDate(qdate(today - dt.timedelta(days=27)))
        self.view.to_edit.setDate(qdate(today))
        context.changed.connect(self.up_to_date.request)
        context.day_changed.connect(self._on_day_changed)
        self.view.form.submitted.connect(self._on_log)
        self.view.log_button.clicked.connect(self._on_log)

    def refresh(self) -> None:
        self.record = FearRecord.read(self._context.store)
        self.view.form.set_steps(self.record.step_choices())
        self.view.form.set_known_tags(self.record.tags)
        self.history.show(self.record)
        self.ladders.show(self.record)
        if not self._context.settings.mastery_rule_told:
            self._tell_about_the_mastery_rule()

    def _tell_about_the_mastery_rule(self) -> None:
        """Once: which steps the rule for "mastered" (since December 2026) sees otherwise
        than the rule before it; nothing at all when none."""
        context = self._context
        settings = context.settings
        no_longer, now = rules.mastery_changes(
            self.record.ladders,
            self.record.faced,
            exposures_needed=settings.mastery_exposures,
            calm_at=settings.mastery_anxiety,
        )
        context.save_settings(replace(settings, mastery_rule_told=True))
        if not no_longer and not now:
            return
        text = self.tr(
            "A step now counts as mastered when what you feared did not happen and your "
            "anxiety, at its highest, stayed low: anxiety that only fell afterwards, with "
            "relief, says less about the step itself."
        )
        if no_longer:
            text += " " + self.tr(
                "So these steps are open again, to practise a little more: %1."
            ).replace("%1", ", ".join(step.description for step in no_longer))
        if now:
            text += " " + self.tr("These steps now count as mastered: %1.").replace(
                "%1", ", ".join(step.description for step in now)
            )
        self.view.rule_note.setText(text)
        self.view.rule_note.show()
        context.message.emit(
            self.tr("How a ladder step counts as mastered has changed: see Ladders.")
        )

    def _on_day_changed(self) -> None:
        self.view.form.set_today(self._context.today())
        self.up_to_date.request()

    def step_choices(self) -> list[tuple[str, int]]:
        self.up_to_date.ensure()
        return self.record.step_choices()

    def focus_quick_entry(self) -> None:
        self.view.form.situation.setFocus()

    # -- writing fears down --------------------------------------------------------

    def _on_log(self) -> None:
        entry = self.view.form.collect()
        if entry is None:
            return
        context = self._context
        context.perform(
            self.tr("Write down “%1”").replace("%1", entry.situation.strip()),
            lambda: fears.log_fear(context.store, entry, context.now()),
            done=self._written_down(entry),
        )
        self.view.form.clear()
        self.view.form.more_button.setChecked(False)
        self.view.form.situation.setFocus()

    def log_exposure(self, entry: FearDraft, title: str) -> bool:
        """Ask how facing a step went (what only the person can say is left empty), and
        write it down; True when written."""
        context = self._context
        choices = self.step_choices()  # read first: the ladders and tags it offers
        answer = FearDialog.ask(self.view, entry, choices, self.record.tags, context.today(), title)
        if answer is None:
            return False
        context.perform(
            self.tr("Write down “%1”").replace("%1", answer.situation.strip()),
            lambda: fears.log_fear(context.store, answer, context.now()),
            done=self._written_down(answer),
        )
        return True

    def _written_down(self, entry) -> str:
        """What is said when a fear faced is written down: a kind word for anxiety that
        rose or stayed high, since it need not fall first."""
        if rules.still_anxious(entry.anxiety_before, entry.anxiety_after):
            return self.tr("Written down.") + " " + nervous_and_did_it()
        return self.tr("Written down. Facing a fear builds trust in yourself.")

    def offer_exposures(self, agreement_ids: list[int]) -> None:
        """For kept agreements that were ladder steps: offer to write down how it went."""
        store = self._context.store
        for agreement_id in agreement_ids:
            step = fears.step_of_agreement(store, agreement_id)
            if step is None or not ExposureOffer.ask(self.view, step.description):
                continue
            agreement = store_agreements.get_agreement(store, agreement_id)
            entry = fears.exposure_for(step, agreement.day, agreement.id)
            self.log_exposure(entry, self.tr("How did it go?"))
