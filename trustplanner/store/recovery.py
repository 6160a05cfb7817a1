"""Putting a damaged store aside and a good backup in its place.

A damaged file is never written to and never deleted: it is moved aside, with its
-wal and -shm files, so that nothing in it is lost for good.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from trustplanner.store.backups import Backup, copy_database, list_backups
from trustplanner.store.damage import beside, damage_of


def set_aside(database: Path, now: dt.datetime) -> Path:
    """Move `database` (and its -wal and -shm) to a name that says when it was found damaged."""
    aside = database.with_name(f"{database.name}.damaged-{now:%Y-%m-%d-%H%M%S}")
    for suffix in ("", "-wal", "-shm"):
        source = beside(database, suffix)
        if source.exists():
            os.replace(source, beside(aside, suffix))
    return aside


def is_good(backup: Backup) -> bool:
    """Whether a backup can be restored: a copy that cannot even be read is not."""
    try:
        return damage_of(backup.path) is None
    except (sqlite3.Error, OSError):
        return False


def newest_good_backup(data_dir: Path) -> Backup | None:
    """The newest backup that passes SQLite's quick check."""
    return next((backup for backup in list_backups(data_dir) if is_good(backup)), None)


def restore(database: Path, backup: Backup, now: dt.datetime) -> Path | None:
    """Put `backup` in the place of `database`; return where the old file went, if any."""
    aside = set_aside(database, now) if database.exists() else None
    copy_database(backup.path, database)
    return aside
