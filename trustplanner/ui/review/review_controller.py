"""The Review page's behaviour: recording how agreements ended, one store action each."""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, QObject, Signal

from trustplanner.domain.agreements import Outcome
from trustplanner.domain.durations import MAX_TOOK_MINUTES
from trustplanner.domain.endings import Ending
from trustplanner.store import agreements as store_agreements
from trustplanner.store import plans
from trustplanner.ui.context import AppContext
from trustplanner.ui.landing import kept_reader, load_reader
from trustplanner.ui.review.agreement_model import AgreementModel, ReviewRow
from trustplanner.ui.review.didnt_happen_dialog import DidntHappenDialog
from trustplanner.ui.review.renegotiate_dialog import RenegotiateDialog
from trustplanner.ui.review.review_view import ReviewView
from trustplanner.ui.review.said_no_model import SaidNoModel
from trustplanner.ui.review.smaller_dialog import SmallerDialog
from trustplanner.words.dates import day_in_sentence
from trustplanner.words.endings import didnt_happen_words, kept_words


class ReviewController(QObject):
    steps_kept = Signal(list)  # ids of kept agreements that were fear ladder steps

    def __init__(self, context: AppContext, parent: QObject | None = None):
        super().__init__(parent)
        self._context = context
        self._just_kept: list = []  # what the took bar offers to tell about
        self._turns = itertools.count()  # which kind word comes next
        self._lapsed = None  # the agreement a smaller version is offered for
        today = context.today()
        self.view = ReviewView(today)
        self.model = AgreementModel(today, self)
        self.said_no_model = SaidNoModel(today, self)
        self.view.table.setModel(self.model)
        self.view.said_no_view.setModel(self.said_no_model)
        self.view.configure_columns()
        self._connect()
        self.refresh()

    @property
    def day(self):
        return self.view.navigator.day

    def _connect(self) -> None:
        view = self.view
        context = self._context
        context.changed.connect(self.refresh)
        context.day_changed.connect(lambda: view.navigator.set_today(context.today()))
        view.navigator.day_changed.connect(lambda _day: self.refresh())
        view.earlier_check.toggled.connect(lambda _on: self.refresh())
        view.person_combo.activated.connect(lambda _index: self.refresh())
        view.kept_button.clicked.connect(self._on_kept)
        view.smaller_bar.wanted.connect(self._on_smaller_wanted)
        view.renegotiate_button.clicked.connect(self._on_renegotiate)
        view.didnt_happen_button.clicked.connect(self._on_didnt_happen)
        view.reopen_button.clicked.connect(self._on_reopen)
        view.repair_button.clicked.connect(self._on_repair)
        view.took_bar.said.connect(self._on_took)
        view.navigator.day_changed.connect(lambda _day: view.took_bar.hide())
        view.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        self.model.dataChanged.connect(self._update_actions)

    # -- showing -------------------------------------------------------------------

    def refresh(self) -> None:
        context = self._context
        store = context.store
        today = context.today()
        own = store_agreements.agreements_on(store, self.day)
        earlier = (
            store_agreements.earlier_for_review(store, self.day)
            if self.view.earlier_check.isChecked()
            else []
        )
        shown = earlier + own
        person = self._show_people()
        if person is not None:
            shown = [a for a in shown if a.person == person]
        moved_on = store_agreements.successors(
            store, [a.id for a in shown if a.outcome is Outcome.RENEGOTIATED]
        )
        self.model.set_rows([ReviewRow(a, moved_on.get(a.id)) for a in shown], today)
        self.view.show_list(bool(shown))
        said_no = plans.said_no_on(store, self.day)
        self.said_no_model.set_rows(said_no, today)
        self.view.show_said_no(bool(said_no))
        self.view.summary_label.setText(self._summary(own, sum(a.is_open for a in earlier)))
        if not self.view.table.selectionModel().hasSelection():
            # Ready for the keyboard: Alt+K at once ends the first open agreement.
            first_open = next(
                (row.agreement.id for row in self.model.rows if row.agreement.is_open), None
            )
            self._select_agreement(first_open)
        self._update_actions()

    def _show_people(self) -> str | None:
        """Offer everyone a promise was ever to; the one chosen, or None for everyone."""
        combo = self.view.person_combo
        chosen = combo.currentData()
        people = plans.people_named(self._context.store)
        wanted = [None, *sorted(people, key=str.casefold)]
        if [combo.itemData(i) for i in range(combo.count())] != wanted:
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("Everyone"), None)
            for name in wanted[1:]:
                combo.addItem(name, name)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)
        self.view.person_label.setVisible(bool(people))
        combo.setVisible(bool(people))
        return combo.currentData()

    def _summary(self, own, earlier_open: int) -> str:
        if not own:
            text = self.tr("No agreements for this day.")
        else:
            counts = Counter(a.ending for a in own)
            renegotiated = counts[Ending.RENEGOTIATED_HONESTLY] + counts[Ending.RENEGOTIATED_LATE]
            parts = [
                template.replace("%1", str(count))
                for template, count in (
                    (self.tr("%1 kept"), counts[Ending.KEPT]),
                    (self.tr("%1 renegotiated"), renegotiated),
                    (self.tr("%1 didn't happen"), counts[Ending.DIDNT_HAPPEN]),
                    (self.tr("%1 open"), counts[None]),
                )
                if count
            ]
            text = self.tr("%n agreement(s): ", "", len(own)) + ", ".join(parts) + "."
            if counts[None] == 0:
                text += " " + self.tr(
                    "Every agreement has an ending. Thank you for looking back honestly."
                )
        if earlier_open:
            text += " " + self.tr("%n earlier agreement(s) still open.", "", earlier_open)
        return text

    def _selected(self) -> list[ReviewRow]:
        selection = self.view.table.selectionModel()
        return [
            self.model.row_at(i.row())
            for i in sorted(selection.selectedRows(), key=lambda i: i.row())
        ]

    def _update_actions(self, *args) -> None:
        selected = self._selected()
        all_open = bool(selected) and all(row.agreement.is_open for row in selected)
        view = self.view
        view.kept_button.setEnabled(all_open)
        view.didnt_happen_button.setEnabled(all_open)
        view.renegotiate_button.setEnabled(all_open and len(selected) == 1)
        view.reopen_button.setEnabled(
            bool(selected)
            and all(
                row.agreement.outcome in (Outcome.KEPT, Outcome.DIDNT_HAPPEN) for row in selected
            )
        )
        view.repair_button.setEnabled(len(selected) == 1 and _can_repair(selected[0].agreement))

    def _next_open_after_selection(self) -> int | None:
        """The id of the open agreement after the selected ones, wrapping round; None if none."""
        rows = self.model.rows
        selected = {i.row() for i in self.view.table.selectionModel().selectedRows()}
        if not selected:
            return None
        last = max(selected)
        for number in [*range(last + 1, len(rows)), *range(0, last + 1)]:
            if number not in selected and rows[number].agreement.is_open:
                return rows[number].agreement.id
        return None

    def _select_agreement(self, agreement_id: int | None) -> None:
        """Select an agreement by identity, so review goes on quickly by keyboard."""
        for number, row in enumerate(self.model.rows):
            if row.agreement.id == agreement_id:
                self.view.table.selectionModel().setCurrentIndex(
                    self.model.index(number, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                return

    # -- actions -------------------------------------------------------------------

    def _end_selected(self, label: str, end, done: str) -> None:
        selected = [row for row in self._selected() if row.agreement.is_open]
        if not selected:
            return
        next_id = self._next_open_after_selection()
        context = self._context
        ids = [row.agreement.id for row in selected]

        def action() -> None:
            for agreement_id in ids:
                end(agreement_id)

        context.perform(label, action, done=done)
        self._select_agreement(next_id)

    def _on_kept(self) -> None:
        context = self._context
        selected = self._selected()
        count = len(selected)
        steps = [
            row.agreement.id for row in selected if row.agreement.is_open and row.agreement.step_id
        ]
        just_kept = [row.agreement for row in selected if row.agreement.is_open]
        self._end_selected(
            self.tr("Mark %n agreement(s) kept", "", count),
            lambda agreement_id: store_agreements.mark_kept(
                context.store, agreement_id, context.now()
            ),
            done=kept_words(next(self._turns)),
        )
        # Ladder steps are told in the fear log instead.
        self._just_kept = [agreement for agreement in just_kept if not agreement.step_id]
        if self._just_kept:
            self.view.smaller_bar.hide()
            self.view.took_bar.offer([agreement.title for agreement in self._just_kept])
        if steps:
            self.steps_kept.emit(steps)

    def _on_took(self, answer: float | int) -> None:
        """What the agreements just kept took: a factor of each one's plan, or the minutes
        typed for a single one."""
        kept, self._just_kept = self._just_kept, []
        if not kept:
            return
        context = self._context

        def took(agreement) -> int:
            if isinstance(answer, int):
                return answer
            return max(1, min(MAX_TOOK_MINUTES, round(agreement.minutes * answer)))

        def action() -> None:
            for agreement in kept:
                store_agreements.record_what_it_took(context.store, agreement.id, took(agreement))

        context.perform(
            self.tr("Say what %n agreement(s) took", "", len(kept)),
            action,
            done=self.tr("Noted. Thank you: this is how the app learns your days."),
        )

    def _on_didnt_happen(self) -> None:
        selected = self._selected()
        if not selected:
            return
        answer = DidntHappenDialog.ask(self.view, [row.agreement.title for row in selected])
        if answer is None:
            return
        context = self._context
        open_ones = [row.agreement for row in selected if row.agreement.is_open]
        self._end_selected(
            self.tr("Note %n agreement(s) as didn't happen", "", len(selected)),
            lambda agreement_id: store_agreements.mark_didnt_happen(
                context.store, agreement_id, context.now(), answer.note
            ),
            done=didnt_happen_words(next(self._turns)),
        )
        for agreement in open_ones:
            if agreement.is_promise:
                self._offer_telling(agreement)
        if len(open_ones) == 1:
            self._offer_smaller(open_ones[0])

    def _offer_telling(self, agreement, new_day=None) -> None:
        """Once, right after a promise to someone ended as not happening: have you told
        them? With a draft to send in their own way."""
        context = self._context
        ended = store_agreements.get_agreement(context.store, agreement.id)
        if ended.is_open or ended.told_at is not None:
            return  # the ending was not saved after all, or they said so already
        from trustplanner.ui.review.tell_dialog import TellDialog

        if not TellDialog.ask(self.view, ended, context.today(), new_day):
            return
        context.perform(
            self.tr("Note that you told them about “%1”").replace("%1", ended.title),
            lambda: store_agreements.record_told(
                context.store, ended.id, context.now(), context.settings.last_moment_hours
            ),
            done=self.tr("Noted that you told them. Saying it in time is keeping your word too."),
        )

    def _offer_smaller(self, agreement) -> None:
        """After "didn't happen", at most once a day: would a smaller version help?"""
        context = self._context
        today = context.today().isoformat()
        if context.settings.smaller_offered_on == today:
            return
        context.save_settings(replace(context.settings, smaller_offered_on=today))
        self._lapsed = agreement
        self.view.took_bar.hide()
        self.view.smaller_bar.show()

    def _on_smaller_wanted(self) -> None:
        agreement, self._lapsed = self._lapsed, None
        if agreement is None:
            return
        context = self._context
        answer = SmallerDialog.ask(self.view, agreement, context.today())
        if answer is None:
            return
        context.perform(
            self.tr("Plan a smaller “%1”").replace("%1", answer.title),
            lambda: plans.add_items(
                context.store, answer.day, [(answer.title, answer.minutes)], context.now()
            ),
            done=self.tr("On the plan for %1: %2. A smaller step is still a step.")
            .replace("%1", day_in_sentence(answer.day, context.today()))
            .replace("%2", answer.title),
        )

    def _on_renegotiate(self) -> None:
        selected = self._selected()
        if len(selected) != 1 or not selected[0].agreement.is_open:
            return
        context = self._context
        agreement = selected[0].agreement
        answer = RenegotiateDialog.ask(
            self.view,
            agreement,
            context.now(),
            load_of=load_reader(context),
            kept_of=kept_reader(context),
        )
        if answer is None:
            return
        context.perform(
            self.tr("Renegotiate “%1”").replace("%1", agreement.title),
            lambda: store_agreements.renegotiate(
                context.store,
                agreement.id,
                context.now(),
                new_day=answer.day,
                new_minutes=answer.minutes,
                reason=answer.reason,
                new_title=answer.title,
            ),
            done=self.tr("Renegotiated. The new agreement is for %1.").replace(
                "%1", day_in_sentence(answer.day, context.today())
            ),
        )
        if agreement.is_promise:
            self._offer_telling(agreement, answer.day)

    def _on_repair(self) -> None:
        """Note the repair of a promise that did not happen, and perhaps a new agreement
        with them: one action, one undo."""
        selected = self._selected()
        if len(selected) != 1 or not _can_repair(selected[0].agreement):
            return
        context = self._context
        agreement = selected[0].agreement
        from trustplanner.ui.review.repair_dialog import RepairDialog

        repair = RepairDialog.ask(self.view, agreement, context.today())
        if repair is None:
            return

        def action() -> None:
            store_agreements.note_repair(context.store, agreement.id, repair.steps)
            new = repair.new
            if new is not None:
                store_agreements.make_repair_agreement(
                    context.store,
                    agreement.id,
                    context.now(),
                    day=new.day,
                    minutes=new.minutes,
                    title=new.title,
                    promise_time=new.promise_time,
                )

        if repair.new is not None:
            done = self.tr("Noted, with a new agreement for %1.").replace(
                "%1", day_in_sentence(repair.new.day, context.today())
            )
        else:
            done = self.tr("Noted. Repairing takes courage.")
        context.perform(
            self.tr("Note the repair of “%1”").replace("%1", agreement.title), action, done=done
        )

    def _on_reopen(self) -> None:
        selected = self._selected()
        if not selected:
            return
        context = self._context
        ids = [row.agreement.id for row in selected]

        def action() -> None:
            for agreement_id in ids:
                store_agreements.reopen(context.store, agreement_id)

        context.perform(self.tr("Reopen %n agreement(s)", "", len(ids)), action)


def _can_repair(agreement) -> bool:
    """A promise to someone that did not happen, or was renegotiated: there may be
    something to repair."""
    return agreement.is_promise and agreement.outcome in (
        Outcome.DIDNT_HAPPEN,
        Outcome.RENEGOTIATED,
    )
