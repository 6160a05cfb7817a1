"""Printing a report from the window: choosing the days and paper, previewing, saving a PDF."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from trustplanner.demo import fill_store
from trustplanner.domain.report import Period
from trustplanner.words.dates import qdate


@pytest.fixture
def filled(context):
    fill_store(context.store, 90, context.today(), seed=3)
    return context


@pytest.fixture
def dialog(qtbot, window, filled):
    opened = window.open_report()
    qtbot.waitExposed(opened)
    return opened


def choose(dialog, period):
    dialog.period_combo.setCurrentIndex(dialog.period_combo.findData(period))


def test_ctrl_p_opens_it_on_last_month(qtbot, window, filled):
    from trustplanner.ui.report.report_dialog import ReportDialog

    qtbot.keyClick(window.plan.view.title_edit, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(window.findChildren(ReportDialog)))
    [opened] = window.findChildren(ReportDialog)
    assert window.report_action.shortcut().toString() == "Ctrl+P"
    assert opened.period() == (dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    assert opened.period_label.text() == "1 October 2026 – 31 October 2026"
    assert opened.windowModality() != Qt.WindowModality.NonModal


def test_the_named_periods_and_chosen_dates(dialog):
    choose(dialog, Period.THIS_WEEK)
    assert dialog.period() == (dt.date(2026, 11, 23), dt.date(2026, 11, 29))
    assert not dialog.dates.isVisibleTo(dialog)
    choose(dialog, Period.CUSTOM)
    assert dialog.dates.isVisibleTo(dialog)
    dialog.from_edit.setDate(qdate(dt.date(2026, 9, 1)))
    dialog.to_edit.setDate(qdate(dt.date(2026, 9, 15)))
    assert dialog.period() == (dt.date(2026, 9, 1), dt.date(2026, 9, 15))
    assert dialog.period_label.text() == "1 September 2026 – 15 September 2026"


def test_the_first_day_after_the_last_is_said_at_the_field(dialog):
    choose(dialog, Period.CUSTOM)
    dialog.from_edit.setDate(qdate(dt.date(2026, 11, 20)))
    dialog.to_edit.setDate(qdate(dt.date(2026, 11, 1)))
    assert dialog.date_message.isVisibleTo(dialog)
    assert "first day needs to come before the last day" in dialog.date_message.text()
    assert not dialog.preview_button.isEnabled() and not dialog.pdf_button.isEnabled()
    dialog.to_edit.setDate(qdate(dt.date(2026, 11, 21)))
    assert not dialog.date_message.isVisibleTo(dialog)
    assert dialog.preview_button.isEnabled() and dialog.pdf_button.isEnabled()


def test_save_as_pdf(qtbot, dialog, tmp_path, monkeypatch):
    from pypdf import PdfReader

    target = tmp_path / "my report"  # the .pdf is added
    asked = []

    def ask(parent, title, suggested, filters):
        asked.append(suggested)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    with qtbot.waitSignal(dialog.maker.made, timeout=30_000):
        qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
        assert not dialog.pdf_button.isEnabled()  # one report at a time
        assert dialog.status_label.text() == "Preparing your report…"
    saved = tmp_path / "my report.pdf"
    pages = len(PdfReader(saved).pages)
    assert asked[0].endswith("trustplanner-report-2026-10-01-to-2026-10-31.pdf")
    assert dialog.status_label.text() == f"Your report was saved to {saved} ({pages} pages)."
    assert dialog.pdf_button.isEnabled()
    assert "1 October 2026 – 31 October 2026" in PdfReader(saved).pages[0].extract_text().replace(
        "\t", " "
    )


def test_a_pdf_that_cannot_be_written_is_told_kindly(qtbot, dialog, tmp_path, monkeypatch):
    (tmp_path / "a-file").write_text("not a folder")
    target = tmp_path / "a-file" / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[1:3]))
    with qtbot.waitSignal(dialog.maker.failed, timeout=30_000):
        dialog.pdf_button.click()
    [(title, text)] = warnings
    assert title == "No report this time"
    assert str(target) in text and "Choose another folder" in text
    assert "Traceback" not in text
    assert dialog.pdf_button.isEnabled()


def test_preview_shows_every_page(qtbot, dialog):
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    with qtbot.waitSignal(dialog.maker.made, timeout=30_000):
        dialog.preview_button.click()
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.preview.isVisible())
    preview = dialog.preview.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() > 3)
    # the same pages as the PDF of the same days
    from trustplanner.report.pdf import page_layout

    assert preview.pageCount() == _pdf_pages(dialog)
    size = dialog.preview.printer().pageLayout().pageSize()
    assert size.id() == page_layout(dialog.paper()).pageSize().id()
    dialog.preview.reject()
    qtbot.waitUntil(lambda: dialog.preview is None)


def _pdf_pages(dialog):
    import tempfile
    from pathlib import Path

    from trustplanner.report.writing import write_report

    start, end = dialog.period()
    with tempfile.TemporaryDirectory() as folder:
        return write_report(
            dialog._context.data_dir,
            start,
            end,
            dialog._context.today(),
            Path(folder) / "r.pdf",
            paper=dialog.paper(),
        )


def test_the_paper_choice_is_remembered(qtbot, window, filled):
    first = window.open_report()
    first.paper_combo.setCurrentIndex(first.paper_combo.findData("letter"))
    assert first.paper() == "letter"
    first.close()
    second = window.open_report()
    assert second.paper() == "letter"
    from trustplanner.report.writing import local_paper

    second.paper_combo.setCurrentIndex(0)
    assert second.paper() == local_paper()  # the usual paper where the person lives
    second.close()


def test_progress_has_a_button_for_it(qtbot, window, filled):
    from trustplanner.ui.report.report_dialog import ReportDialog

    window.tabs.setCurrentWidget(window.progress_page)
    qtbot.waitUntil(lambda: window.progress is not None, timeout=15_000)
    window.progress.view.report_button.click()
    qtbot.waitUntil(lambda: bool(window.findChildren(ReportDialog)))


def test_every_agreement_is_listed_when_asked_and_the_choice_is_remembered(
    qtbot, window, filled, tmp_path, monkeypatch
):
    from pypdf import PdfReader

    dialog = window.open_report()
    assert not dialog.full_check.isChecked()  # a summary unless asked
    dialog.full_check.setChecked(True)
    target = tmp_path / "all.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), a[-1]))
    with qtbot.waitSignal(dialog.maker.made, timeout=30_000):
        dialog.pdf_button.click()
    text = " ".join(page.extract_text() for page in PdfReader(target).pages).replace("\t", " ")
    assert "How it ended" in text and "week by week" not in text
    dialog.close()
    again = window.open_report()
    assert again.full_check.isChecked()
    again.full_check.setChecked(False)
    again.close()
