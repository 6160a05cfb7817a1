"""The connection to the data file, and reading rows from it.

Only the standard library's sqlite3 here: the light reader (`status`) uses nothing
else."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from trustplanner.store.changes import Row

DB_FILENAME = "trustplanner.db"


BUSY_TIMEOUT_SECONDS = 10


def connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_SECONDS)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_SECONDS * 1000}")
    return conn


class Reading:
    """Reading rows from an open connection; shared by the store and the light reader."""

    conn: sqlite3.Connection

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]

    def value(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]


class Reader(Reading):
    """A connection for reading only, without sqlite-utils: for light commands."""

    def __init__(self, conn: sqlite3.Connection, path: Path):
        self.conn = conn
        self.path = path

    def close(self) -> None:
        self.conn.close()
