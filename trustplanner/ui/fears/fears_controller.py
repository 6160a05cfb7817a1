"""The Fears page's behaviour: writing fears down, finding them back, and climbing ladders."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelectionModel, QObject
from PySide6.QtWidgets import QMessageBox

from trustplanner.domain import fears as rules
from trustplanner.domain.fears import FearEntry, FearSummary, Ladder
from trustplanner.domain.progress import Span, span_dates
from trustplanner.store import agreements as store_agreements
from trustplanner.store import fears
from trustplanner.ui.context import AppContext
from trustplanner.ui.fears.exposure_offer import ExposureOffer
from trustplanner.ui.fears.fear_dialog import FearDialog
from trustplanner.ui.fears.fear_model import FearModel
from trustplanner.ui.fears.fears_view import FearsView
from trustplanner.ui.fears.ladder_dialogs import LadderDialog, PlanStepDialog, StepDialog
from trustplanner.ui.fears.ladder_models import LadderListModel, StepModel
from trustplanner.ui.widgets.when_shown import WhenShown
from trustplanner.words.dates import day_in_sentence, pydate, qdate
from trustplanner.words.numbers import number_text


class FearsController(QObject):
    def __init__(self, context: AppContext, parent: QObject | None = None):
        super().__init__(parent)
        self._context = context
        today = context.today()
        self.view = FearsView(today)
        self.history_model = FearModel(today, self)
        self.exposure_model = FearModel(today, self)
        self.ladder_model = LadderListModel(self)
        self.step_model = StepModel(self)
        view = self.view
        view.history_table.setModel(self.history_model)
        view.exposure_table.setModel(self.exposure_model)
        view.ladder_list.setModel(self.ladder_model)
        view.step_table.setModel(self.step_model)
        view.configure_columns()
        view.from_edit.setDate(qdate(today - dt.timedelta(days=27)))
        view.to_edit.setDate(qdate(today))
        self._ladders: list[Ladder] = []
        self._step_labels: dict[int, str] = {}
        self._tags: list[str] = []
        # The page reads every fear ever written: only when it is open, not at start-up.
        self.up_to_date = WhenShown(self.view, self.refresh)
        self._connect()

    def _connect(self) -> None:
        view = self.view
        context = self._context
        context.changed.connect(self.up_to_date.request)
        context.day_changed.connect(self._on_day_changed)
        view.form.submitted.connect(self._on_log)
        view.log_button.clicked.connect(self._on_log)
        for signal in (
            view.search.textChanged,
            view.from_edit.dateChanged,
            view.to_edit.dateChanged,
            view.ladder_filter.currentIndexChanged,
            view.tag_filter.currentIndexChanged,
        ):
            signal.connect(lambda *_: self._show_history())
        view.span_combo.currentIndexChanged.connect(self._on_span_changed)
        view.edit_button.clicked.connect(self._on_edit)
        view.history_table.doubleClicked.connect(lambda _index: self._on_edit())
        view.delete_button.clicked.connect(self._on_delete)
        view.delete_shortcut.activated.connect(self._on_delete)
        view.history_table.selectionModel().selectionChanged.connect(self._update_actions)
        view.ladder_list.selectionModel().currentChanged.connect(lambda *_: self._show_ladder())
        view.step_table.selectionModel().selectionChanged.connect(self._update_actions)
        view.new_ladder_button.clicked.connect(self._on_new_ladder)
        view.rename_ladder_button.clicked.connect(self._on_rename_ladder)
        view.delete_ladder_button.clicked.connect(self._on_delete_ladder)
        view.add_step_button.clicked.connect(self._on_add_step)
        view.edit_step_button.clicked.connect(self._on_edit_step)
        view.step_table.doubleClicked.connect(lambda _index: self._on_edit_step())
        view.up_button.clicked.connect(lambda: self._on_move_step(-1))
        view.down_button.clicked.connect(lambda: self._on_move_step(+1))
        view.delete_step_button.clicked.connect(self._on_delete_step)
        view.plan_button.clicked.connect(self._on_plan_step)
        view.expose_button.clicked.connect(self._on_expose)

    # -- showing -------------------------------------------------------------------

    def refresh(self) -> None:
        store = self._context.store
        self._ladders = fears.ladders(store)
        self._step_labels = {
            step.id: f"{ladder.theme}: {step.description}"
            for ladder in self._ladders
            for step in ladder.steps
        }
        self._tags = fears.all_tags(store)
        self._all = fears.find_fears(store)
        self._fill_filters()
        self.view.form.set_steps([(label, step_id) for step_id, label in self._step_labels.items()])
        self.view.form.set_known_tags(self._tags)
        self.view.summary_label.setText(
            self._summary(rules.summarize(self._all, self._context.today()))
        )
        self._show_history()
        self._show_ladders()

    def _on_day_changed(self) -> None:
        self.view.form.set_today(self._context.today())
        self.up_to_date.request()

    def _fill_filters(self) -> None:
        view = self.view
        for combo, everything, choices in (
            (
                view.ladder_filter,
                self.tr("All ladders"),
                [(lad.theme, lad.id) for lad in self._ladders],
            ),
            (view.tag_filter, self.tr("All tags"), [(tag, tag) for tag in self._tags]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for label, data in choices:
                combo.addItem(label, data)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def _filter(self) -> fears.FearFilter:
        view = self.view
        start = end = None
        span = view.span_combo.currentData()
        if span is not Span.ALL:
            custom = (pydate(view.from_edit.date()), pydate(view.to_edit.date()))
            start, end = span_dates(span, self._context.today(), None, custom)
        return fears.FearFilter(
            words=view.search.text(),
            start=start,
            end=end,
            ladder_id=view.ladder_filter.currentData(),
            tag=view.tag_filter.currentData(),
        )

    def _on_span_changed(self) -> None:
        self.view.dates.setVisible(self.view.span_combo.currentData() is Span.CUSTOM)
        self._show_history()

    def _show_history(self) -> None:
        entries = fears.find_fears(self._context.store, self._filter())
        self.history_model.set_entries(entries, self._step_labels, self._context.today())
        if not self._all:
            empty = self.tr(
                "Nothing written down yet. Every fear you face counts, even a small one."
            )
        elif not entries:
            empty = self.tr("Nothing matches. Try other words, or all dates and ladders.")
        else:
            empty = self.tr("%n fear(s) faced shown.", "", len(entries))
        self.view.history_empty.setText(empty)
        self._update_actions()

    def _summary(self, summary: FearSummary) -> str:
        if not summary.faced:
            return self.tr(
                "Facing something you fear, one small step at a time, builds trust in yourself. "
                "Write it down here: how anxious you were before and after, and whether what you "
                "feared happened."
            )
        text = (
            self.tr("You faced %n fear(s).", "", summary.faced)
            + " "
            + (
                self.tr("Did what you feared happen? Yes %1, partly %2, no %3.")
                .replace("%1", str(summary.happened))
                .replace("%2", str(summary.partly))
                .replace("%3", str(summary.not_happened))
            )
        )
        drop = summary.average_drop or 0.0
        if drop >= 0:
            text += " " + self.tr(
                "On average your anxiety fell by %1 points from just before to afterwards."
            ).replace("%1", number_text(drop))
        else:
            text += " " + self.tr(
                "On average your anxiety rose by %1 points from just before to afterwards."
            ).replace("%1", number_text(-drop))
        if summary.weeks_in_a_row:
            text += " " + self.tr(
                "%n week(s) in a row with a fear faced.", "", summary.weeks_in_a_row
            )
        return text

    def _progress(self, ladder: Ladder) -> list[rules.StepProgress]:
        settings = self._context.settings
        return rules.ladder_progress(
            ladder,
            self._all,
            exposures_needed=settings.mastery_exposures,
            calm_at=settings.mastery_anxiety,
        )

    def _show_ladders(self) -> None:
        current = self.selected_ladder()
        mastered = {
            ladder.id: sum(p.mastered for p in self._progress(ladder)) for ladder in self._ladders
        }
        self.ladder_model.set_ladders([(ladder, mastered[ladder.id]) for ladder in self._ladders])
        if current is None and self._ladders:
            # Start on a ladder that is still being climbed.
            climbing = [lad for lad in self._ladders if mastered[lad.id] < len(lad.steps)]
            current = (climbing or self._ladders)[0]
        self._select_ladder(current.id if current else None)
        self._show_ladder()

    def _select_ladder(self, ladder_id: int | None) -> None:
        row = None if ladder_id is None else self.ladder_model.row_of(ladder_id)
        if row is not None:
            self.view.ladder_list.selectionModel().setCurrentIndex(
                self.ladder_model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    def selected_ladder(self) -> Ladder | None:
        index = self.view.ladder_list.selectionModel().currentIndex()
        if not index.isValid() or index.row() >= self.ladder_model.rowCount():
            return None
        ladder_id = self.ladder_model.ladder_at(index.row()).id
        return next((ladder for ladder in self._ladders if ladder.id == ladder_id), None)

    def selected_step(self) -> rules.LadderStep | None:
        rows = self.view.step_table.selectionModel().selectedRows()
        return self.step_model.step_at(rows[0].row()) if rows else None

    def _show_ladder(self) -> None:
        ladder = self.selected_ladder()
        view = self.view
        current_step = self.selected_step()
        if ladder is None:
            self.step_model.set_progress([], None)
            self.exposure_model.set_entries([], {}, self._context.today())
            view.ladder_progress.setText(
                self.tr(
                    "No ladder yet. A ladder breaks a big fear into small steps, from easy to "
                    "hard: make one with “New ladder…”."
                )
            )
            self._update_actions()
            return
        progress = self._progress(ladder)
        upcoming = rules.next_step(progress)
        self.step_model.set_progress(progress, upcoming.id if upcoming else None)
        step_ids = {step.id for step in ladder.steps}
        faced = [entry for entry in self._all if entry.step_id in step_ids]
        self.exposure_model.set_entries(faced, self._step_labels, self._context.today())
        mastered = sum(p.mastered for p in progress)
        if not ladder.steps:
            text = self.tr("This ladder has no steps yet. Add the easiest one first.")
        elif upcoming is None:
            text = self.tr("Every step of this ladder is mastered. Well done.")
        else:
            text = (
                self.tr("%1 of %2 steps mastered. Next: %3")
                .replace("%1", str(mastered))
                .replace("%2", str(len(ladder.steps)))
                .replace("%3", upcoming.description)
            )
        view.ladder_progress.setText(text)
        if current_step is not None:
            row = self.step_model.row_of(current_step.id)
            if row is not None:
                view.step_table.selectRow(row)
        self._update_actions()

    def _update_actions(self, *args) -> None:
        view = self.view
        chosen = bool(view.history_table.selectionModel().selectedRows())
        view.edit_button.setEnabled(chosen)
        view.delete_button.setEnabled(chosen)
        ladder = self.selected_ladder() is not None
        step = self.selected_step() is not None
        for button in (view.rename_ladder_button, view.delete_ladder_button, view.add_step_button):
            button.setEnabled(ladder)
        for button in (
            view.edit_step_button,
            view.up_button,
            view.down_button,
            view.delete_step_button,
            view.plan_button,
            view.expose_button,
        ):
            button.setEnabled(step)

    def _selected_entries(self) -> list[FearEntry]:
        rows = self.view.history_table.selectionModel().selectedRows()
        return [self.history_model.entry_at(index.row()) for index in rows]

    def step_choices(self) -> list[tuple[str, int]]:
        self.up_to_date.ensure()
        return [(label, step_id) for step_id, label in self._step_labels.items()]

    def focus_quick_entry(self) -> None:
        self.view.form.situation.setFocus()

    # -- fears faced ---------------------------------------------------------------

    def _on_log(self) -> None:
        entry = self.view.form.collect()
        if entry is None:
            return
        context = self._context
        context.perform(
            self.tr("Write down “%1”").replace("%1", entry.situation.strip()),
            lambda: fears.log_fear(context.store, entry, context.now()),
            done=self.tr("Written down. Facing a fear builds trust in yourself."),
        )
        self.view.form.clear()
        self.view.form.more_button.setChecked(False)
        self.view.form.situation.setFocus()

    def log_exposure(self, entry: FearEntry, title: str) -> bool:
        """Ask how facing a step went, pre-filled, and write it down; True when written."""
        context = self._context
        self.up_to_date.ensure()  # the ladders and tags it offers
        answer = FearDialog.ask(
            self.view, entry, self.step_choices(), self._tags, context.today(), title
        )
        if answer is None:
            return False
        context.perform(
            self.tr("Write down “%1”").replace("%1", answer.situation.strip()),
            lambda: fears.log_fear(context.store, answer, context.now()),
            done=self.tr("Written down. Facing a fear builds trust in yourself."),
        )
        return True

    def _on_edit(self) -> None:
        selected = self._selected_entries()
        if len(selected) != 1:
            return
        context = self._context
        self.up_to_date.ensure()  # the ladders and tags it offers
        answer = FearDialog.ask(
            self.view,
            selected[0],
            self.step_choices(),
            self._tags,
            context.today(),
            self.tr("Change a fear faced"),
        )
        if answer is None:
            return
        context.perform(
            self.tr("Change “%1”").replace("%1", answer.situation.strip()),
            lambda: fears.edit_fear(context.store, answer),
            done=self.tr("Saved."),
        )

    def _on_delete(self) -> None:
        selected = self._selected_entries()
        if not selected:
            return
        context = self._context
        ids = [entry.id for entry in selected]
        context.perform(
            self.tr("Delete %n fear(s) faced", "", len(ids)),
            lambda: fears.delete_fears(context.store, ids),
            done=self.tr("Deleted %n entry(s). Undo with Ctrl+Z.", "", len(ids)),
        )

    # -- ladders -------------------------------------------------------------------

    def _on_new_ladder(self) -> None:
        theme = LadderDialog.ask(self.view)
        if theme is None:
            return
        context = self._context
        ladder_id = context.perform(
            self.tr("New ladder “%1”").replace("%1", theme),
            lambda: fears.create_ladder(context.store, theme, context.now()),
        )
        self.view.tabs.setCurrentIndex(1)
        self._select_ladder(ladder_id)

    def _on_rename_ladder(self) -> None:
        ladder = self.selected_ladder()
        if ladder is None:
            return
        theme = LadderDialog.ask(self.view, ladder.theme)
        if theme is None:
            return
        context = self._context
        context.perform(
            self.tr("Rename the ladder"),
            lambda: fears.rename_ladder(context.store, ladder.id, theme),
        )

    def _on_delete_ladder(self) -> None:
        ladder = self.selected_ladder()
        if ladder is None:
            return
        answer = QMessageBox.question(
            self.view,
            self.tr("Delete ladder"),
            self.tr(
                "Delete the ladder “%1” and its steps? The fears you wrote down stay in your "
                "history. You can undo this with Ctrl+Z."
            ).replace("%1", ladder.theme),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        context = self._context
        context.perform(
            self.tr("Delete the ladder “%1”").replace("%1", ladder.theme),
            lambda: fears.delete_ladder(context.store, ladder.id),
            done=self.tr("Ladder deleted. Undo with Ctrl+Z."),
        )

    def _on_add_step(self) -> None:
        ladder = self.selected_ladder()
        if ladder is None:
            return
        answer = StepDialog.ask(self.view)
        if answer is None:
            return
        context = self._context
        context.perform(
            self.tr("Add the step “%1”").replace("%1", answer.description),
            lambda: fears.add_step(
                context.store, ladder.id, answer.description, answer.expected_anxiety
            ),
        )

    def _on_edit_step(self) -> None:
        step = self.selected_step()
        if step is None:
            return
        answer = StepDialog.ask(self.view, step)
        if answer is None:
            return
        context = self._context
        context.perform(
            self.tr("Change the step “%1”").replace("%1", step.description),
            lambda: fears.edit_step(
                context.store, step.id, answer.description, answer.expected_anxiety
            ),
        )

    def _on_move_step(self, offset: int) -> None:
        step = self.selected_step()
        if step is None:
            return
        context = self._context
        context.perform(
            self.tr("Move the step “%1”").replace("%1", step.description),
            lambda: fears.move_step(context.store, step.id, offset),
        )

    def _on_delete_step(self) -> None:
        step = self.selected_step()
        if step is None:
            return
        context = self._context
        context.perform(
            self.tr("Delete the step “%1”").replace("%1", step.description),
            lambda: fears.delete_step(context.store, step.id),
            done=self.tr("Step deleted. Undo with Ctrl+Z."),
        )

    def _on_plan_step(self) -> None:
        step = self.selected_step()
        if step is None:
            return
        context = self._context
        answer = PlanStepDialog.ask(self.view, step, context.today())
        if answer is None:
            return
        context.perform(
            self.tr("Plan “%1”").replace("%1", step.description),
            lambda: fears.plan_step(
                context.store, step.id, answer.day, answer.minutes, context.now()
            ),
            done=self.tr("Planned for %1. Say how it went in Review.").replace(
                "%1", day_in_sentence(answer.day, context.today())
            ),
        )

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

    def _on_expose(self) -> None:
        step = self.selected_step()
        if step is None:
            return
        entry = fears.exposure_for(step, self._context.today())
        self.log_exposure(entry, self.tr("How did it go?"))
