import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from trustplanner.store import plans
from trustplanner.ui import app as app_module
from trustplanner.ui import errors
from trustplanner.ui.errors import ErrorHandler, setup_logging


@pytest.mark.qt_no_exception_capture
def test_an_unexpected_error_is_logged_and_told_kindly_and_saved_data_stays(
    qtbot, window, context, data_dir, monkeypatch
):
    shown = []
    monkeypatch.setattr(errors, "show_unexpected_error", shown.append)
    log_path = setup_logging(data_dir)
    monkeypatch.setattr(sys, "excepthook", ErrorHandler(log_path))
    view = window.plan.view
    view.title_edit.setText("Saved before")
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)

    def broken(store, day, entries, now):
        with store.action():
            store.insert("items", {"title": "half", "day": day.isoformat(), "created_at": "x"})
            raise RuntimeError("boom")

    monkeypatch.setattr(plans, "add_items", broken)
    view.title_edit.setText("Breaks")
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shown == [log_path])
    assert "RuntimeError: boom" in log_path.read_text()
    # nothing half-saved, and what was saved before is still there
    assert [i.title for i in plans.planned_items(context.store, context.today())] == [
        "Saved before"
    ]
    assert window.isVisible()


def test_the_error_dialog_is_short_kind_and_names_the_log(monkeypatch, tmp_path):
    seen = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: seen.append(box) or 0)
    errors.show_unexpected_error(tmp_path / "trustplanner.log")
    [box] = seen
    assert box.windowTitle() == "Something went wrong"
    assert "Everything you saved before is safe" in box.text()
    assert "Traceback" not in box.text() + box.informativeText()
    assert str(tmp_path / "trustplanner.log") in box.informativeText()


def test_the_log_rotates_and_stays_small(data_dir):
    path = setup_logging(data_dir)
    for number in range(3000):
        errors.log.info("line %d %s", number, "x" * 300)
    assert path.stat().st_size <= 512 * 1024 + 1024
    assert (data_dir / "trustplanner.log.1").exists()


def test_a_folder_that_cannot_be_opened_is_told_in_a_dialog(qapp, tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    said = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: said.append(args))
    assert app_module.run_app(blocker / "inside") == 1
    [(_parent, title, text)] = said
    assert title == "Trust Planner cannot start"
    assert "Nothing was changed" in text


def test_a_store_that_may_only_be_read_is_told_plainly_at_start(qapp, data_dir, monkeypatch):
    import errno

    def read_only(folder):
        raise PermissionError(errno.EACCES, "Permission denied", str(folder / "trustplanner.db"))

    monkeypatch.setattr(app_module, "_open_or_recover", read_only)
    said = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: said.append(args))
    assert app_module.run_app(data_dir) == 1
    [(_parent, title, text)] = said
    assert title == "Trust Planner cannot start"
    assert "can be read but not changed just now" in text and "Your data is safe" in text
    assert "Errno" not in text
