"""Backups of the store in `backups/` inside the data folder.

Copies are made with SQLite's online backup API, never by copying the file, so a
copy is whole even while the window or the tray writes. Each copy is checked
before it takes its place, and the daily ones are thinned out by
`domain.backup_rotation`. The copies made before a schema update are kept.
"""

from __future__ import annotations

import datetime as dt
import filecmp
import os
import re
import sqlite3
import stat
import time
from dataclasses import dataclass
from pathlib import Path

from trustplanner.domain.backup_rotation import backup_due, backups_to_keep
from trustplanner.store.damage import BackupFailed
from trustplanner.store.private_files import partial_file, private_folder

BACKUP_FOLDER = "backups"
_DAILY = re.compile(r"trustplanner-(\d{4}-\d{2}-\d{2})\.db")
_BEFORE_UPDATE = re.compile(r"before-update-v(\d+)-(\d{4}-\d{2}-\d{2})\.db")


@dataclass(frozen=True)
class Backup:
    path: Path
    day: dt.date
    # False for a copy made before a schema update: rotation leaves those alone.
    daily: bool

    @property
    def size(self) -> int:
        return self.path.stat().st_size


def backup_folder(data_dir: Path) -> Path:
    return data_dir / BACKUP_FOLDER


def list_backups(data_dir: Path) -> list[Backup]:
    """Every backup in the data folder, newest first."""
    found = []
    folder = backup_folder(data_dir)
    if not folder.is_dir():
        return []
    for path in folder.iterdir():
        daily = _DAILY.fullmatch(path.name)
        match = daily or _BEFORE_UPDATE.fullmatch(path.name)
        if match is None:
            continue
        try:
            day = dt.date.fromisoformat(match.groups()[-1])
        except ValueError:
            continue
        found.append(Backup(path, day, daily is not None))
    found.sort(key=lambda backup: (backup.day, backup.path.stat().st_mtime), reverse=True)
    return found


def copy_database(source: Path, target: Path) -> None:
    """Copy the database at `source` to a private file `target`, checked before it is put there."""
    private_folder(target.parent)
    partial = partial_file(target)
    try:
        _copy_and_check(source, partial)
        os.replace(partial, target)
    except (OSError, sqlite3.Error, BackupFailed) as problem:
        partial.unlink(missing_ok=True)
        if isinstance(problem, BackupFailed):
            raise
        raise BackupFailed(str(problem)) from problem


def _copy_and_check(source: Path, partial: Path) -> None:
    src = sqlite3.connect(source)
    try:
        copy = sqlite3.connect(partial)
        try:
            src.backup(copy)
            # One self-contained file, without -wal beside it.
            copy.execute("PRAGMA journal_mode = DELETE")
            verdict = copy.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            copy.close()
    finally:
        src.close()
    if verdict != "ok":
        raise BackupFailed(verdict)


def _daily_target(data_dir: Path, today: dt.date) -> Path:
    return backup_folder(data_dir) / f"trustplanner-{today.isoformat()}.db"


def back_up(data_dir: Path, database: Path, today: dt.date) -> Backup:
    """Make today's backup now (replacing an earlier one of today), then thin out old ones."""
    target = _daily_target(data_dir, today)
    copy_database(database, target)
    rotate(data_dir)
    return Backup(target, today, daily=True)


def back_up_if_due(data_dir: Path, database: Path, today: dt.date) -> Backup | None:
    """The automatic backup: at most once a day, and only when the data changed since the last."""
    daily = [backup for backup in list_backups(data_dir) if backup.daily]
    newest = daily[0] if daily else None
    if not backup_due(newest.day if newest else None, today):
        return None
    target = _daily_target(data_dir, today)
    copy_database(database, target)
    # Copies of the same pages are the same bytes: an unchanged store adds no backup.
    if newest is not None and filecmp.cmp(target, newest.path, shallow=False):
        target.unlink()
        return None
    rotate(data_dir)
    return Backup(target, today, daily=True)


def back_up_before_update(data_dir: Path, database: Path, version: int, today: dt.date) -> Backup:
    """A copy of the store as it was before its schema is updated from `version`."""
    target = backup_folder(data_dir) / f"before-update-v{version}-{today.isoformat()}.db"
    copy_database(database, target)
    return Backup(target, today, daily=False)


def rotate(data_dir: Path) -> list[Path]:
    """Remove the daily backups that the rotation no longer keeps, and what a backup cut
    off by a kill or a power cut left behind; return what went."""
    daily = [backup for backup in list_backups(data_dir) if backup.daily]
    keep = backups_to_keep(backup.day for backup in daily)
    removed = [backup.path for backup in daily if backup.day not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed + sweep_leftovers(backup_folder(data_dir))


# A half copy this old is no backup still being made (one takes seconds): a leftover.
LEFTOVER_AFTER_SECONDS = 3600


def sweep_leftovers(folder: Path, now: float | None = None) -> list[Path]:
    """Remove the half copies (and their journals) that backups cut off midway left in
    `folder`: only regular files named as `partial_file` names them, an hour old or more."""
    now = time.time() if now is None else now
    removed = []
    for path in folder.glob(".*.part*") if folder.is_dir() else ():
        try:
            found = path.lstat()
        except FileNotFoundError:
            continue
        if stat.S_ISREG(found.st_mode) and now - found.st_mtime >= LEFTOVER_AFTER_SECONDS:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed
