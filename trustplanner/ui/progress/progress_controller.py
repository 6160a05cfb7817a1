"""The Progress page's behaviour: reading the history, and drawing the chart that is shown."""

from __future__ import annotations

import datetime as dt
import gc
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from trustplanner.charts.catalogue import CHARTS
from trustplanner.charts.colours import Colours
from trustplanner.charts.data import preparation
from trustplanner.domain import progress
from trustplanner.domain.progress import Span
from trustplanner.domain.trust_index import START, index_change
from trustplanner.store.history import History
from trustplanner.ui.context import AppContext
from trustplanner.ui.errors import log
from trustplanner.ui.progress.chart_canvas import ChartCanvas
from trustplanner.ui.progress.explanation_dialog import ExplanationDialog
from trustplanner.ui.progress.history_loader import HistoryLoader
from trustplanner.ui.progress.progress_view import ProgressView
from trustplanner.words.dates import pydate, qdate
from trustplanner.words.numbers import number_text, signed_number_text

CHART_FILE_NAMES = (
    "self-trust-over-time",
    "how-agreements-ended",
    "how-realistic",
    "fears-faced",
    "the-year",
    "weekdays",
    "planned-and-what-it-took",
    "promises-to-others",
)


class ProgressController(QObject):
    def __init__(self, context: AppContext, parent: QObject | None = None):
        super().__init__(parent)
        self._context = context
        self.view = ProgressView()
        self._history: History | None = None
        self._canvases: dict[int, ChartCanvas] = {}
        self._stale = True
        self.loader = HistoryLoader(context.data_dir, self)
        self.loader.loaded.connect(self._on_loaded)
        self.loader.failed.connect(self._on_load_failed)
        view = self.view
        today = context.today()
        view.from_edit.setDate(qdate(today - dt.timedelta(days=27)))
        view.to_edit.setDate(qdate(today))
        context.changed.connect(self._on_store_changed)
        context.day_changed.connect(self._on_store_changed)
        view.shown.connect(self._on_shown)
        view.span_combo.currentIndexChanged.connect(self._on_span_changed)
        view.from_edit.dateChanged.connect(lambda _date: self.draw())
        view.to_edit.dateChanged.connect(lambda _date: self.draw())
        view.chart_list.selectionModel().currentChanged.connect(lambda *_: self.draw())
        view.palette_changed.connect(self._on_palette_changed)
        view.explain_button.clicked.connect(self._on_explain)
        view.save_button.clicked.connect(self._on_save)
        view.report_button.clicked.connect(self._on_report)
        view.table_button.clicked.connect(self._on_table)

    # -- reading -------------------------------------------------------------------

    def _on_store_changed(self) -> None:
        self._stale = True
        if self.view.isVisible():
            self.refresh()

    def _on_shown(self) -> None:
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Read the history again, on a worker thread; the chart is redrawn when it arrives."""
        self._stale = False
        context = self._context
        self.loader.load(context.today(), context.settings.half_life_days)

    def _on_loaded(self, generation: int, loaded: History) -> None:
        if generation != self.loader.generation:
            return  # an older request; a newer one is on its way
        self._history = loaded
        # Years of history are many objects that live on: out of the garbage collector's
        # full passes, which would otherwise hold Python's lock long enough to stall the
        # window while a chart is drawn. (Objects that are let go are still freed.)
        gc.freeze()
        self._show_headline(self._context.today())
        self.draw()

    def _on_load_failed(self, generation: int, problem: str) -> None:
        log.error("reading the history for Progress failed: %s", problem)
        self.view.change_label.setText(
            self.tr("Your history could not be read just now. Open Progress again to try again.")
        )
        self._stale = True

    def _show_headline(self, today: dt.date) -> None:
        series = self._history.series
        index = series[-1].index if series else START
        self.view.headline.setText(
            self.tr("Your self-trust index: %1").replace("%1", number_text(index))
        )
        if not series:
            self.view.change_label.setText(
                self.tr(
                    "It starts at 50. Once your first agreements have ended, it follows what "
                    "you do."
                )
            )
            return
        change = (
            self.tr("%1 over the last 7 days, %2 over the last 30 days.")
            .replace("%1", signed_number_text(index_change(series, today, 7)))
            .replace("%2", signed_number_text(index_change(series, today, 30)))
        )
        half_life = self._context.settings.half_life_days
        count, recent = progress.recent_evidence(self._history.evidence, half_life)
        if recent is not None:
            change += " " + (
                self.tr(
                    "Your last %n day(s) with agreements: %1 kept, %2 renegotiated in time, "
                    "%3 afterwards, %4 didn't happen.",
                    "",
                    count,
                )
                .replace("%1", str(recent.kept))
                .replace("%2", str(recent.renegotiated_honestly))
                .replace("%3", str(recent.renegotiated_late))
                .replace("%4", str(recent.didnt_happen))
            )
        self.view.change_label.setText(change)

    # -- drawing ---------------------------------------------------------------------

    def span(self) -> tuple[dt.date, dt.date]:
        view = self.view
        choice = view.span_combo.currentData()
        custom = (pydate(view.from_edit.date()), pydate(view.to_edit.date()))
        first = self._history.first if self._history else None
        return progress.span_dates(choice, self._context.today(), first, custom)

    def _on_span_changed(self) -> None:
        self.view.dates.setVisible(self.view.span_combo.currentData() is Span.CUSTOM)
        self.draw()

    def colours(self) -> Colours:
        palette = self.view.palette()
        role = palette.ColorRole
        return Colours(
            background=palette.color(role.Window).name(),
            text=palette.color(role.WindowText).name(),
            grid=palette.color(role.Mid).name(),
            accent=palette.color(role.Highlight).name(),
            empty=palette.color(role.AlternateBase).name(),
        )

    def _on_palette_changed(self) -> None:
        for canvas in self._canvases.values():
            canvas.forget()  # the next drawing restyles it
        self.draw()

    def canvas(self, number: int) -> ChartCanvas:
        """The canvas of chart `number`, made the first time it is needed."""
        if number not in self._canvases:
            canvas = ChartCanvas(CHARTS[number], self.colours())
            canvas.hovered.connect(self.view.show_hover)
            canvas.saved.connect(self._on_saved)
            canvas.drawn.connect(lambda c=canvas: self._on_drawn(c))
            self.view.chart_stack.addWidget(canvas)
            self._canvases[number] = canvas
        return self._canvases[number]

    def current_canvas(self) -> ChartCanvas:
        return self.canvas(self.view.chart_number())

    def draw(self) -> None:
        """Show the chosen chart for the chosen span, drawing it only when something changed.

        The chart's figures are computed and drawn on a worker thread (see ChartCanvas).
        """
        if self._history is None:
            return
        number = self.view.chart_number()
        canvas = self.canvas(number)
        self.view.chart_stack.setCurrentWidget(canvas)
        self.view.show_hover("")
        self._show_reading(canvas)
        start, end = self.span()
        canvas.show_chart(
            (id(self._history), start, end, self._context.settings),
            preparation(number, self._history, self._context.settings, start, end),
            self.colours(),
        )

    def _on_drawn(self, canvas: ChartCanvas) -> None:
        if canvas is self.view.chart_stack.currentWidget():
            self._show_reading(canvas)

    def _show_reading(self, canvas: ChartCanvas) -> None:
        reading = canvas.reading
        if reading is None:
            self.view.show_reading("", False)
        else:
            self.view.show_reading(reading.summary, bool(reading.rows))

    # -- actions -----------------------------------------------------------------------

    def _on_table(self) -> None:
        from trustplanner.ui.progress.chart_table import ChartTableDialog

        reading = self.current_canvas().reading
        if reading is None:
            return
        title = self.view.chart_model.index(self.view.chart_number(), 0).data()
        ChartTableDialog(title, reading, self.view).exec()

    def _on_explain(self) -> None:
        ExplanationDialog(self._context.settings.half_life_days, self.view).exec()

    def _on_report(self) -> None:
        from trustplanner.ui.report.report_dialog import open_report_dialog

        open_report_dialog(self._context, self.view.window())

    def _on_save(self) -> None:
        name = CHART_FILE_NAMES[self.view.chart_number()]
        path, chosen = QFileDialog.getSaveFileName(
            self.view,
            self.tr("Save chart"),
            str(Path.home() / f"{name}.png"),
            self.tr("PNG picture (*.png);;SVG picture (*.svg)"),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".png", ".svg"):
            target = target.with_suffix(".svg" if "svg" in chosen.lower() else ".png")
        self.current_canvas().save(target)

    def _on_saved(self, path: str, problem: str) -> None:
        if problem:
            QMessageBox.warning(
                self.view,
                self.tr("The chart was not saved"),
                self.tr("It could not be written to %1: %2")
                .replace("%1", path)
                .replace("%2", problem),
            )
            return
        self._context.message.emit(self.tr("Chart saved to %1").replace("%1", path))
