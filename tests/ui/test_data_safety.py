"""The window's side of data safety: recovery, backups, export, import, deleting everything."""

import datetime as dt
import json
import sqlite3
import threading

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from tests.exchange.conftest import dump
from tests.store.damaged_files import damage_table, from_a_newer_version, store_with_a_backup
from trustplanner.exchange import importing
from trustplanner.exchange.fields import KINDS
from trustplanner.store.backups import list_backups
from trustplanner.store.connection import DB_FILENAME
from trustplanner.store.damage import Damage, StoreDamaged
from trustplanner.store.recovery import newest_good_backup
from trustplanner.store.transactions import Store
from trustplanner.ui import undo as undo_module
from trustplanner.ui.data import data_actions as data_actions_module
from trustplanner.ui.data.auto_backup import AutoBackup
from trustplanner.ui.data.recovery_dialog import Choice, RecoveryDialog


@pytest.fixture
def answers(monkeypatch):
    """What the person answers in the recovery dialog, and what they were shown."""
    seen = []

    def ask(damaged, backup, parent=None, answer=Choice.RESTORE):
        dialog = RecoveryDialog(damaged, backup, parent)
        seen.append((damaged, backup, dialog.text(), dialog.informativeText()))
        dialog.deleteLater()
        return seen_answer[0]

    seen_answer = [Choice.RESTORE]
    monkeypatch.setattr(RecoveryDialog, "ask", classmethod(lambda cls, *a, **k: ask(*a, **k)))
    return seen, seen_answer


def _start(data_dir, *, window=False):
    from trustplanner.ui.app import start

    return start(data_dir, tray_only=not window, tray_available=False)


def _stop(shell):
    shell.stop()
    shell.context.store.close()


def test_a_store_found_empty_at_start_is_restored_from_the_newest_backup(qapp, data_dir, answers):
    seen, _ = answers
    store_with_a_backup(data_dir)
    (data_dir / DB_FILENAME).write_bytes(b"")

    shell = _start(data_dir)
    try:
        [(found, backup, text, informative)] = seen
        assert found.damage is Damage.EMPTY
        assert backup.day == dt.date(2026, 11, 24)
        assert "empty" in text
        assert "Nothing has been written to it" in informative
        assert "24 November 2026" in informative
        value = "SELECT value FROM settings WHERE key = 'before_the_damage'"
        assert shell.context.store.value(value) == "1"
    finally:
        _stop(shell)
    assert _aside(data_dir).read_bytes() == b""


def test_closing_at_the_recovery_question_changes_nothing(qapp, data_dir, answers):
    seen, answer = answers
    answer[0] = Choice.CLOSE
    (data_dir / DB_FILENAME).write_bytes(b"")
    assert _start(data_dir) is None
    assert seen[0][0].damage is Damage.EMPTY
    assert "no backup" in seen[0][3]
    assert sorted(path.name for path in data_dir.iterdir()) == [DB_FILENAME, "trustplanner.log"]
    assert (data_dir / DB_FILENAME).read_bytes() == b""


def _damaged_under_a_running_window(data_dir) -> bytes:
    store_with_a_backup(data_dir)
    # Damage that only SQLite's check of every page sees: the header is fine.
    return damage_table(data_dir / DB_FILENAME, "agreements").read_bytes()


def _aside(data_dir):
    (aside,) = (
        path
        for path in data_dir.glob("trustplanner.db.damaged-*")
        if not path.name.endswith(("-wal", "-shm"))
    )
    return aside


@pytest.mark.parametrize("window", [False, True])
def test_damage_found_by_the_background_check_is_restored_and_the_app_goes_on(
    qtbot, qapp, data_dir, answers, monkeypatch, window
):
    from trustplanner.ui.shell import Shell

    seen, _ = answers
    damaged = _damaged_under_a_running_window(data_dir)
    quits = []
    monkeypatch.setattr(Shell, "quit", lambda self: quits.append(self))
    monkeypatch.setattr(Shell, "_ask_start_at_login", lambda self: None)
    first = _start(data_dir, window=window)
    running = first.parent()
    try:
        qtbot.waitUntil(lambda: running.shell is not first, timeout=10_000)
        shell = running.shell
        assert seen[0][0].damage is Damage.DAMAGED
        assert "damaged" in seen[0][2]
        assert _aside(data_dir).read_bytes() == damaged
        value = "SELECT value FROM settings WHERE key = 'before_the_damage'"
        assert shell.context.store.value(value) == "1"
        # The restored store takes writes at once, and nothing asked to quit.
        with shell.context.store.action():
            shell.context.store.insert("settings", {"key": "after_the_restore", "value": "1"})
        assert quits == []
        if window:
            assert shell.window.isVisible()
            qtbot.waitUntil(lambda: "in order again" in shell.window.statusBar().currentMessage())
        else:
            assert shell.window is None
    finally:
        if running.shell.window is not None:
            running.shell.detach_window().close()
        running.shell.stop()
        running.shell.context.store.close()
    assert first.context.store is not running.shell.context.store


def test_closing_at_the_background_check_s_question_quits_and_changes_nothing(
    qtbot, qapp, data_dir, answers, monkeypatch
):
    from trustplanner.ui.shell import Shell

    seen, answer = answers
    answer[0] = Choice.CLOSE
    damaged = _damaged_under_a_running_window(data_dir)
    quits = []
    monkeypatch.setattr(Shell, "quit", lambda self: quits.append(self))
    shell = _start(data_dir)
    try:
        qtbot.waitUntil(lambda: bool(quits), timeout=10_000)
    finally:
        shell.stop()
    assert seen[0][0].damage is Damage.DAMAGED
    assert (data_dir / DB_FILENAME).read_bytes() == damaged


def test_the_automatic_backup_runs_once_a_day_off_the_window_s_thread(
    qtbot, context, data_dir, clock
):
    with context.store.action():
        context.store.insert("settings", {"key": "changed", "value": "1"})
    backups = AutoBackup(context)
    with qtbot.waitSignal(backups.finished, timeout=10_000) as made:
        backups.run()
    assert made.args[0].day == clock().date()
    with qtbot.waitSignal(backups.finished, timeout=10_000) as again:
        backups.run()
    assert again.args[0] is None
    clock.advance(days=1)
    with context.store.action():
        context.store.insert("settings", {"key": "changed again", "value": "1"})
    with qtbot.waitSignal(backups.finished, timeout=10_000) as next_day:
        context.check_day()  # midnight passed: the day's backup follows
    assert next_day.args[0].day == clock().date()
    assert len(list_backups(data_dir)) == 2


def test_file_back_up_now_and_export_everything(
    qtbot, window, context, data_dir, monkeypatch, tmp_path
):
    window.backup_action.trigger()
    assert [b.day for b in list_backups(data_dir)] == [context.today()]
    target = tmp_path / "mine.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(context.message) as told:
        window.export_action.trigger()
    assert json.loads(target.read_text())["format"] == "trustplanner-export"
    assert str(target) in told.args[0]


def test_export_as_csv_files_into_a_new_folder(qtbot, window, context, monkeypatch, tmp_path):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    window.export_csv_action.trigger()
    (folder,) = tmp_path.glob("trustplanner-csv-*")
    assert (folder / "agreements.csv").read_text().startswith("id,item_id,title")


def test_import_adds_the_records_and_undo_takes_them_back(
    qtbot, window, context, monkeypatch, demo_document, tmp_path
):
    source = tmp_path / "export.json"
    source.write_text(json.dumps(demo_document))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args))
    threads = []
    original = importing.import_document

    def import_and_note_the_thread(*args, **kwargs):
        threads.append(threading.current_thread())
        return original(*args, **kwargs)

    monkeypatch.setattr(importing, "import_document", import_and_note_the_thread)
    before = dump(context.store)
    with qtbot.waitSignal(window.data_actions.import_finished) as finished:
        window.import_action.trigger()
    assert finished.args == [True]
    assert threads and threads[0] is not threading.main_thread()
    assert context.store.value("SELECT count(*) FROM agreements") == len(
        demo_document["agreements"]
    )
    [(_parent, title, text)] = told
    assert title == "Imported"
    assert "Undo takes the import back" in text
    window.undo_action.trigger()
    assert dump(context.store) == before
    window.redo_action.trigger()
    assert context.store.value("SELECT count(*) FROM fears") == len(demo_document["fears"])


def _imported(qtbot, window, monkeypatch, document, tmp_path):
    source = tmp_path / "export.json"
    source.write_text(json.dumps(document))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    with qtbot.waitSignal(window.data_actions.import_finished):
        window.import_action.trigger()


def test_a_large_undo_runs_beside_the_window_and_keeps_it_drawn(
    qtbot, window, context, monkeypatch, demo_document, tmp_path
):
    monkeypatch.setattr(undo_module, "IN_THE_BACKGROUND_FROM", 10)
    before = dump(context.store)
    _imported(qtbot, window, monkeypatch, demo_document, tmp_path)
    after = dump(context.store)
    threads = []
    original = Store.undo

    def undo_and_note_the_thread(store, change):
        threads.append(threading.current_thread())
        return original(store, change)

    monkeypatch.setattr(Store, "undo", undo_and_note_the_thread)
    window.undo_action.trigger()
    # The undo is under way beside the window: its progress window keeps the keys away.
    assert context.replaying
    assert window.findChildren(QProgressDialog)
    context.perform("Something else", lambda: context.store.value("SELECT 1"))
    assert context.undo_stack.count() == 1  # nothing else was done meanwhile
    qtbot.waitUntil(lambda: not context.replaying)
    assert threads and threads[0] is not threading.main_thread()
    assert dump(context.store) == before
    qtbot.waitUntil(lambda: window.findChildren(QProgressDialog) == [])
    assert window.redo_action.isEnabled()
    window.redo_action.trigger()
    qtbot.waitUntil(lambda: not context.replaying)
    assert dump(context.store) == after


def test_a_large_undo_that_fails_leaves_the_data_and_the_undo_as_they_were(
    qtbot, window, context, monkeypatch, demo_document, tmp_path
):
    monkeypatch.setattr(undo_module, "IN_THE_BACKGROUND_FROM", 10)
    _imported(qtbot, window, monkeypatch, demo_document, tmp_path)
    after = dump(context.store)

    def locked(store, change):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(Store, "undo", locked)
    with qtbot.waitSignal(context.message) as told:
        window.undo_action.trigger()
    assert "nothing was changed" in told.args[0] and "database is locked" in told.args[0]
    qtbot.waitUntil(lambda: context.undo_stack.index() == 1)
    assert dump(context.store) == after
    monkeypatch.undo()
    monkeypatch.setattr(undo_module, "IN_THE_BACKGROUND_FROM", 10)
    window.undo_action.trigger()  # the next try takes the import back
    qtbot.waitUntil(lambda: not context.replaying)
    assert context.store.value("SELECT count(*) FROM agreements") == 0


def test_an_import_the_store_cannot_take_now_is_told_and_changes_nothing(
    qtbot, window, context, monkeypatch, demo_document, tmp_path
):
    source = tmp_path / "export.json"
    source.write_text(json.dumps(demo_document))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))

    def locked(store, document, **kwargs):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(importing, "import_document", locked)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args))
    before = dump(context.store)
    with qtbot.waitSignal(window.data_actions.import_finished) as finished:
        window.import_action.trigger()
    assert finished.args == [False]
    [(_parent, _title, text)] = warned
    assert "your data is unchanged" in text and "database is locked" in text
    assert dump(context.store) == before
    qtbot.waitUntil(lambda: window.findChildren(QProgressDialog) == [])
    assert window.undo_action.isEnabled() is False


def test_a_bad_import_says_what_is_wrong_and_changes_nothing(
    qtbot, window, context, monkeypatch, tmp_path
):
    source = tmp_path / "export.json"
    source.write_text('{"format": "trustplanner-export", "version": 7}')
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    before = dump(context.store)
    with qtbot.waitSignal(window.data_actions.import_finished) as finished:
        window.import_action.trigger()
    assert finished.args == [False]
    [box] = shown
    assert box.windowTitle() == "Nothing was imported"
    assert "your data is unchanged" in box.text()
    assert "format version 7" in box.informativeText()
    assert dump(context.store) == before


def test_the_delete_question_keeps_the_data_unless_delete_is_chosen(qapp, data_dir, monkeypatch):
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)  # closed with Escape
    assert not data_actions_module.confirm_delete_all(None, data_dir)

    def choose_delete(box):
        [delete] = [b for b in box.buttons() if b.text() == "Delete everything"]
        assert box.defaultButton().text() == "Keep my data"
        delete.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", choose_delete)
    assert data_actions_module.confirm_delete_all(None, data_dir)


def test_delete_all_my_data_removes_the_store_and_the_backups(
    qtbot, window, context, data_dir, monkeypatch
):
    (data_dir / "my own notes.txt").write_text("not the app's")
    window.backup_action.trigger()
    window.tabs.setCurrentIndex(4)
    view = window.settings_page.view
    assert view.data_folder_label.text() == str(data_dir)
    monkeypatch.setattr(data_actions_module, "confirm_delete_all", lambda *a: True)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args))
    with qtbot.waitSignal(window.data_actions.deleted):
        view.delete_all_button.click()
    assert sorted(path.name for path in data_dir.iterdir()) == ["my own notes.txt"]
    assert "deleted" in told[0][2]


def test_an_export_that_finds_damage_saves_what_can_be_read_then_offers_the_backup(
    qtbot, qapp, data_dir, answers, monkeypatch, tmp_path
):
    from trustplanner.ui.shell import Shell

    seen, answer = answers
    answer[0] = Choice.CLOSE
    store_with_a_backup(data_dir)
    monkeypatch.setattr(Shell, "_ask_start_at_login", lambda self: None)
    quits = []
    monkeypatch.setattr(Shell, "quit", lambda self: quits.append(self))
    shell = _start(data_dir, window=True)
    try:
        store = shell.context.store
        assert store.checked.result(timeout=10) is None  # sound when the window opened
        damaged = damage_table(data_dir / DB_FILENAME, "agreements").read_bytes()
        target = tmp_path / "saved.json"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
        shown = []
        monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
        shell.window.export_action.trigger()
        [box] = shown
        assert box.windowTitle() == "Your data file is damaged"
        saved = json.loads(target.read_text())
        assert f"{sum(len(saved[k]) for k in KINDS)} records, in {target}" in box.text()
        assert "newest good backup" in box.informativeText()
        # Then, as when the check had found it: nothing is written, the backup is offered.
        qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
        assert seen[0][0].damage is Damage.DAMAGED and "24 November 2026" in seen[0][3]
        qtbot.waitUntil(lambda: bool(quits), timeout=10_000)
        with pytest.raises(StoreDamaged), store.action():
            store.insert("settings", {"key": "written", "value": "1"})
        assert (data_dir / DB_FILENAME).read_bytes() == damaged
    finally:
        shell.detach_window().close()
        shell.stop()
        shell.context.store.close()


def test_the_recovery_question_saves_what_can_be_read_before_the_choice(
    qtbot, qapp, data_dir, monkeypatch, tmp_path
):
    store_with_a_backup(data_dir)
    damaged = damage_table(data_dir / DB_FILENAME, "agreements")
    before = damaged.read_bytes()
    target = tmp_path / "saved.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    rounds = []

    def answer(box):
        # First "Save what can still be read…", then, told how it went, the backup.
        rounds.append(box.informativeText())
        (box.save_button if len(rounds) == 1 else box.restore_button).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    found = StoreDamaged(damaged, Damage.DAMAGED)
    assert RecoveryDialog.ask(found, newest_good_backup(data_dir)) is Choice.RESTORE
    assert len(rounds) == 2
    saved = json.loads(target.read_text())
    assert saved["agreements"] and saved["fears"]
    assert "Saved what could still be read" in rounds[1] and "File → Import…" in rounds[1]
    assert damaged.read_bytes() == before


@pytest.mark.parametrize("damage", [Damage.EMPTY, Damage.NOT_A_DATABASE])
def test_there_is_nothing_to_save_from_an_empty_or_foreign_file(qapp, data_dir, damage):
    dialog = RecoveryDialog(StoreDamaged(data_dir / DB_FILENAME, damage), None, None)
    assert dialog.save_button is None
    dialog.deleteLater()


def test_the_daily_backup_lets_go_when_the_store_closes_before_its_check(qtbot, context, data_dir):
    context.store.check_in_background(after=60)  # the check has not run yet
    backups = AutoBackup(context)
    with qtbot.waitSignal(backups.finished, timeout=10_000) as made:
        backups.run()
        context.store.close()  # e.g. the window closed within the first minute
    assert made.args[0] is None
    assert list_backups(data_dir) == []


def test_a_file_of_a_newer_version_is_said_plainly_at_start_and_left_as_it_is(
    qapp, data_dir, monkeypatch
):
    from trustplanner.store.refusal import Refusal
    from trustplanner.ui.data import refused_message

    store_with_a_backup(data_dir)
    database = data_dir / DB_FILENAME
    from_a_newer_version(database)
    before = database.read_bytes()
    shown = []

    def look(box):
        shown.append((box.text(), box.informativeText()))
        return QMessageBox.StandardButton.Close

    monkeypatch.setattr(refused_message.RefusedMessage, "exec", look)
    assert _start(data_dir) is None  # the app does not start on it
    [(text, informative)] = shown
    assert text == refused_message.refused_text(
        refused_message.StoreRefused(database, Refusal.NEWER)
    )
    assert "written by a newer version" in text and "nothing was changed" in text
    assert "your data is safe" in informative
    assert database.read_bytes() == before
