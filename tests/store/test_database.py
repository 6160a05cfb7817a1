import sqlite3

import pytest

from trustplanner.store import changes
from trustplanner.store.changes import StaleChange
from trustplanner.store.connection import DB_FILENAME
from trustplanner.store.damage import Damage, StoreDamaged
from trustplanner.store.database import open_store
from trustplanner.store.schema import MIGRATIONS, migrations


def test_a_new_store_is_created_with_safe_settings(data_dir):
    store = open_store(data_dir / "new")
    try:
        assert store.path == data_dir / "new" / DB_FILENAME
        assert store.value("PRAGMA journal_mode") == "wal"
        assert store.value("PRAGMA foreign_keys") == 1
        assert store.value("PRAGMA synchronous") == 2  # FULL
        assert store.value("PRAGMA busy_timeout") >= 5000
        assert store.schema_version == len(MIGRATIONS)
        assert migrations().pending(store.db) == []
        assert {"items", "agreements", "events", "day_capacity", "settings"} <= set(
            store.db.table_names()
        )
    finally:
        store.close()


def test_opening_again_keeps_the_data_and_migrates_nothing_twice(data_dir, store, now):
    with store.action():
        store.insert("settings", {"key": "hello", "value": "1"})
    version = store.schema_version
    store.close()
    again = open_store(data_dir)
    try:
        assert again.value("SELECT value FROM settings WHERE key = 'hello'") == "1"
        assert again.schema_version == version
        assert migrations().pending(again.db) == []
    finally:
        again.close()


def test_writes_outside_an_action_are_refused(store):
    with pytest.raises(RuntimeError):
        store.insert("settings", {"key": "a", "value": "1"})


def test_an_action_that_fails_halfway_leaves_nothing_behind(store):
    with pytest.raises(sqlite3.IntegrityError), store.action():
        store.insert("settings", {"key": "a", "value": "1"})
        store.insert("settings", {"key": "a", "value": "2"})  # the same key again
    assert store.value("SELECT count(*) FROM settings") == 0


def test_nested_actions_are_one_transaction_and_one_change(store):
    with store.action() as outer:
        store.insert("settings", {"key": "a", "value": "1"})
        with store.action() as inner:
            store.insert("settings", {"key": "b", "value": "2"})
        assert inner is outer
    assert len(outer.keys) == 2


def test_an_inner_action_that_fails_is_undone_alone(store):
    with store.action():
        store.insert("settings", {"key": "a", "value": "1"})
        with pytest.raises(sqlite3.IntegrityError), store.action():
            store.insert("settings", {"key": "b", "value": "2"})
            store.insert("settings", {"key": "a", "value": "again"})
    assert store.rows("SELECT key, value FROM settings") == [{"key": "a", "value": "1"}]
    assert not store.conn.in_transaction


def test_undo_and_redo_replay_exactly(store):
    with store.action():
        store.insert("settings", {"key": "keep", "value": "1"})
        store.insert("settings", {"key": "change", "value": "old"})
        store.insert("settings", {"key": "remove", "value": "x"})
    before = store.rows("SELECT * FROM settings ORDER BY key")
    with store.action() as change:
        store.update("settings", "change", value="new")
        store.delete("settings", "remove")
        store.insert("settings", {"key": "added", "value": "y"})
    after = store.rows("SELECT * FROM settings ORDER BY key")
    assert change
    store.undo(change)
    assert store.rows("SELECT * FROM settings ORDER BY key") == before
    store.redo(change)
    assert store.rows("SELECT * FROM settings ORDER BY key") == after


def test_an_action_that_changed_nothing_is_not_a_change(store):
    with store.action():
        store.insert("settings", {"key": "a", "value": "1"})
    with store.action() as change:
        store.update("settings", "a", value="1")
    assert not change


def test_undo_is_refused_when_the_rows_changed_since(store):
    with store.action() as change:
        store.insert("settings", {"key": "a", "value": "1"})
    with store.action():
        store.update("settings", "a", value="2")
    with pytest.raises(StaleChange):
        store.undo(change)
    assert store.value("SELECT value FROM settings WHERE key = 'a'") == "2"


def _many_settings(store, count, value):
    for number in range(count):
        store.upsert("settings", {"key": f"k{number:05}", "value": value})


def test_a_large_change_is_kept_packed_and_replays_exactly(store):
    count = changes.PACK_FROM + 7
    with store.action():
        _many_settings(store, count, "old")
        store.insert("settings", {"key": "gone", "value": "x"})
    before = store.rows("SELECT * FROM settings ORDER BY key")
    with store.action() as change:
        _many_settings(store, count, "new")
        store.delete("settings", "gone")
        store.insert("settings", {"key": "added", "value": "y"})
    after = store.rows("SELECT * FROM settings ORDER BY key")
    assert change.before == {} and change.after == {}  # held packed, not as dictionaries
    assert len(change) == count + 2 and change
    assert change.keys[0] == ("settings", "k00000") and change.keys[-1] == ("settings", "added")
    store.undo(change)
    assert store.rows("SELECT * FROM settings ORDER BY key") == before
    store.redo(change)
    assert store.rows("SELECT * FROM settings ORDER BY key") == after


def test_a_large_change_that_changed_nothing_is_not_a_change(store):
    with store.action():
        _many_settings(store, changes.PACK_FROM, "same")
    with store.action() as change:
        _many_settings(store, changes.PACK_FROM, "same")
    assert len(change) == changes.PACK_FROM and not change


def test_a_large_undo_is_refused_whole_when_one_row_changed_since(store):
    with store.action() as change:
        _many_settings(store, changes.PACK_FROM + 1, "1")
    with store.action():
        # The first row touched: undo, going backwards, meets it last, after the rest.
        store.update("settings", "k00000", value="2")
    with pytest.raises(StaleChange):
        store.undo(change)
    assert store.value("SELECT count(*) FROM settings WHERE value = '1'") == changes.PACK_FROM
    assert not store.conn.in_transaction


def test_a_file_that_is_not_a_database_is_reported_and_left_alone(data_dir):
    path = data_dir / DB_FILENAME
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreDamaged) as raised:
        open_store(data_dir)
    assert raised.value.damage is Damage.NOT_A_DATABASE
    assert path.read_bytes() == b"this is not sqlite" * 100


def test_two_connections_see_each_others_writes(data_dir, store):
    other = open_store(data_dir)
    try:
        with store.action():
            store.insert("settings", {"key": "from_one", "value": "1"})
        with other.action():
            other.insert("settings", {"key": "from_two", "value": "2"})
        assert store.value("SELECT count(*) FROM settings") == 2
    finally:
        other.close()


def test_the_reader_reads_without_sqlite_utils(data_dir, store):
    import subprocess
    import sys

    with store.action():
        store.insert("settings", {"key": "a", "value": "1"})
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from trustplanner.store.database import Reader, open_reader\n"
        f"reader = open_reader(Path({str(data_dir)!r}))\n"
        "value = reader.value(\"SELECT value FROM settings WHERE key = 'a'\")\n"
        "print(type(reader) is Reader, value,\n"
        "      'sqlite_utils' in sys.modules, 'numpy' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["True", "1", "False", "False"]


def test_there_is_nothing_to_read_before_the_first_start(tmp_path):
    from trustplanner.store.database import open_reader

    assert open_reader(tmp_path) is None
    assert not (tmp_path / DB_FILENAME).exists()


def run_python(code):
    import subprocess
    import sys

    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()


def test_sqlite_utils_is_loaded_to_migrate_and_not_to_write(data_dir):
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from trustplanner.store.database import open_store\n"
        f"store = open_store(Path({str(data_dir / 'light')!r}))\n"
        "print('sqlite_utils' in sys.modules)\n"
        "store.close()\n"
    )
    assert run_python(code) == ["True"]  # a new file: the migrations ran
    writing = code.replace(
        "print(",
        "with store.action():\n    store.insert('settings', {'key': 'k', 'value': '1'})\nprint(",
    )
    assert run_python(writing) == ["False"]  # up to date: the standard library is enough
    reopened = open_store(data_dir / "light")
    try:
        assert reopened.value("SELECT value FROM settings WHERE key = 'k'") == "1"
    finally:
        reopened.close()


def test_the_evidence_of_the_index_is_read_from_one_index_alone(store):
    import datetime as dt

    from trustplanner.store.evidence import day_evidence

    executed = []
    store.conn.set_trace_callback(executed.append)
    try:
        day_evidence(store, end=dt.date(2026, 11, 25))
    finally:
        store.conn.set_trace_callback(None)
    [endings] = [sql for sql in executed if "FROM agreements" in sql]
    plan = " ".join(row["detail"] for row in store.rows(f"EXPLAIN QUERY PLAN {endings}"))
    assert "COVERING INDEX agreements_endings" in plan


def test_what_is_left_over_from_days_gone_by_is_read_from_its_own_index(store):
    import datetime as dt

    from trustplanner.store.plans import leftover_items, planned_items

    executed = []
    store.conn.set_trace_callback(executed.append)
    try:
        leftover_items(store, dt.date(2026, 11, 25))
        planned_items(store, dt.date(2026, 11, 25))
    finally:
        store.conn.set_trace_callback(None)
    for sql in executed:
        plan = " ".join(row["detail"] for row in store.rows(f"EXPLAIN QUERY PLAN {sql}"))
        assert "INDEX items_planned" in plan and "TEMP B-TREE" not in plan, sql


def test_a_second_store_beside_the_first_never_lets_another_program_take_its_log(data_dir):
    """A worker's store (an import, a large undo, keeping in step) opens the same file in
    the same process. Had it opened the file itself, closing it would drop the window's
    locks, and a command run meanwhile (`trustplanner status`) could fold the log into
    the file and delete it from under the window: "disk I/O error"."""
    import subprocess
    import sys

    first = open_store(data_dir)
    try:
        with first.action():
            first.insert("settings", {"key": "a", "value": "1"})
        second = open_store(data_dir)
        with second.action():
            second.insert("settings", {"key": "b", "value": "2"})
        second.close()
        other_program = subprocess.run(
            [sys.executable, "-m", "trustplanner", "status", "--data-dir", str(data_dir)],
            capture_output=True,
            text=True,
        )
        assert other_program.returncode == 0, other_program.stderr
        assert (data_dir / "trustplanner.db-wal").exists()  # still the window's
        assert first.value("SELECT count(*) FROM settings WHERE key IN ('a', 'b')") == 2
        with first.action():
            first.insert("settings", {"key": "c", "value": "3"})
    finally:
        first.close()
