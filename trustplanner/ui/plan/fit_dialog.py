"""Make it fit: the proposal, shown before anything moves. The person marks what must
be today whatever happens, sees the proposal follow, and accepts it or not."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from trustplanner.domain.fitting import Candidate, Fitted, Room, make_it_fit, usual
from trustplanner.words.dates import day_in_sentence, day_text
from trustplanner.words.numbers import minutes_text
from trustplanner.words.steps import first_step_title, next_step_title

ID = Qt.ItemDataRole.UserRole + 1


class FitDialog(QDialog):
    def __init__(
        self,
        titles: dict[int, str],
        items: Sequence[Candidate],
        room_today: int,
        coming: Sequence[Room],
        factor: float,
        today: dt.date,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Make it fit"))
        self.resize(560, 520)
        self._titles = titles
        self._items = list(items)
        self._room = room_today
        self._coming = list(coming)
        self._factor = factor
        self._today = today
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "Nothing moves until you say so. Tick what must be today, whatever happens "
                "(Space): the proposal follows. Everything you move can be undone with Ctrl+Z."
            )
        )
        hint.setWordWrap(True)
        self.model = QStandardItemModel(self)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setAccessibleName(self.tr("The proposal"))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Make it so"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.fitted = self._fit()
        self._show()
        self.model.itemChanged.connect(self._on_changed)
        self.view.setFocus()

    def _fit(self) -> Fitted:
        return make_it_fit(self._items, self._room, self._coming, self._factor)

    def _on_changed(self, item: QStandardItem) -> None:
        if item.data(ID) is None:
            return
        must = item.checkState() == Qt.CheckState.Checked
        self._items = [
            dataclasses.replace(c, must=must) if c.id == item.data(ID) else c for c in self._items
        ]
        self.fitted = self._fit()
        self._show()

    def _show(self) -> None:
        fitted = self.fitted
        self.summary.setText(summary_text(fitted, self._today))
        by_id = {c.id: c for c in self._items}
        self.model.blockSignals(True)
        self.model.clear()
        groups = [
            (
                self.tr("Today: about %1 of the %2 you have")
                .replace("%1", minutes_text(fitted.today_minutes))
                .replace("%2", minutes_text(max(0, self._room))),
                fitted.today,
            ),
            *((day_text(day, self._today), ids) for day, ids in sorted(fitted.later.items())),
        ]
        if fitted.someday:
            groups.append(
                (
                    self.tr("Some day, no date yet: none of the coming days has room"),
                    fitted.someday,
                )
            )
        for number, (heading, ids) in enumerate(groups):
            group = QStandardItem(heading)
            group.setEditable(False)
            group.setSelectable(False)
            for item_id in ids:
                candidate = by_id[item_id]
                title, minutes = self._titles[item_id], candidate.minutes
                first = fitted.first_steps.get(item_id)
                if first is not None:  # started today by its first step, the rest after
                    today = number == 0
                    title = first_step_title(title) if today else next_step_title(title)
                    minutes = first if today else candidate.minutes - first
                row = QStandardItem(
                    f"{title} · "
                    + (
                        minutes_text(usual(minutes, self._factor))
                        if minutes is not None
                        else self.tr("no estimate")
                    )
                )
                row.setEditable(False)
                row.setData(item_id, ID)
                row.setCheckable(True)
                row.setCheckState(
                    Qt.CheckState.Checked if candidate.must else Qt.CheckState.Unchecked
                )
                row.setToolTip(self.tr("Ticked: today, whatever happens"))
                group.appendRow(row)
            self.model.appendRow(group)
        self.model.blockSignals(False)
        self.view.expandAll()
        first = self.model.index(0, 0)
        if self.model.rowCount(first):
            self.view.setCurrentIndex(self.model.index(0, 0, first))

    @classmethod
    def ask(cls, parent: QWidget | None, *args) -> Fitted | None:
        dialog = cls(*args, parent=parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.fitted


def summary_text(fitted: Fitted, today: dt.date) -> str:
    """What the proposal does, in one sentence."""
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    kept = len(fitted.today)
    parts = [
        translate("FitDialog", "Keeps %n thing(s) for today, about %1", "", kept).replace(
            "%1", minutes_text(fitted.today_minutes)
        )
        if kept
        else translate("FitDialog", "Keeps nothing for today: there is no room left in it")
    ]
    if fitted.first_steps:
        started = len(fitted.first_steps)
        parts[0] += " " + translate(
            "FitDialog", "(%n big one(s) by a first step, the rest after it)", "", started
        )
    spread = sum(len(ids) for ids in fitted.later.values())
    if spread:
        where = where_text(sorted(fitted.later), today)
        parts.append(translate("FitDialog", "spreads %n over %1", "", spread).replace("%1", where))
    if fitted.someday:
        waiting = len(fitted.someday)
        parts.append(translate("FitDialog", "keeps %n for some day", "", waiting))
    text = "; ".join(parts) + "."
    if fitted.over_anyway:
        text += " " + translate(
            "FitDialog",
            "What you ticked for today is more than today has: you can still choose it.",
        )
    return text


def where_text(days: list[dt.date], today: dt.date) -> str:
    """ "tomorrow", or "tomorrow to Thursday 10 December 2026"."""
    from PySide6.QtCore import QCoreApplication

    if len(days) == 1:
        return day_in_sentence(days[0], today)
    return (
        QCoreApplication.translate("FitDialog", "%1 to %2")
        .replace("%1", day_in_sentence(days[0], today))
        .replace("%2", day_in_sentence(days[-1], today))
    )
