"""Every schema version that ever shipped opens, migrates and keeps every row.

The fixtures are stores as each version left them: `store_vN.db` has had the
first N migrations, and rows in every table that version had.
"""

import shutil
import sqlite3
from pathlib import Path

import pytest

from trustplanner.store import agreements as store_agreements
from trustplanner.store.backups import list_backups
from trustplanner.store.connection import DB_FILENAME
from trustplanner.store.database import open_store
from trustplanner.store.schema import MIGRATIONS
from trustplanner.store.settings import load_settings

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_every_shipped_version_has_a_fixture():
    assert {path.name for path in FIXTURES.glob("store_v*.db")} == {
        f"store_v{version}.db" for version in range(1, len(MIGRATIONS) + 1)
    }


def _rows(conn: sqlite3.Connection) -> dict[str, tuple[list[str], list[tuple]]]:
    tables = [
        name
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master"
            " WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\'"
        )
    ]
    found = {}
    for table in tables:
        columns = [row[1] for row in conn.execute(f"PRAGMA table_info([{table}])")]
        found[table] = (columns, conn.execute(f"SELECT * FROM [{table}] ORDER BY 1").fetchall())
    return found


@pytest.mark.parametrize("version", range(1, len(MIGRATIONS) + 1))
def test_an_old_store_migrates_without_losing_a_row(tmp_path, version):
    fixture = FIXTURES / f"store_v{version}.db"
    shutil.copy(fixture, tmp_path / DB_FILENAME)
    with sqlite3.connect(fixture) as old:
        before = _rows(old)
    assert all(rows for _, rows in before.values()), "every table of a fixture holds rows"
    store = open_store(tmp_path)
    try:
        assert store.schema_version == len(MIGRATIONS)
        for table, (columns, rows) in before.items():
            after = store.db.execute(
                f"SELECT {', '.join(columns)} FROM [{table}] ORDER BY 1"
            ).fetchall()
            assert after == rows, table
        assert store.value("PRAGMA foreign_key_check") is None
        assert store.value("PRAGMA integrity_check") == "ok"
        first = store_agreements.get_agreement(store, before["agreements"][1][0][0])
        assert first.title
        assert load_settings(store).max_step_minutes == 45
    finally:
        store.close()


@pytest.mark.parametrize("version", range(1, len(MIGRATIONS)))
def test_a_backup_is_taken_before_a_migration(tmp_path, version):
    fixture = FIXTURES / f"store_v{version}.db"
    shutil.copy(fixture, tmp_path / DB_FILENAME)
    open_store(tmp_path).close()
    (backup,) = list_backups(tmp_path)
    assert not backup.daily
    assert backup.path.name.startswith(f"before-update-v{version}-")
    with sqlite3.connect(fixture) as old, sqlite3.connect(backup.path) as copy:
        assert _rows(copy) == _rows(old)
        assert copy.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0] == version


def test_a_current_store_is_not_backed_up_on_open(tmp_path):
    shutil.copy(FIXTURES / f"store_v{len(MIGRATIONS)}.db", tmp_path / DB_FILENAME)
    open_store(tmp_path).close()
    open_store(tmp_path).close()
    assert list_backups(tmp_path) == []


@pytest.mark.parametrize(
    ("before", "after", "told"), [(3, 7, 3), (6, 7, 6), (7, 7, None), (30, 30, None)]
)
def test_a_half_life_under_a_week_is_raised_to_a_week_and_remembered(tmp_path, before, after, told):
    shutil.copy(FIXTURES / "store_v8.db", tmp_path / DB_FILENAME)
    with sqlite3.connect(tmp_path / DB_FILENAME) as old:
        old.execute("INSERT INTO settings (key, value) VALUES ('half_life_days', ?)", [str(before)])
    old.close()
    store = open_store(tmp_path)
    try:
        settings = load_settings(store)
        assert settings.half_life_days == after
        assert settings.half_life_raised_from == told
    finally:
        store.close()
