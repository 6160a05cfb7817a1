"""The Fears page's history: finding fears faced back, and changing or deleting them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from trustplanner.domain import fears as rules
from trustplanner.domain.fears import FearEntry, FearSummary
from trustplanner.domain.progress import Span, span_dates
from trustplanner.store import fears
from trustplanner.ui.context import AppContext
from trustplanner.ui.fears.fear_dialog import FearDialog
from trustplanner.ui.fears.fear_model import FearModel
from trustplanner.ui.fears.fear_record import FearRecord
from trustplanner.ui.fears.fears_view import FearsView
from trustplanner.words.dates import pydate
from trustplanner.words.fears import anxiety_as_it_was_text, fears_learned_text


class FearHistory(QObject):
    def __init__(
        self,
        context: AppContext,
        view: FearsView,
        ensure: Callable[[], None],
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self._context = context
        self._ensure = ensure  # the record read again, if the store changed since
        self.view = view
        self.record = FearRecord()
        self.model = FearModel(context.today(), self)
        view.history_table.setModel(self.model)
        for signal in (
            view.search.textChanged,
            view.from_edit.dateChanged,
            view.to_edit.dateChanged,
            view.ladder_filter.currentIndexChanged,
            view.tag_filter.currentIndexChanged,
        ):
            signal.connect(lambda *_: self.show_entries())
        view.span_combo.currentIndexChanged.connect(self._on_span_changed)
        view.edit_button.clicked.connect(self._on_edit)
        view.history_table.doubleClicked.connect(lambda _index: self._on_edit())
        view.delete_button.clicked.connect(self._on_delete)
        view.delete_shortcut.activated.connect(self._on_delete)
        view.history_table.selectionModel().selectionChanged.connect(self._update_actions)

    def show(self, record: FearRecord) -> None:
        self.record = record
        self._fill_filters()
        self.view.summary_label.setText(
            self._summary(rules.summarize(record.faced, self._context.today()))
        )
        self.show_entries()

    def _fill_filters(self) -> None:
        view = self.view
        for combo, everything, choices in (
            (
                view.ladder_filter,
                self.tr("All ladders"),
                [(lad.theme, lad.id) for lad in self.record.ladders],
            ),
            (view.tag_filter, self.tr("All tags"), [(tag, tag) for tag in self.record.tags]),
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
        self.show_entries()

    def show_entries(self) -> None:
        entries = fears.find_fears(self._context.store, self._filter())
        self.model.set_entries(entries, self.record.step_labels, self._context.today())
        if not self.record.faced:
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
        # What was learned first; then the anxiety as it was, never that it should fall.
        text = (
            fears_learned_text(summary.faced, summary.happened, summary.partly)
            + " "
            + anxiety_as_it_was_text(summary.average_before, summary.average_after)
        )
        if summary.weeks_in_a_row:
            text += " " + self.tr(
                "%n week(s) in a row with a fear faced.", "", summary.weeks_in_a_row
            )
        return text

    def _update_actions(self, *args) -> None:
        chosen = bool(self.view.history_table.selectionModel().selectedRows())
        self.view.edit_button.setEnabled(chosen)
        self.view.delete_button.setEnabled(chosen)

    def _selected_entries(self) -> list[FearEntry]:
        rows = self.view.history_table.selectionModel().selectedRows()
        return [self.model.entry_at(index.row()) for index in rows]

    def _on_edit(self) -> None:
        selected = self._selected_entries()
        if len(selected) != 1:
            return
        context = self._context
        self._ensure()  # the ladders and tags it offers
        answer = FearDialog.ask(
            self.view,
            selected[0],
            self.record.step_choices(),
            self.record.tags,
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
