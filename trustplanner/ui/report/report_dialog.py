"""Print a report: choose the days and the paper, then preview and print, or save a PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trustplanner.domain.report import Period, PeriodProblem, check_period, period_dates
from trustplanner.ui.context import AppContext
from trustplanner.ui.report.report_maker import ReportMaker
from trustplanner.ui.widgets.date_field import date_field
from trustplanner.ui.widgets.field_message import FieldMessage
from trustplanner.words.dates import pydate

PAPER_KEY = "report/paper"
FULL_KEY = "report/full"
NO_NAMES_KEY = "report/no_names"
FOLDER_KEY = "report/folder"
AUTO = "auto"


class ReportDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._context = context
        self._preferences = QSettings(
            str(context.data_dir / "window.ini"), QSettings.Format.IniFormat
        )
        self.maker = ReportMaker(context.data_dir, self)
        self.maker.made.connect(self._on_made)
        self.maker.failed.connect(self._on_failed)
        self._wanted: tuple[str, Path | None] | None = None
        self.preview: QDialog | None = None
        self.setWindowTitle(self.tr("Print a report"))

        intro = QLabel(
            self.tr(
                "A report tells the story of a stretch of days: what you agreed with yourself, "
                "what you kept, what you honestly changed, and the fears you faced."
            )
        )
        intro.setWordWrap(True)
        self.period_combo = QComboBox()
        for label, period in (
            (self.tr("Last month"), Period.LAST_MONTH),
            (self.tr("This month"), Period.THIS_MONTH),
            (self.tr("Last week"), Period.LAST_WEEK),
            (self.tr("This week"), Period.THIS_WEEK),
            (self.tr("Choose dates…"), Period.CUSTOM),
        ):
            self.period_combo.addItem(label, period)
        today = context.today()
        first, last = period_dates(Period.LAST_MONTH, today)
        self.from_edit = date_field(self.tr("From"), first)
        self.to_edit = date_field(self.tr("To"), last)
        self.dates = QWidget()
        dates_layout = QHBoxLayout(self.dates)
        dates_layout.setContentsMargins(0, 0, 0, 0)
        from_label = QLabel(self.tr("&from"))
        from_label.setBuddy(self.from_edit)
        to_label = QLabel(self.tr("&to"))
        to_label.setBuddy(self.to_edit)
        for widget in (from_label, self.from_edit, to_label, self.to_edit):
            dates_layout.addWidget(widget)
        dates_layout.addStretch(1)
        self.dates.hide()
        self.period_label = QLabel()
        self.date_message = FieldMessage(self.dates)

        self.paper_combo = QComboBox()
        from trustplanner.report.writing import local_paper

        usual = local_paper()
        names = {"a4": self.tr("A4"), "letter": self.tr("Letter")}
        self.paper_combo.addItem(
            self.tr("As usual where you live (%1)").replace("%1", names[usual]), AUTO
        )
        self.paper_combo.addItem(names["a4"], "a4")
        self.paper_combo.addItem(names["letter"], "letter")
        self._usual_paper = usual
        remembered = self.paper_combo.findData(self._preferences.value(PAPER_KEY, AUTO))
        self.paper_combo.setCurrentIndex(max(0, remembered))

        form = QFormLayout()
        form.addRow(self.tr("&Days:"), self.period_combo)
        form.addRow("", self.dates)
        form.addRow("", self.period_label)
        form.addRow("", self.date_message)
        form.addRow(self.tr("&Paper:"), self.paper_combo)
        self.full_check = QCheckBox(self.tr("List &every agreement and fear"))
        self.full_check.setToolTip(
            self.tr(
                "Off: a short summary, with your agreements week by week. On: every one of "
                "them, which for a year is a long document."
            )
        )
        self.full_check.setChecked(self._preferences.value(FULL_KEY, False, type=bool))
        form.addRow("", self.full_check)
        self.names_check = QCheckBox(self.tr("Leave out the &names of people"))
        self.names_check.setToolTip(
            self.tr(
                "Your promises to others are counted per person. On: they are shown as "
                "“Someone 1”, “Someone 2”, for a report you show to others."
            )
        )
        self.names_check.setChecked(self._preferences.value(NO_NAMES_KEY, False, type=bool))
        form.addRow("", self.names_check)
        self.status_label = QLabel(" ")
        self.status_label.setWordWrap(True)

        self.preview_button = QPushButton(self.tr("Pre&view and print…"))
        self.preview_button.setDefault(True)
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.preview_button.clicked.connect(self.show_preview)
        self.pdf_button.clicked.connect(self.save_pdf)

        layout = QVBoxLayout(self)
        # Never squeezed: the dialog grows when the dates appear.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status_label)
        layout.addWidget(buttons)

        self.period_combo.currentIndexChanged.connect(self._on_period_changed)
        self.from_edit.dateChanged.connect(self._show_period)
        self.to_edit.dateChanged.connect(self._show_period)
        self.paper_combo.currentIndexChanged.connect(self._remember_paper)
        self.full_check.toggled.connect(lambda on: self._preferences.setValue(FULL_KEY, on))
        self.names_check.toggled.connect(lambda on: self._preferences.setValue(NO_NAMES_KEY, on))
        self._show_period()
        self.period_combo.setFocus()

    # -- the days --------------------------------------------------------------------

    def period(self) -> tuple[dt.date, dt.date]:
        chosen = self.period_combo.currentData()
        if chosen is Period.CUSTOM:
            return pydate(self.from_edit.date()), pydate(self.to_edit.date())
        return period_dates(chosen, self._context.today())

    def _on_period_changed(self) -> None:
        custom = self.period_combo.currentData() is Period.CUSTOM
        self.dates.setVisible(custom)
        if custom:
            self.from_edit.setFocus()
        self._show_period()

    def _show_period(self) -> None:
        from trustplanner.report.words import period_text

        start, end = self.period()
        problem = check_period(start, end)
        if problem is PeriodProblem.START_AFTER_END:
            self.date_message.say(self.tr("The first day needs to come before the last day."))
        elif problem is PeriodProblem.TOO_LONG:
            self.date_message.say(self.tr("That is a very long stretch; choose at most 20 years."))
        else:
            self.date_message.clear()
        self.status_label.setText(" ")
        self.period_label.setText(period_text(start, end) if problem is None else "")
        self.period_label.setVisible(problem is None)
        self._enable(problem is None and self._wanted is None)
        self.adjustSize()

    def _enable(self, enabled: bool) -> None:
        self.preview_button.setEnabled(enabled)
        self.pdf_button.setEnabled(enabled)

    def paper(self) -> str:
        chosen = self.paper_combo.currentData()
        return self._usual_paper if chosen == AUTO else chosen

    def _remember_paper(self) -> None:
        self._preferences.setValue(PAPER_KEY, self.paper_combo.currentData())

    # -- making it -----------------------------------------------------------------------

    def _start(self, wanted: str, pdf: Path | None) -> None:
        start, end = self.period()
        self._wanted = (wanted, pdf)
        self._enable(False)
        self.status_label.setText(self.tr("Preparing your report…"))
        self.setCursor(Qt.CursorShape.BusyCursor)
        self.maker.make(
            start,
            end,
            self._context.today(),
            pdf=pdf,
            paper=self.paper(),
            full=self.full_check.isChecked(),
            names=not self.names_check.isChecked(),
        )

    def show_preview(self) -> None:
        self._start("preview", None)

    def save_pdf(self) -> None:
        start, end = self.period()
        folder = self._preferences.value(FOLDER_KEY) or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        if not Path(folder).is_dir():
            folder = str(Path.home())
        name = self.tr("trustplanner-report-%1-to-%2.pdf")
        name = name.replace("%1", start.isoformat()).replace("%2", end.isoformat())
        path, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), str(Path(folder) / name), self.tr("PDF (*.pdf)")
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        self._preferences.setValue(FOLDER_KEY, str(target.parent))
        self._start("pdf", target)

    def _finish(self) -> tuple[str, Path | None] | None:
        wanted, self._wanted = self._wanted, None
        self.unsetCursor()
        self.status_label.setText(" ")
        self._show_period()
        return wanted

    def _on_made(self, generation: int, report, pages: int) -> None:
        if generation != self.maker.generation:
            return
        wanted, pdf = self._finish()
        if wanted == "pdf":
            text = self.tr("Your report was saved to %1 (%n page(s)).", "", pages)
            self.status_label.setText(text.replace("%1", str(pdf)))
            self._context.message.emit(text.replace("%1", str(pdf)))
            return
        self._open_preview(report)

    def _on_failed(self, generation: int, problem: str) -> None:
        if generation != self.maker.generation:
            return
        wanted, pdf = self._finish()
        if wanted == "pdf":
            text = self.tr(
                "The report could not be saved to %1: %2\n\nChoose another folder, or check "
                "that there is room on the disk."
            ).replace("%1", str(pdf))
        else:
            text = self.tr("The report could not be prepared just now: %2\n\nPlease try again.")
        QMessageBox.warning(self, self.tr("No report this time"), text.replace("%2", problem))

    def _open_preview(self, report) -> None:
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from trustplanner.report.pages import paint
        from trustplanner.report.pdf import page_layout
        from trustplanner.report.words import period_text, title

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout(self.paper()))
        content = report.content
        printer.setDocName(f"{title()}, {period_text(content.start, content.end)}")
        self.preview = QPrintPreviewDialog(printer, self)
        self.preview.setWindowTitle(self.tr("Your report"))
        self.preview.paintRequested.connect(lambda device: self._paint(paint, report, device))
        self.preview.resize(self.window().screen().availableSize() * 0.8)
        self.preview.finished.connect(self._forget_preview)
        self.preview.open()

    def _paint(self, paint, report, device) -> None:
        try:
            paint(report, device)
        except OSError as problem:
            QMessageBox.warning(
                self,
                self.tr("Not printed"),
                self.tr("The printer could not take the report: %1").replace("%1", str(problem)),
            )

    def _forget_preview(self) -> None:
        self.preview.deleteLater()
        self.preview = None


def open_report_dialog(context: AppContext, parent: QWidget) -> ReportDialog:
    """Open the dialog, window-modal, and return it."""
    dialog = ReportDialog(context, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
