"""Every schema version that ever shipped opens, migrates and keeps every row."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from trustplanner.store import agreements as store_agreements
from trustplanner.store.database import DB_FILENAME, MIGRATIONS, open_store
from trustplanner.store.settings import load_settings

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
TABLES = ("items", "agreements", "events", "day_capacity", "settings")


@pytest.mark.parametrize("fixture", ["store_v1.db"])
def test_an_old_store_migrates_without_losing_a_row(tmp_path, fixture):
    shutil.copy(FIXTURES / fixture, tmp_path / DB_FILENAME)
    with sqlite3.connect(tmp_path / DB_FILENAME) as old:
        before = {
            table: old.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall() for table in TABLES
        }
    assert before["agreements"]
    store = open_store(tmp_path)
    try:
        assert store.schema_version == len(MIGRATIONS)
        for table in TABLES:
            columns = [
                row[1]
                for row in sqlite3.connect(FIXTURES / fixture).execute(
                    f"PRAGMA table_info({table})"
                )
            ]
            after = store.db.execute(
                f"SELECT {', '.join(columns)} FROM {table} ORDER BY 1"
            ).fetchall()
            assert after == before[table], table
        assert store.value("PRAGMA foreign_key_check") is None
        assert store.value("PRAGMA integrity_check") == "ok"
        first = store_agreements.get_agreement(store, before["agreements"][0][0])
        assert first.step_id is None
        assert load_settings(store).max_step_minutes == 45
        assert store.value("SELECT count(*) FROM fears") == 0
    finally:
        store.close()
