"""Deleting all of a person's data: the store, its backups, and what the app wrote beside them.

Only files the app itself makes are removed: the data folder may be one the
person chose, with other things in it.
"""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

from trustplanner.store.backups import backup_folder
from trustplanner.store.connection import DB_FILENAME

# The store, its -wal and -shm, damaged copies set aside, the log and the window's state.
_OWN_FILES = (f"{DB_FILENAME}*", "trustplanner.log*", "window.ini", ".trustplanner.db.*.part")


def delete_all_data(data_dir: Path) -> list[Path]:
    """Remove the store, every backup and the app's own files; return what was removed."""
    removed = []
    for pattern in _OWN_FILES:
        for path in sorted(data_dir.glob(pattern)):
            if path.is_file():
                path.unlink()
                removed.append(path)
    backups = backup_folder(data_dir)
    if backups.is_dir():
        shutil.rmtree(backups)
        removed.append(backups)
    with contextlib.suppress(OSError):  # the folder goes only when nothing else is in it
        data_dir.rmdir()
    return removed
