"""A full disk is told as what it is: the data is safe and nothing was changed."""

from __future__ import annotations

import errno
import sqlite3
from collections import namedtuple

from trustplanner.store import damage
from trustplanner.store.damage import disk_is_full

Stats = namedtuple("Stats", "f_bavail f_frsize")
FULL_WORDS = "not enough free space on this disk. Your data is safe and nothing was changed"


def full(message: str = "database or disk is full") -> sqlite3.OperationalError:
    problem = sqlite3.OperationalError(message)
    problem.sqlite_errorcode = 13  # SQLITE_FULL, as SQLite gives it
    return problem


def test_a_full_disk_is_told_apart_from_damage(tmp_path, monkeypatch):
    assert disk_is_full(full(), tmp_path)
    assert disk_is_full(OSError(errno.ENOSPC, "No space left on device"), tmp_path)
    # Reading a WAL file on a full disk fails for its -shm, as a disk I/O error.
    io_error = sqlite3.OperationalError("disk I/O error")
    assert not disk_is_full(io_error, tmp_path)  # there is room here
    monkeypatch.setattr(damage.os, "statvfs", lambda path: Stats(3, 4096))
    assert disk_is_full(io_error, tmp_path)
    assert not disk_is_full(ValueError("not a disk matter"), tmp_path)


def test_a_command_on_a_full_disk_says_the_data_is_safe(tmp_path, monkeypatch, capsys):
    from trustplanner import status
    from trustplanner.commands.main import main

    def no_room(data_dir):
        raise full()

    monkeypatch.setattr(status, "open_reader", no_room)
    assert main(["status", "--data-dir", str(tmp_path)]) == 1
    said = capsys.readouterr().err
    assert FULL_WORDS in said and "cannot be read" not in said
    assert len(said.strip().splitlines()) == 1


def test_an_action_on_a_full_disk_changes_nothing_and_says_so(qtbot, store, data_dir):
    from trustplanner.store import plans
    from trustplanner.ui.context import AppContext

    context = AppContext(store, data_dir)
    said = []
    context.message.connect(said.append)
    day = context.today()

    def add_then_run_out_of_room():
        plans.add_items(store, day, [("Water the plants", 5)], context.now())
        raise full()

    assert context.perform("Add", add_then_run_out_of_room, done="Added") is None
    assert plans.planned_items(store, day) == []  # rolled back whole
    assert FULL_WORDS.capitalize() in said[-1] or FULL_WORDS in said[-1]
    # The store goes on working once there is room again.
    context.perform("Add", lambda: plans.add_items(store, day, [("Walk", 20)], context.now()))
    assert [item.title for item in plans.planned_items(store, day)] == ["Walk"]


def test_an_action_on_a_store_that_may_only_be_read_changes_nothing_and_says_so(
    qtbot, store, data_dir
):
    from trustplanner.store import plans
    from trustplanner.ui.context import AppContext

    context = AppContext(store, data_dir)
    said = []
    context.message.connect(said.append)
    day = context.today()
    # SQLite refuses every write as it does for a file or folder without write access.
    store.conn.execute("PRAGMA query_only = 1")
    add = lambda: plans.add_items(store, day, [("Water the plants", 5)], context.now())  # noqa: E731
    assert context.perform("Add", add, done="Added") is None
    assert said == [
        "Your data can be read but not changed just now (the file or its folder does not "
        "allow writing). Your data is safe and nothing was changed."
    ]
    store.conn.execute("PRAGMA query_only = 0")
    assert plans.planned_items(store, day) == []
    context.perform("Add", add)
    assert [item.title for item in plans.planned_items(store, day)] == ["Water the plants"]
