"""Keeping in step from the window: chosen in Settings, run beside the window."""

import threading

from PySide6.QtWidgets import QFileDialog

from trustplanner.store import plans
from trustplanner.store.database import open_store
from trustplanner.sync import engine


def test_settings_turns_it_on_and_the_window_keeps_in_step_with_the_other_computer(
    qtbot, window, context, monkeypatch, tmp_path
):
    folder = tmp_path / "Sync"
    other = open_store(tmp_path / "desktop")
    try:
        plans.add_items(other, context.today(), [("Sort the photos", 30)], context.now())
        engine.turn_on(other, folder)
        engine.sync_once(other, folder)

        view = window.settings_page.view
        assert "Not kept in step" in view.sync_label.text()
        assert not view.sync_off_button.isEnabled()
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
        threads = []
        real_sync = engine.sync_once

        def sync_and_note_the_thread(store, where):
            threads.append(threading.current_thread())
            return real_sync(store, where)

        monkeypatch.setattr(engine, "sync_once", sync_and_note_the_thread)
        with qtbot.waitSignal(context.message, timeout=10_000) as told:
            view.sync_button.click()
        assert "same folder on your other computer" in told.args[0]
        assert str(folder) in view.sync_label.text() and view.sync_off_button.isEnabled()
        # What the other computer planned arrives, read beside the window's thread.
        qtbot.waitUntil(
            lambda: (
                [i.title for i in plans.planned_items(context.store, context.today())]
                == ["Sort the photos"]
            ),
            timeout=10_000,
        )
        assert threads and all(t is not threading.main_thread() for t in threads)
        # What is done in the window goes out to the other computer.
        context.perform(
            "Add",
            lambda: plans.add_items(
                context.store, context.today(), [("Call Noor", 10)], context.now()
            ),
        )
        context.sync_watch.run()
        qtbot.waitUntil(lambda: not context.sync_watch._running, timeout=10_000)
        engine.sync_once(other, folder)
        assert sorted(i.title for i in plans.planned_items(other, context.today())) == [
            "Call Noor",
            "Sort the photos",
        ]
        # The name the other computer knows this one by.
        assert view.computer_name_edit.isEnabled()
        view.computer_name_edit.setText("x" * 81)
        view.computer_name_edit.editingFinished.emit()
        assert "the limit is 80" in view.computer_name_message.text()
        view.computer_name_edit.setText("laptop")
        view.computer_name_edit.editingFinished.emit()
        assert engine.name_here(context.store) == "laptop"
        context.sync_watch.run()
        qtbot.waitUntil(lambda: not context.sync_watch._running, timeout=10_000)
        from trustplanner.sync.segments import name_of

        assert name_of(folder, engine.node_of(context.store)) == "laptop"
        view.sync_off_button.click()
        assert not view.computer_name_edit.isEnabled()
        assert engine.folder_of(context.store) is None
        assert "Not kept in step" in view.sync_label.text()
    finally:
        other.close()
