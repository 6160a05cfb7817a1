"""Automatic backups: at most once a day, only after a change, thinned out, private."""

import datetime as dt
import sqlite3
import stat
import sys

import pytest

from trustplanner.store.backups import (
    BackupFailed,
    back_up,
    back_up_if_due,
    copy_database,
    list_backups,
)
from trustplanner.store.connection import DB_FILENAME
from trustplanner.store.database import open_store


class Calendar:
    """The days a store lives through, with a change on the days the test asks for."""

    def __init__(self, data_dir):
        self.data_dir = data_dir
        self.today = dt.date(2025, 11, 1)
        self.writes = 0

    def write(self):
        store = open_store(self.data_dir)
        with store.action():
            self.writes += 1
            store.upsert("settings", {"key": "writes", "value": str(self.writes)})
        store.close()

    def backup(self):
        return back_up_if_due(self.data_dir, self.data_dir / DB_FILENAME, self.today)

    def next_day(self):
        self.today += dt.timedelta(days=1)


def _values(path):
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT value FROM settings WHERE key = 'writes'").fetchone()[0]
    finally:
        conn.close()


def test_at_most_one_backup_a_day_and_only_after_a_change(data_dir):
    days = Calendar(data_dir)
    days.write()
    first = days.backup()
    assert first is not None and first.day == days.today
    days.write()
    assert days.backup() is None, "a second backup on the same day"
    days.next_day()
    assert days.backup() is not None, "the change late on day one is saved on day two"
    days.next_day()
    assert days.backup() is None, "nothing changed since"
    assert [backup.day for backup in list_backups(data_dir)] == [
        dt.date(2025, 11, 2),
        dt.date(2025, 11, 1),
    ]
    assert _values(list_backups(data_dir)[0].path) == "2"


def test_a_year_of_daily_use_leaves_the_rotation_s_backups(data_dir):
    days = Calendar(data_dir)
    for _ in range(400):
        days.write()
        days.backup()
        days.next_day()
    backups = list_backups(data_dir)
    last_week = [dt.date(2026, 12, 5) - dt.timedelta(days=n) for n in range(7)]
    weeks = [dt.date(2026, 11, 22), dt.date(2026, 11, 15)]
    months = [dt.date(2026, month + 1, 1) - dt.timedelta(days=1) for month in range(10, 0, -1)]
    assert [backup.day for backup in backups] == last_week + weeks + months
    assert _values(backups[0].path) == "400"


def test_the_backup_command_replaces_today_s_copy(data_dir):
    days = Calendar(data_dir)
    days.write()
    back_up(data_dir, data_dir / DB_FILENAME, days.today)
    days.write()
    made = back_up(data_dir, data_dir / DB_FILENAME, days.today)
    assert [backup.path for backup in list_backups(data_dir)] == [made.path]
    assert _values(made.path) == "2"


def test_a_backup_is_whole_while_another_connection_writes(data_dir, store):
    with store.action():
        store.insert("settings", {"key": "committed", "value": "1"})
    store.conn.execute("BEGIN IMMEDIATE")
    store.conn.execute("INSERT INTO settings VALUES ('uncommitted', '1')")
    try:
        made = back_up(data_dir, store.path, dt.date(2026, 11, 25))
    finally:
        store.conn.rollback()
    conn = sqlite3.connect(made.path)
    keys = {key for (key,) in conn.execute("SELECT key FROM settings")}
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    assert "committed" in keys and "uncommitted" not in keys


def test_a_copy_that_fails_its_check_replaces_nothing(data_dir, tmp_path):
    source = tmp_path / "not-a-store.db"
    source.write_text("not a database" * 300)
    target = data_dir / "copy.db"
    target.write_text("the earlier copy")
    with pytest.raises(BackupFailed):
        copy_database(source, target)
    assert target.read_text() == "the earlier copy"
    assert sorted(path.name for path in data_dir.iterdir()) == ["copy.db"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_the_data_folder_the_store_and_the_backups_are_private(tmp_path):
    data_dir = tmp_path / "new" / "trustplanner"
    store = open_store(data_dir)
    with store.action():
        store.insert("settings", {"key": "private", "value": "yes"})
    made = back_up(data_dir, store.path, dt.date(2026, 11, 25))

    def mode(path):
        return stat.S_IMODE(path.stat().st_mode)

    assert mode(data_dir) == 0o700
    assert mode(made.path.parent) == 0o700
    for name in (DB_FILENAME, DB_FILENAME + "-wal", DB_FILENAME + "-shm"):
        assert mode(data_dir / name) == 0o600, name
    assert mode(made.path) == 0o600
    store.close()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_an_existing_store_is_made_private_but_a_chosen_folder_is_left_alone(tmp_path):
    folder = tmp_path / "shared"
    folder.mkdir()
    open_store(folder).close()
    folder.chmod(0o755)
    (folder / DB_FILENAME).chmod(0o644)
    open_store(folder).close()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o755
    assert stat.S_IMODE((folder / DB_FILENAME).stat().st_mode) == 0o600


def test_a_backup_cut_off_midway_leaves_nothing_the_next_one_does_not_sweep(store, data_dir):
    import os
    import time

    from trustplanner.store.backups import back_up, backup_folder

    folder = backup_folder(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    hour_ago = time.time() - 3601
    old = folder / ".trustplanner-2026-11-24.db.k3j2h1.part"
    old_journal = folder / ".trustplanner-2026-11-24.db.k3j2h1.part-journal"
    for path in (old, old_journal):
        path.write_bytes(b"half a copy")
        os.utime(path, (hour_ago, hour_ago))
    # One being made at this moment by another start, and a file that is not ours.
    fresh = folder / ".trustplanner-2026-11-25.db.a1b2c3.part"
    fresh.write_bytes(b"being made")
    mine = folder / "notes.part"
    mine.write_text("the person's")
    os.utime(mine, (hour_ago, hour_ago))
    back_up(data_dir, store.path, dt.date(2026, 11, 25))
    assert not old.exists() and not old_journal.exists()
    assert fresh.exists() and mine.exists()
