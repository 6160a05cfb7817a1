"""Data files that are not opened at all: a folder or a link where the file should be,
or a file written by a newer Trust Planner. Nothing in them is read or changed: a link
may point anywhere, and a newer schema may hold what this version would get wrong."""

from __future__ import annotations

import enum
import os
import sqlite3
import stat
from pathlib import Path


class Refusal(enum.Enum):
    NOT_A_FILE = "not a file"
    A_LINK = "a link"
    NEWER = "written by a newer version"


class StoreRefused(Exception):
    """The data file is not opened; nothing has been read from it or written to it."""

    def __init__(self, path: Path, refusal: Refusal):
        super().__init__(f"{path}: {refusal.value}")
        self.path = path
        self.refusal = refusal


def refuse_if_needed(database: Path) -> None:
    """Raise StoreRefused when `database` must not be opened; a missing file is fine."""
    found = refusal(database)
    if found is not None:
        raise StoreRefused(database, found)


def refusal(database: Path) -> Refusal | None:
    try:
        found = os.lstat(database)
    except FileNotFoundError:
        return None
    if stat.S_ISLNK(found.st_mode):
        return Refusal.A_LINK
    if not stat.S_ISREG(found.st_mode):
        return Refusal.NOT_A_FILE
    if written_by_a_newer_version(database):
        return Refusal.NEWER
    return None


def written_by_a_newer_version(database: Path) -> bool:
    """Whether the file has had a schema change this version does not know. Looked at
    through a read-only connection; a file that cannot be read so is left to the checks
    for damage."""
    from trustplanner.store.schema import MIGRATION_SET, MIGRATIONS

    known = {name for name, _ in MIGRATIONS}
    try:
        conn = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        if not conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?",
            ["_sqlite_migrations"],
        ).fetchone()[0]:
            return False
        applied = {
            name
            for (name,) in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
            )
        }
        return bool(applied - known)
    except sqlite3.Error:
        return False
    finally:
        conn.close()
