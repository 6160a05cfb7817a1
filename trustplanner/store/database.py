"""Opening the store: the one place that opens the SQLite file, sets its pragmas, and
migrates it (see schema.py). The store itself, its transactions and undo records, is
in transactions.py; the connection and reading in connection.py.

sqlite-utils runs the migrations and the demo's bulk writes. It is imported only
for those: with its dependencies (numpy among them) it would double the memory of
the tray, which otherwise needs nothing beyond the standard library's sqlite3.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from trustplanner.store.connection import DB_FILENAME, Reader, Reading, connect
from trustplanner.store.damage import (
    Damage,
    StoreDamaged,
    close_without_writing,
    damage_before_opening,
    is_damage,
    quick_check,
)
from trustplanner.store.private_files import private_file, private_folder
from trustplanner.store.refusal import refuse_if_needed
from trustplanner.store.schema import MIGRATIONS, applied_migrations, migrations
from trustplanner.store.transactions import Store


def open_store(
    data_dir: Path, *, check_in_background: bool = False, check_after: float = 0.0
) -> Store:
    """Open (and create or migrate) the store in `data_dir`.

    A damaged file raises StoreDamaged before anything is written to it. The quick
    check of every page runs now, or beside the caller with `check_in_background`
    (the window), `check_after` seconds from now, in which case writes wait for it.
    Before a schema update, the old file is backed up.
    """
    private_folder(data_dir)
    path = data_dir / DB_FILENAME
    refuse_if_needed(path)
    existed = path.exists()
    if existed:
        damage = damage_before_opening(path)
        if damage is not None:
            raise StoreDamaged(path, damage)
    private_file(path)
    conn = connect(path)
    try:
        applied = applied_migrations(conn)
        must_update = applied < len(MIGRATIONS)
        if existed and (must_update or not check_in_background):
            damage = quick_check(conn)
            if damage is not None:
                close_without_writing(conn, path)
                raise StoreDamaged(path, damage)
        conn.execute("PRAGMA foreign_keys = ON")
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
        # FULL: a kept agreement survives a power cut; actions write little, so it costs little.
        conn.execute("PRAGMA synchronous = FULL")
        store = Store(conn, path)
        if existed and applied > 0 and must_update:
            from trustplanner.store.backups import BackupFailed, back_up_before_update

            try:
                back_up_before_update(data_dir, path, applied, dt.date.today())
            except BackupFailed:
                conn.close()  # not updated without a copy of the old: left as it was
                raise
        if must_update:
            migrations().apply(store.db)
        elif existed and check_in_background:
            store.check_in_background(check_after)
        if existed and conn.execute("SELECT 1 FROM sync_state WHERE key = 'folder'").fetchone():
            from trustplanner.sync.engine import attach

            attach(store)
    except StoreDamaged:
        raise
    except sqlite3.DatabaseError as problem:
        if is_damage(problem):
            close_without_writing(conn, path)
            raise StoreDamaged(path, Damage.DAMAGED, str(problem)) from problem
        conn.close()
        raise
    except BaseException:
        conn.close()
        raise
    return store


def open_reader(data_dir: Path) -> Reading | None:
    """Open the store for reading only; None when there is no store yet.

    A store of an older version is read through an updated copy in memory, and the
    file is left exactly as it was.
    """
    path = data_dir / DB_FILENAME
    refuse_if_needed(path)
    if not path.is_file():
        return None
    damage = damage_before_opening(path)
    if damage is not None:
        raise StoreDamaged(path, damage)
    conn = connect(path)
    try:
        applied = applied_migrations(conn)
    except sqlite3.DatabaseError as problem:
        if not is_damage(problem):
            conn.close()
            raise
        close_without_writing(conn, path)
        raise StoreDamaged(path, Damage.DAMAGED, str(problem)) from problem
    if applied == len(MIGRATIONS):
        return Reader(conn, path)
    # Left by an older version: read through an updated copy in memory. Reading never
    # changes the file; the window, or a command that writes, updates it (backed up first).
    memory = sqlite3.connect(":memory:")
    try:
        conn.backup(memory)
    except sqlite3.DatabaseError as problem:
        memory.close()
        if not is_damage(problem):
            conn.close()
            raise
        close_without_writing(conn, path)
        raise StoreDamaged(path, Damage.DAMAGED, str(problem)) from problem
    conn.close()
    from sqlite_utils import Database

    migrations().apply(Database(memory, execute_plugins=False))
    return Reader(memory, path)
