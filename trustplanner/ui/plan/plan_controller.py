"""The Plan page's behaviour: every button and edit becomes one store action.

Its dialogs are loaded when first opened, not with the window, which should open at once.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication

from trustplanner.domain.durations import EstimateError, parse_estimate
from trustplanner.domain.forecast import DayForecast, forecast_day
from trustplanner.domain.planning import CommitProblem, commit_problem, earliest_move_day
from trustplanner.domain.realism import Level, judge
from trustplanner.domain.titles import TitleError, clean_title
from trustplanner.store import agreements as store_agreements
from trustplanner.store import plans, track_record
from trustplanner.ui.collector import collector_held
from trustplanner.ui.context import AppContext
from trustplanner.ui.plan.estimate_delegate import EstimateDelegate
from trustplanner.ui.plan.plan_model import (
    COLUMNS,
    ESTIMATE,
    TITLE,
    WITH,
    PlanModel,
    PlanRow,
    plan_rows,
)
from trustplanner.ui.plan.plan_view import PlanView
from trustplanner.words.dates import day_in_sentence, long_date_text
from trustplanner.words.learning import chance_text, getting_to_know_text, usual_text
from trustplanner.words.numbers import minutes_text
from trustplanner.words.problems import estimate_problem_text, title_problem_text
from trustplanner.words.realism import load_text, realism_text
from trustplanner.words.steps import first_step_title, next_step_title

# A long plan is shown a part at a time: the first rows at once, the rest in the turns
# of the event loop that follow, so that the window never stops to read thousands.
ROWS_AT_ONCE = 200
ROWS_PER_TURN = 2000


class PlanController(QObject):
    def __init__(self, context: AppContext, parent: QObject | None = None):
        super().__init__(parent)
        self._context = context
        self._more = QTimer(self)
        self._more.setSingleShot(True)
        self._more.timeout.connect(self._read_more)
        self._last_read = None  # the last item of a long plan shown so far
        self.view = PlanView(context.today())
        self.model = PlanModel(editor=self._save_edit, parent=self)
        self.view.table.setModel(self.model)
        self.view.table.setItemDelegateForColumn(ESTIMATE, EstimateDelegate(self.view.table))
        self.view.configure_columns(self.model.status_texts())
        self._plan: plans.DayPlan | None = None
        self._minutes: list[int] = []  # the planned minutes of each of the day's agreements
        self._connect()
        self.refresh()

    @property
    def still_reading(self) -> bool:
        """Whether more of a long plan is still to be shown."""
        return self._more.isActive()

    @property
    def day(self):
        return self.view.navigator.day

    def _connect(self) -> None:
        view = self.view
        context = self._context
        context.changed.connect(self.refresh)
        context.learned.changed.connect(self._show_learned)
        context.day_changed.connect(lambda: view.navigator.set_today(context.today()))
        view.navigator.day_changed.connect(self._on_day_changed)
        view.add_button.clicked.connect(self._on_add)
        view.title_edit.returnPressed.connect(self._on_add)
        view.estimate_field.lineEdit().returnPressed.connect(self._on_add)
        view.title_edit.textEdited.connect(view.title_message.clear)
        view.estimate_field.editTextChanged.connect(view.estimate_message.clear)
        view.paste_button.clicked.connect(lambda: self._on_paste())
        view.paste_shortcut.activated.connect(lambda: self._on_paste())
        view.table_paste_shortcut.activated.connect(
            lambda: self._on_paste(QGuiApplication.clipboard().text())
        )
        view.split_button.clicked.connect(self._on_split)
        view.promise_button.clicked.connect(self._on_promise)
        view.table.doubleClicked.connect(
            lambda index: index.column() == WITH and self._on_promise()
        )
        view.move_button.clicked.connect(self._on_move)
        view.fit_button.clicked.connect(self._on_fit)
        view.let_go_button.clicked.connect(self._on_let_go)
        view.delete_button.clicked.connect(self._on_delete)
        view.delete_shortcut.activated.connect(self._on_delete)
        view.commit_button.clicked.connect(self._on_commit)
        view.commit_shortcut.activated.connect(self._on_commit)
        view.commit_shortcut_enter.activated.connect(self._on_commit)
        view.capacity_spin.valueChanged.connect(self._on_capacity_changed)
        view.capacity_usual_button.clicked.connect(self._on_capacity_usual)
        view.leftover_button.clicked.connect(self._on_bring_leftovers)
        view.someday_button.clicked.connect(self._on_someday)
        view.how_button.clicked.connect(self._on_how)
        view.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        self.model.edit_refused.connect(view.list_message.say)
        # Ranked after the drop is over: reading the plan again during it would pull the
        # rows from under the view's own drop handling.
        self.model.rank_asked.connect(
            lambda ids, before: QTimer.singleShot(0, self, lambda: self._rank(ids, before or None))
        )
        view.earlier_shortcut.activated.connect(lambda: self._step_rank(-1))
        view.later_shortcut.activated.connect(lambda: self._step_rank(+1))

    # -- showing -------------------------------------------------------------------

    def refresh(self) -> None:
        context = self._context
        view = self.view
        today = context.today()
        # The day on the screen is read whole, so that an edit keeps the selection and
        # the place in the list; another day starts with its first rows.
        shown = self._plan is not None and self._plan.day == self.day
        self._more.stop()
        with collector_held():
            plan = plans.load_day(
                context.store, self.day, context.settings, first=-1 if shown else ROWS_AT_ONCE
            )
            self._plan = plan
            # Read with the plan, so that a forecast learned later needs no store.
            self._minutes = track_record.minutes_planned_on(context.store, self.day)
            self._last_read = plan.items[-1] if plan.items else None
            self.model.set_rows(
                plan_rows(plan.items, plan.agreements, context.settings.max_step_minutes)
            )
        if not plan.complete:
            self._more.start()
        view.show_list(self.model.rowCount() > 0)

        view.capacity_spin.blockSignals(True)
        view.capacity_spin.setValue(plan.capacity)
        view.capacity_spin.blockSignals(False)
        view.capacity_usual_button.setVisible(not plan.capacity_is_usual)
        view.load_label.setText(load_text(plan.realism))
        view.fit_button.setVisible(
            plan.item_count > 0 and plan.realism.planned > plan.realism.capacity
        )
        view.size_label.setVisible(plan.bigger > 0)
        if plan.bigger:
            bigger = plan.bigger  # a plain name: pyside6-lupdate misses a count otherwise
            view.size_label.setText(
                self.tr(
                    "%n thing(s) bigger than one step (more than %1). You can split, or keep "
                    "whole: both are fine.",
                    "",
                    bigger,
                ).replace("%1", minutes_text(context.settings.max_step_minutes))
            )
        self._show_learned()
        view.how_button.setVisible(context.settings.learning_on)
        if context.settings.learning_on:
            context.learned.look(context.settings, today)

        leftovers = plans.leftover_items(context.store, today) if self.day == today else []
        view.leftover_frame.setVisible(bool(leftovers))
        if leftovers:
            view.leftover_label.setText(
                self.tr(
                    "From earlier days, not yet agreed: %n item(s). "
                    "Bring them here to choose again, or leave them.",
                    "",
                    len(leftovers),
                )
            )
        self._show_someday(plan, today)
        self._update_actions()

    def _show_someday(self, plan: plans.DayPlan, today: dt.date) -> None:
        """One calm line while something waits for some day; it says so when the day on
        the screen has room for one of them, and never asks for more."""
        waiting, smallest = plans.someday_totals(self._context.store)
        self.view.someday_row.setVisible(waiting > 0)
        if not waiting:
            return
        free = plan.realism.capacity - plan.realism.planned
        if self.day >= today and smallest is not None and smallest <= free and free > 0:
            text = self.tr(
                "Waiting for some day: %n thing(s). There is room on this day to bring "
                "something back.",
                "",
                waiting,
            )
        else:
            text = self.tr("Waiting for some day, with no date yet: %n thing(s).", "", waiting)
        self.view.someday_label.setText(text)

    def _show_learned(self) -> None:
        """The meter and its sentence: by the time the plan usually takes, once the
        person's days are known, with what their days say of this one beside it."""
        plan, view = self._plan, self.view
        if plan is None:
            return
        forecast, learned = self._forecast(plan)
        realism = plan.realism
        if forecast is not None and forecast.usual is not None and forecast.planned:
            # The estimated part of the plan as it usually goes; unestimated items stay
            # counted apart, as the meter always does.
            usual = round(realism.planned * forecast.usual / forecast.planned)
            realism = judge(usual, realism.capacity, realism.unestimated)
        verdict = realism_text(realism)
        view.verdict_label.setText(verdict)
        view.meter.set_realism(realism, f"{verdict} {learned}".strip())
        view.learned_label.setText(learned)
        view.learned_label.setVisible(bool(learned))

    def _forecast(self, plan: plans.DayPlan) -> tuple[DayForecast | None, str]:
        """What the person's own days say of this one, and in words; nothing while
        learning is off, or before the first look at the history is done."""
        context = self._context
        settings = context.settings
        if not settings.learning_on:
            return None, ""
        knowing = context.learned.current(settings)
        if knowing is None:
            return None, ""
        if not knowing.ready:
            return None, getting_to_know_text()
        forecast = forecast_day(knowing, self._minutes, plan.capacity, plan.day.weekday())
        if forecast is None:
            return None, ""
        words = (usual_text(forecast), chance_text(forecast))
        return forecast, " ".join(text for text in words if text)

    def _on_how(self) -> None:
        from trustplanner.ui.learned_dialog import show_learned

        show_learned(self._context, self.view)

    def _read_more(self) -> None:
        """Show the next part of a long plan; the next turn shows the one after."""
        context = self._context
        plan = self._plan
        with collector_held():
            more = plans.planned_items(
                context.store, plan.day, after=self._last_read, limit=ROWS_PER_TURN
            )
            self.model.append_rows(plan_rows(more, [], context.settings.max_step_minutes))
        if more:
            self._last_read = more[-1]
            if len(more) == ROWS_PER_TURN:
                self._more.start()

    def _update_actions(self, *args) -> None:
        view = self.view
        selected = self._selected_rows()
        items_only = bool(selected) and all(row.is_item for row in selected)
        view.split_button.setEnabled(items_only and len(selected) == 1)
        view.promise_button.setEnabled(len(selected) == 1 and _can_name_someone(selected[0]))
        view.move_button.setEnabled(items_only)
        view.let_go_button.setEnabled(items_only)
        view.delete_button.setEnabled(items_only)
        plan = self._plan
        view.commit_button.setEnabled(
            plan is not None and plan.item_count > 0 and self.day >= self._context.today()
        )

    def _selected_rows(self) -> list[PlanRow]:
        selection = self.view.table.selectionModel()
        return [
            self.model.row_at(index.row())
            for index in sorted(selection.selectedRows(), key=lambda i: i.row())
        ]

    def _selected_items(self) -> list[PlanRow]:
        return [row for row in self._selected_rows() if row.is_item]

    # -- actions -----------------------------------------------------------------

    def _on_day_changed(self, day) -> None:
        self.view.list_message.clear()
        self.refresh()

    def _on_add(self) -> None:
        view = self.view
        try:
            title = clean_title(view.title_edit.text())
        except TitleError as error:
            view.title_message.say(title_problem_text(error.problem, error.length))
            view.title_edit.setFocus()
            return
        view.title_message.clear()
        try:
            minutes = view.estimate_field.minutes()
        except EstimateError as error:
            view.estimate_message.say(estimate_problem_text(error.problem))
            view.estimate_field.setFocus()
            return
        context = self._context
        day = self.day
        context.perform(
            self.tr("Add “%1”").replace("%1", title),
            lambda: plans.add_items(context.store, day, [(title, minutes)], context.now()),
        )
        # setText, not clear(): the field starts a fresh history, so that Ctrl+Z next
        # undoes the Add instead of bringing the typed title back.
        view.title_edit.setText("")
        view.estimate_field.clear_estimate()
        view.title_message.clear()
        view.estimate_message.clear()
        view.title_edit.setFocus()

    def _on_paste(self, text: str = "") -> None:
        from trustplanner.ui.plan.paste_dialog import PasteDialog

        entries = PasteDialog.ask(self.view, text)
        if not entries:
            return
        context = self._context
        day = self.day
        context.perform(
            self.tr("Add %n item(s)", "", len(entries)),
            lambda: plans.add_items(context.store, day, entries, context.now()),
            done=self.tr("Added %n item(s) to the plan.", "", len(entries)),
        )

    def _on_split(self) -> None:
        selected = self._selected_items()
        if len(selected) != 1:
            return
        context = self._context
        item = plans.get_item(context.store, selected[0].id)
        from trustplanner.ui.plan.split_dialog import SplitDialog

        steps = SplitDialog.ask(self.view, item, context.settings.max_step_minutes)
        if not steps:
            return
        context.perform(
            self.tr("Split “%1”").replace("%1", item.title),
            lambda: plans.split_item(context.store, item.id, steps, context.now()),
            done=self.tr("Split into %n step(s).", "", len(steps)),
        )

    def _on_promise(self) -> None:
        """Say who the selected item or open agreement is for or with, and when."""
        selected = self._selected_rows()
        if len(selected) != 1 or not _can_name_someone(selected[0]):
            return
        row = selected[0]
        context = self._context
        from trustplanner.ui.plan.promise_dialog import PromiseDialog

        said = PromiseDialog.ask(
            self.view, row.title, row.person, row.promise_time, plans.people_named(context.store)
        )
        if said is None or said == (row.person, row.promise_time):
            return
        person, promise_time = said
        keeper = plans if row.is_item else store_agreements  # both keep it the same way
        context.perform(
            self.tr("Say who “%1” is for or with").replace("%1", row.title),
            lambda: keeper.set_promise(context.store, row.id, person, promise_time),
        )

    def _on_move(self) -> None:
        selected = self._selected_items()
        if not selected:
            return
        context = self._context
        today = context.today()
        from trustplanner.ui.landing import kept_reader, load_reader
        from trustplanner.ui.plan.move_dialog import MoveDialog

        move = MoveDialog.ask(
            self.view,
            [row.title for row in selected],
            earliest_move_day(self.day, today),
            today,
            moving=sum(row.minutes or 0 for row in selected),
            load_of=load_reader(context),
            kept_of=kept_reader(context),
        )
        if move is None:
            return
        ids = [row.id for row in selected]
        if move.spread:
            self._spread(selected, move)
            return
        if move.someday:
            context.perform(
                self.tr("Keep %n item(s) for some day", "", len(ids)),
                lambda: plans.put_aside(context.store, ids, context.now(), move.note),
                done=self.tr(
                    "On your some-day list now: %n item(s). Undo with Ctrl+Z.", "", len(ids)
                ),
            )
            return
        context.perform(
            self.tr("Move %n item(s)", "", len(ids)),
            lambda: plans.move_items(context.store, ids, move.day, context.now(), move.note),
            done=self.tr("Moved %n item(s) to %1. Undo with Ctrl+Z.", "", len(ids)).replace(
                "%1", day_in_sentence(move.day, today)
            ),
        )

    def _spread(self, selected: list[PlanRow], move) -> None:
        """Not today, spread: from the chosen day on, each item to the first day with
        room for it; what fits on none stays, and is said."""
        from trustplanner.domain.fitting import Candidate, make_it_fit
        from trustplanner.ui.plan.fit_dialog import where_text

        context = self._context
        items = [Candidate(row.id, row.minutes) for row in selected if row.minutes is not None]
        fitted = make_it_fit(items, 0, self._rooms(move.day), self._factor())
        now = context.now()

        def action() -> None:
            for day, ids in sorted(fitted.later.items()):
                plans.move_items(context.store, ids, day, now, move.note)

        if not fitted.later:
            context.message.emit(
                self.tr("None of the coming days has room for these: they stay where they are.")
            )
            return
        moved = sum(len(ids) for ids in fitted.later.values())
        done = self.tr("Spread %n item(s) over %1.", "", moved).replace(
            "%1", where_text(sorted(fitted.later), context.today())
        )
        if fitted.someday:
            waiting = len(fitted.someday)
            done += " " + self.tr(
                "No coming day has room for %n of them: they stay where they are.", "", waiting
            )
        context.perform(
            self.tr("Spread %n item(s)", "", moved),
            action,
            done=done + " " + self.tr("Undo with Ctrl+Z."),
        )

    def _rooms(self, first: dt.date) -> list:
        """The free time on each of the coming days from `first` on."""
        from trustplanner.domain.fitting import COMING_DAYS, Room

        rooms = []
        for offset in range(COMING_DAYS):
            day = first + dt.timedelta(days=offset)
            realism = plans.load_day(self._context.store, day, self._context.settings, first=0)
            rooms.append(Room(day, realism.realism.capacity - realism.realism.planned))
        return rooms

    def _factor(self) -> float:
        """How much longer things usually take this person, once learned; else 1."""
        settings = self._context.settings
        knowing = self._context.learned.current(settings) if settings.learning_on else None
        return knowing.ratio.value if knowing is not None and knowing.ratio else 1.0

    def _on_fit(self) -> None:
        """Make it fit: today keeps what fits, the rest goes to the coming days with room;
        shown first, moved only when the person accepts, and undone in one step."""
        from trustplanner.domain.fitting import Candidate
        from trustplanner.domain.splitting import is_too_big, propose_steps
        from trustplanner.store.fitting import make_it_so
        from trustplanner.ui.plan.fit_dialog import FitDialog, summary_text

        context = self._context
        settings = context.settings
        today = context.today()
        plan = plans.load_day(context.store, self.day, settings)
        step = settings.max_step_minutes
        items = [
            Candidate(
                item.id,
                item.minutes,
                first_step=propose_steps(item.minutes, step)[0]
                if is_too_big(item.minutes, step)
                else None,
            )
            for item in plan.items
        ]
        if not items:
            return
        room_today = plan.capacity - sum(a.minutes for a in plan.agreements)
        coming = self._rooms(max(self.day, today) + dt.timedelta(days=1))
        factor = self._factor()
        titles = {item.id: item.title for item in plan.items}
        fitted = FitDialog.ask(self.view, titles, items, room_today, coming, factor, today)
        if fitted is None or not fitted.moved:
            return
        now = context.now()
        step_titles = {
            item.id: (first_step_title(item.title), next_step_title(item.title))
            for item in plan.items
            if item.id in fitted.first_steps
        }

        def action() -> None:
            make_it_so(context.store, fitted, step_titles, now)

        context.perform(
            self.tr("Make the plan fit"),
            action,
            done=summary_text(fitted, today) + " " + self.tr("Undo with Ctrl+Z."),
        )
        # The button is gone now the plan fits: the focus goes to the plan, not nowhere,
        # so that Ctrl+Z is at hand as the message says.
        self.view.table.setFocus()

    def _rank(self, ids: list[int], before: int | None) -> None:
        context = self._context
        context.perform(
            self.tr("Change the order"),
            lambda: plans.rank_items(context.store, ids, before),
        )
        self._select(ids)

    def _step_rank(self, step: int) -> None:
        """Ctrl+Up and Ctrl+Down: the selected items one place earlier or later."""
        selected = [row.id for row in self._selected_items()]
        items = [row.id for row in self.model.rows if row.is_item]
        if not selected:
            return
        places = [items.index(item_id) for item_id in selected]
        if step < 0:
            if min(places) == 0:
                return
            before = items[min(places) - 1]
        else:
            if max(places) == len(items) - 1:
                return
            after = max(places) + 2
            before = items[after] if after < len(items) else None
        self._rank(selected, before)

    def _select(self, ids: list[int]) -> None:
        """Select these items again, once the plan is read anew in its new order."""
        from PySide6.QtCore import QItemSelection, QItemSelectionModel

        wanted = set(ids)
        selection = QItemSelection()
        for number, row in enumerate(self.model.rows):
            if row.is_item and row.id in wanted:
                selection.select(self.model.index(number, 0), self.model.index(number, COLUMNS - 1))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.view.table.selectionModel().select(selection, flags)
        first = selection.indexes()[0] if selection.indexes() else None
        if first is not None:
            self.view.table.selectionModel().setCurrentIndex(
                first, QItemSelectionModel.SelectionFlag.NoUpdate
            )

    def _on_let_go(self) -> None:
        selected = self._selected_items()
        if not selected:
            return
        from trustplanner.ui.plan.let_go_dialog import LetGoDialog

        answer = LetGoDialog.ask(self.view, [row.title for row in selected])
        if answer is None:
            return
        context = self._context
        ids = [row.id for row in selected]
        context.perform(
            self.tr("Let go of %n item(s)", "", len(ids)),
            lambda: plans.let_go(context.store, ids, context.now(), answer.note),
            done=self.tr("Let go of %n item(s). Undo with Ctrl+Z.", "", len(ids)),
        )

    def _on_delete(self) -> None:
        selected = self._selected_items()
        if not selected:
            return
        context = self._context
        ids = [row.id for row in selected]
        context.perform(
            self.tr("Delete %n item(s)", "", len(ids)),
            lambda: plans.delete_items(context.store, ids),
            done=self.tr("Deleted %n item(s). Undo with Ctrl+Z.", "", len(ids)),
        )

    def _on_commit(self) -> None:
        plan = self._plan
        context = self._context
        if plan is None:
            return
        problem = commit_problem(
            self.day, context.today(), plan.item_count, plan.realism.unestimated
        )
        if problem is not None:
            self.view.list_message.say(self._commit_problem_text(problem))
            return
        from trustplanner.ui.plan.commit_confirmation import CommitConfirmation

        if plan.realism.level is Level.RED and not CommitConfirmation.ask(self.view, plan.realism):
            return
        day = self.day
        count = plan.item_count
        if day == context.today():
            done = self.tr("You made %n agreement(s) with yourself for today.", "", count)
        else:
            done = self.tr("You made %n agreement(s) with yourself for %1.", "", count).replace(
                "%1", long_date_text(day)
            )
        context.perform(
            self.tr("Make agreements"),
            lambda: plans.commit_day(context.store, day, context.now()),
            done=done,
        )
        self.view.list_message.clear()

    def _commit_problem_text(self, problem: CommitProblem) -> str:
        if problem is CommitProblem.DAY_IS_OVER:
            return self.tr("This day is over. Move these items to today or a later day first.")
        if problem is CommitProblem.NEEDS_ESTIMATE:
            return self.tr(
                "Give every item an estimate first, so that you can see the day fits. "
                "Double-click an estimate to change it."
            )
        return self.tr("There is nothing new to agree on for this day.")

    def _on_capacity_changed(self, minutes: int) -> None:
        plan = self._plan
        if plan is None or minutes == plan.capacity:
            return
        context = self._context
        day = self.day
        context.perform(
            self.tr("Change the time for this day"),
            lambda: plans.set_capacity_override(context.store, day, minutes),
        )

    def _on_capacity_usual(self) -> None:
        context = self._context
        day = self.day
        context.perform(
            self.tr("Use the usual time for this day"),
            lambda: plans.set_capacity_override(context.store, day, None),
        )

    def _on_someday(self) -> None:
        from trustplanner.ui.plan.someday_dialog import SomedayDialog

        context = self._context
        today = context.today()
        plan = plans.load_day(context.store, self.day, context.settings, first=0)
        free = plan.realism.capacity - plan.realism.planned
        waiting = plans.someday_items(context.store)
        ids = SomedayDialog.ask(self.view, waiting, self.day, free, today)
        if not ids:
            return
        context.perform(
            self.tr("Bring %n item(s) to this day", "", len(ids)),
            lambda: plans.move_items(context.store, ids, self.day, context.now()),
            done=self.tr("Brought %n item(s) to %1. Undo with Ctrl+Z.", "", len(ids)).replace(
                "%1", day_in_sentence(self.day, today)
            ),
        )

    def _on_bring_leftovers(self) -> None:
        context = self._context
        today = context.today()
        ids = [item.id for item in plans.leftover_items(context.store, today)]
        if not ids:
            return
        context.perform(
            self.tr("Bring %n item(s) to today", "", len(ids)),
            lambda: plans.move_items(context.store, ids, today, context.now()),
        )

    def _save_edit(self, row: PlanRow, column: int, text: str) -> str | None:
        """Save an edit made in the list; return what to tell the person when it cannot be saved."""
        context = self._context
        try:
            if column == TITLE:
                title = clean_title(text)
                if title == row.title:
                    return None
                context.perform(
                    self.tr("Rename “%1”").replace("%1", row.title),
                    lambda: plans.rename_item(context.store, row.id, title),
                )
            elif column == ESTIMATE:
                minutes = parse_estimate(text) if text.strip() else None
                if minutes == row.minutes:
                    return None
                context.perform(
                    self.tr("Change the estimate of “%1”").replace("%1", row.title),
                    lambda: plans.estimate_item(context.store, row.id, minutes),
                )
        except TitleError as error:
            return title_problem_text(error.problem, error.length)
        except EstimateError as error:
            return estimate_problem_text(error.problem)
        self.view.list_message.clear()
        return None


def _can_name_someone(row: PlanRow) -> bool:
    """An item on the plan, or an agreement still open: an ended one is history."""
    return row.is_item or row.agreement.is_open
