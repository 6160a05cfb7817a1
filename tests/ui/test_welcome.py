"""The first start: a welcome inside the window and nothing else, two ways in, and an
example history that stays apart from the person's own."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QProcess

from trustplanner.demo import fill_store, store_is_empty
from trustplanner.store.database import open_store
from trustplanner.ui.context import AppContext
from trustplanner.ui.shell import Shell
from trustplanner.ui.start_at_login import StartAtLoginQuestion
from trustplanner.ui.welcome import example_folder

from .dialogs import press


@pytest.fixture
def first_start(qtbot, context, monkeypatch):
    """The very first start of the window on an empty data folder."""
    asked = press(monkeypatch, StartAtLoginQuestion, "no_button")
    shell = Shell(context, tray_available=True)
    shell.start(show_window=True)
    qtbot.waitUntil(lambda: shell.background_started)
    yield shell, asked
    shell.stop()
    shell.detach_window().close()


def test_the_first_start_shows_only_the_welcome(qtbot, first_start):
    shell, asked = first_start
    window = shell.window
    assert window.stack.currentWidget() is window.welcome
    assert "Trust in yourself grows when you do what you say" in window.welcome.text.text()
    assert asked == []  # no question about starting at login on the first day
    assert window.welcome.start_button.hasFocus() or not window.isActiveWindow()


def test_starting_with_one_small_agreement_leads_to_plan(qtbot, first_start):
    shell, _ = first_start
    window, context = shell.window, shell.context
    window.welcome.start_button.click()
    assert window.stack.currentWidget() is window.tabs
    assert window.tabs.currentWidget() is window.plan.view
    assert context.settings.welcomed is True
    assert "one small thing" in window.statusBar().currentMessage()
    # The first agreement of a life with the app, with the keyboard alone.
    plan = window.plan.view
    plan.title_edit.setText("Water the plants")
    plan.estimate_field.setEditText("5")
    plan.add_button.click()
    assert window.plan.model.rowCount() == 1


def test_the_welcome_comes_once_and_help_shows_it_again(qtbot, first_start):
    shell, _ = first_start
    shell.window.welcome.start_button.click()
    # A window made afresh (the next start) shows no welcome.
    from trustplanner.ui.main_window import MainWindow

    fresh = MainWindow(shell.context)
    qtbot.addWidget(fresh)
    assert fresh.stack.currentWidget() is fresh.tabs
    fresh.welcome_action.trigger()
    assert fresh.stack.currentWidget() is fresh.welcome
    fresh.go_actions[1].trigger()  # Ctrl+2 leaves it for Review
    assert fresh.stack.currentWidget() is fresh.tabs


def test_a_folder_with_a_history_is_not_welcomed(qtbot, qapp, store, data_dir, clock, monkeypatch):
    import datetime as dt

    asked = press(monkeypatch, StartAtLoginQuestion, "no_button")
    fill_store(store, 30, clock().date() - dt.timedelta(days=1))
    context = AppContext(store, data_dir, clock)
    shell = Shell(context, tray_available=True)
    shell.start(show_window=True)
    assert shell.window.stack.currentWidget() is shell.window.tabs
    assert context.settings.welcomed is True
    assert context.settings.first_day < clock().date().isoformat()
    qtbot.waitUntil(lambda: len(asked) == 1)  # not the first day: the question may come
    shell.stop()
    shell.detach_window().close()


def test_the_example_opens_apart_from_the_persons_own_data(
    qtbot, first_start, data_dir, monkeypatch
):
    shell, _ = first_start
    started = []
    monkeypatch.setattr(
        QProcess, "startDetached", lambda program, arguments: started.append(arguments) or (True, 1)
    )
    shell.window.welcome.example_button.click()
    [arguments] = started
    folder = example_folder(data_dir)
    assert "--example" in arguments and str(folder) in arguments
    assert store_is_empty(shell.context.store)  # nothing mixed into their own
    assert "window of its own" in shell.window.statusBar().currentMessage()


def test_an_example_says_so_and_is_left_with_one_click(qtbot, qapp, tmp_path, clock):
    import datetime as dt

    folder = tmp_path / "example"
    store = open_store(folder)
    fill_store(store, 30, clock().date() - dt.timedelta(days=1))
    context = AppContext(store, folder, clock, example=True)
    shell = Shell(context, tray_available=True)
    quits = []
    shell.quit = lambda: quits.append(1)
    shell.start(show_window=True)
    window = shell.window
    window.quit_handler = shell.quit
    assert window.windowTitle() == "Example history — Trust Planner"
    assert window.example_banner.isVisibleTo(window)
    assert shell._tray is None and not shell.background_started  # no tray, no reminders
    assert not shell.keeps_running()
    window.leave_example_button.click()
    assert quits == [1]
    shell.stop()
    shell.detach_window().close()
    store.close()


def test_an_example_fills_its_own_folder_the_first_time(tmp_path, clock):
    from trustplanner.ui.welcome import fill_example

    store = open_store(tmp_path / "example")
    try:
        fill_example(store, clock().date())
        made = store.value("SELECT count(*) FROM agreements")
        assert made > 100
        fill_example(store, clock().date())  # a second opening adds nothing
        assert store.value("SELECT count(*) FROM agreements") == made
    finally:
        store.close()


def test_a_history_brought_along_by_import_leads_past_the_welcome(
    qtbot, first_start, monkeypatch, demo_document, tmp_path
):
    import json

    from PySide6.QtWidgets import QFileDialog, QMessageBox

    shell, _ = first_start
    window, context = shell.window, shell.context
    source = tmp_path / "export.json"
    source.write_text(json.dumps(demo_document))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    assert window.stack.currentWidget() is window.welcome
    with qtbot.waitSignal(window.data_actions.import_finished):
        window.import_action.trigger()
    assert window.stack.currentWidget() is window.tabs
    assert window.tabs.currentWidget() is window.plan.view
    assert context.settings.welcomed is True
    assert "Your history is here" in window.statusBar().currentMessage()


def test_a_file_that_is_refused_leaves_the_welcome_as_it_was(
    qtbot, first_start, monkeypatch, tmp_path
):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    shell, _ = first_start
    window = shell.window
    source = tmp_path / "not-an-export.json"
    source.write_text("[1, 2, 3]")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    monkeypatch.setattr(QMessageBox, "exec", lambda *args: 0)
    with qtbot.waitSignal(window.data_actions.import_finished):
        window.import_action.trigger()
    assert window.stack.currentWidget() is window.welcome
    assert shell.context.settings.welcomed is False


def test_a_file_with_no_days_in_it_leaves_the_welcome_as_it_was(
    qtbot, first_start, monkeypatch, demo_document, tmp_path
):
    import json

    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from trustplanner.exchange.fields import KINDS, ORIGINS

    shell, _ = first_start
    window = shell.window
    empty = {
        part: [] if part in KINDS or part == ORIGINS else value
        for part, value in demo_document.items()
    }
    source = tmp_path / "no-days.json"
    source.write_text(json.dumps(empty))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    with qtbot.waitSignal(window.data_actions.import_finished) as finished:
        window.import_action.trigger()
    assert finished.args == [True]
    assert window.stack.currentWidget() is window.welcome
