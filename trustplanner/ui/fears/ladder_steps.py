"""The Fears page's ladders: a big fear as small steps from easy to hard, each planned,
faced and, in time, mastered."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QObject
from PySide6.QtWidgets import QMessageBox

from trustplanner.domain import fears as rules
from trustplanner.domain.fears import FearDraft, Ladder
from trustplanner.store import fears
from trustplanner.ui.context import AppContext
from trustplanner.ui.fears.fear_model import FearModel
from trustplanner.ui.fears.fear_record import FearRecord
from trustplanner.ui.fears.fears_view import FearsView
from trustplanner.ui.fears.ladder_dialogs import LadderDialog, PlanStepDialog, StepDialog
from trustplanner.ui.fears.ladder_models import LadderListModel, StepModel
from trustplanner.words.dates import day_in_sentence


class LadderSteps(QObject):
    def __init__(
        self,
        context: AppContext,
        view: FearsView,
        log_exposure: Callable[[FearDraft, str], bool],
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self._context = context
        self._log_exposure = log_exposure
        self.view = view
        self.record = FearRecord()
        self.ladder_model = LadderListModel(self)
        self.step_model = StepModel(self)
        self.exposure_model = FearModel(context.today(), self)
        view.ladder_list.setModel(self.ladder_model)
        view.step_table.setModel(self.step_model)
        view.exposure_table.setModel(self.exposure_model)
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

    def show(self, record: FearRecord) -> None:
        self.record = record
        ladders = record.ladders
        current = self.selected_ladder()
        mastered = {
            ladder.id: sum(p.mastered for p in self._progress(ladder)) for ladder in ladders
        }
        self.ladder_model.set_ladders([(ladder, mastered[ladder.id]) for ladder in ladders])
        if current is None and ladders:
            # Start on a ladder that is still being climbed.
            climbing = [lad for lad in ladders if mastered[lad.id] < len(lad.steps)]
            current = (climbing or ladders)[0]
        self._select_ladder(current.id if current else None)
        self._show_ladder()

    def _progress(self, ladder: Ladder) -> list[rules.StepProgress]:
        settings = self._context.settings
        return rules.ladder_progress(
            ladder,
            self.record.faced,
            exposures_needed=settings.mastery_exposures,
            calm_at=settings.mastery_anxiety,
        )

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
        return next((ladder for ladder in self.record.ladders if ladder.id == ladder_id), None)

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
        faced = [entry for entry in self.record.faced if entry.step_id in step_ids]
        self.exposure_model.set_entries(faced, self.record.step_labels, self._context.today())
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
        if ladder.steps:
            settings = self._context.settings
            text += " " + self.tr(
                "A step counts as mastered after %n time(s) in which what you feared did not "
                "happen and your anxiety, at its highest, stayed at or under %1.",
                "",
                settings.mastery_exposures,
            ).replace("%1", str(settings.mastery_anxiety))
        view.ladder_progress.setText(text)
        if current_step is not None:
            row = self.step_model.row_of(current_step.id)
            if row is not None:
                view.step_table.selectRow(row)
        self._update_actions()

    def _update_actions(self, *args) -> None:
        view = self.view
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

    # -- steps ---------------------------------------------------------------------

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

    def _on_expose(self) -> None:
        step = self.selected_step()
        if step is None:
            return
        entry = fears.exposure_for(step, self._context.today())
        self._log_exposure(entry, self.tr("How did it go?"))
