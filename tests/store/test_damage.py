"""A damaged store is recognised, never written to, and can be put aside for a good backup."""

import datetime as dt
import shutil

import pytest

from tests.store.damaged_files import (
    FIXTURE,
    KINDS,
    damage_table,
    damaged_with_a_log,
    store_with_a_backup,
)
from trustplanner.store.backups import back_up, list_backups
from trustplanner.store.connection import DB_FILENAME
from trustplanner.store.damage import Damage, StoreDamaged, damage_of
from trustplanner.store.database import open_reader, open_store
from trustplanner.store.recovery import newest_good_backup, restore

NOW = dt.datetime(2026, 11, 25, 9, 10)
EXPECTED = {
    "damaged pages": Damage.DAMAGED,
    "not a database": Damage.NOT_A_DATABASE,
    "empty": Damage.EMPTY,
    "cut short": Damage.DAMAGED,
}


def _files(data_dir):
    return {path.name: path.read_bytes() for path in data_dir.iterdir() if path.is_file()}


@pytest.mark.parametrize("kind", KINDS)
def test_a_damaged_store_is_recognised_and_left_untouched(data_dir, kind):
    KINDS[kind](data_dir)
    before = _files(data_dir)
    with pytest.raises(StoreDamaged) as raised:
        open_store(data_dir)
    assert raised.value.damage is EXPECTED[kind]
    assert raised.value.path == data_dir / DB_FILENAME
    assert _files(data_dir) == before


@pytest.mark.parametrize("kind", ["not a database", "empty"])
def test_the_light_reader_recognises_a_file_it_cannot_read(data_dir, kind):
    KINDS[kind](data_dir)
    with pytest.raises(StoreDamaged):
        open_reader(data_dir)


def test_damage_found_in_the_background_stops_every_write(data_dir):
    shutil.copy(FIXTURE, data_dir / DB_FILENAME)
    open_store(data_dir).close()  # brought up to date, so the check may run in the background
    damaged = damage_table(data_dir / DB_FILENAME, "agreements")
    store = open_store(data_dir, check_in_background=True)
    try:
        assert store.checked.result(timeout=10) is Damage.DAMAGED
        before = damaged.read_bytes()
        with pytest.raises(StoreDamaged), store.action():
            store.insert("settings", {"key": "written", "value": "1"})
        assert damaged.read_bytes() == before
    finally:
        store.close()


@pytest.mark.parametrize("check_after", [0.0, 0.3])
def test_a_sound_store_checked_in_the_background_writes_as_usual(data_dir, check_after):
    open_store(data_dir).close()
    store = open_store(data_dir, check_in_background=True, check_after=check_after)
    try:
        if check_after:
            assert not store.checked.done()  # the window is drawn first
        with store.action():  # waits for the check's verdict, then writes
            store.insert("settings", {"key": "written", "value": "1"})
        assert store.checked.done() and store.checked.result() is None
        assert store.value("SELECT value FROM settings WHERE key = 'written'") == "1"
    finally:
        store.close()


def test_a_store_closed_before_its_check_is_not_checked_any_more(data_dir):
    open_store(data_dir).close()
    store = open_store(data_dir, check_in_background=True, check_after=0.2)
    waiting = store._waiting_check
    store.close()
    waiting.join(timeout=5)
    assert not waiting.is_alive()
    assert store.checked.cancelled()  # it never ran, and nobody waits for it forever


def test_a_later_check_still_finds_damage_before_anything_is_written(data_dir):
    shutil.copy(FIXTURE, data_dir / DB_FILENAME)
    open_store(data_dir).close()
    damaged = damage_table(data_dir / DB_FILENAME, "agreements")
    before = damaged.read_bytes()
    store = open_store(data_dir, check_in_background=True, check_after=0.3)
    try:
        assert not store.checked.done()
        with pytest.raises(StoreDamaged), store.action():
            store.insert("settings", {"key": "written", "value": "1"})
        assert damaged.read_bytes() == before
    finally:
        store.close()


@pytest.mark.parametrize("kind", KINDS)
def test_restoring_puts_the_newest_good_backup_in_place_and_keeps_the_damaged_file(data_dir, kind):
    store_with_a_backup(data_dir)
    KINDS[kind](data_dir)
    damaged = (data_dir / DB_FILENAME).read_bytes()

    backup = newest_good_backup(data_dir)
    assert backup is not None and backup.day == dt.date(2026, 11, 24)
    aside = restore(data_dir / DB_FILENAME, backup, NOW)

    assert aside.name == "trustplanner.db.damaged-2026-11-25-091000"
    assert aside.read_bytes() == damaged
    store = open_store(data_dir)
    try:
        assert store.value("SELECT value FROM settings WHERE key = 'before_the_damage'") == "1"
        assert store.value("SELECT count(*) FROM fears") == 12
    finally:
        store.close()


def test_a_damaged_backup_is_passed_over_for_an_older_good_one(data_dir):
    shutil.copy(FIXTURE, data_dir / DB_FILENAME)
    open_store(data_dir).close()
    back_up(data_dir, data_dir / DB_FILENAME, dt.date(2026, 11, 23))
    newer = back_up(data_dir, data_dir / DB_FILENAME, dt.date(2026, 11, 24))
    newer.path.write_bytes(b"\x00" * 100)
    assert next(backup.day for backup in list_backups(data_dir)) == dt.date(2026, 11, 24)
    assert newest_good_backup(data_dir).day == dt.date(2026, 11, 23)


def test_without_backups_there_is_nothing_to_restore(data_dir):
    KINDS["damaged pages"](data_dir)
    assert newest_good_backup(data_dir) is None


@pytest.mark.parametrize("in_background", [False, True])
def test_a_damaged_store_with_a_log_is_not_written_to_on_open_or_close(data_dir, in_background):
    damaged = damaged_with_a_log(data_dir)
    before = damaged.read_bytes()
    log = (data_dir / (DB_FILENAME + "-wal")).read_bytes()
    assert log, "the fixture must leave committed writes in the log"
    if in_background:
        store = open_store(data_dir, check_in_background=True)
        assert store.checked.result(timeout=10) is Damage.DAMAGED
        store.close()
    else:
        with pytest.raises(StoreDamaged):
            open_store(data_dir)
    assert damaged.read_bytes() == before
    assert (data_dir / (DB_FILENAME + "-wal")).read_bytes() == log


def test_looking_at_a_damaged_store_with_a_log_writes_nothing(data_dir):
    damaged = damaged_with_a_log(data_dir)
    before = damaged.read_bytes()
    assert damage_of(damaged) is Damage.DAMAGED
    assert damaged.read_bytes() == before
