"""Stores damaged in each of the ways a file can go wrong."""

import shutil
import sqlite3
from pathlib import Path

from trustplanner.store.database import DB_FILENAME, MIGRATIONS

# A store of the current version, with rows in every table.
FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / f"store_v{len(MIGRATIONS)}.db"


def damaged_pages(data_dir: Path) -> Path:
    """A store whose middle pages were overwritten, as a failing disk might leave it."""
    path = data_dir / DB_FILENAME
    shutil.copy(FIXTURE, path)
    return overwrite_middle_pages(path)


def overwrite_middle_pages(path: Path) -> Path:
    with sqlite3.connect(path) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.close()
    with path.open("r+b") as file:
        file.seek(page_size * (pages // 2))
        file.write(b"\xa5" * page_size * 2)
    return path


def not_a_database(data_dir: Path) -> Path:
    path = data_dir / DB_FILENAME
    path.write_text("Dear diary,\n" * 500)
    return path


def empty_file(data_dir: Path) -> Path:
    path = data_dir / DB_FILENAME
    path.write_bytes(b"")
    return path


def cut_short(data_dir: Path) -> Path:
    """A store whose end was lost: the header is there, half the pages are not."""
    path = data_dir / DB_FILENAME
    shutil.copy(FIXTURE, path)
    with path.open("r+b") as file:
        file.truncate(path.stat().st_size // 2)
    return path


KINDS = {
    "damaged pages": damaged_pages,
    "not a database": not_a_database,
    "empty": empty_file,
    "cut short": cut_short,
}


def store_with_a_backup(data_dir: Path) -> None:
    """A current store with one setting written before its backup of 24 November 2026."""
    import datetime as dt

    from trustplanner.store.backups import back_up
    from trustplanner.store.database import open_store

    shutil.copy(FIXTURE, data_dir / DB_FILENAME)
    store = open_store(data_dir)
    with store.action():
        store.insert("settings", {"key": "before_the_damage", "value": "1"})
    store.close()
    back_up(data_dir, data_dir / DB_FILENAME, dt.date(2026, 11, 24))


def damaged_with_a_log(data_dir: Path) -> Path:
    """Damaged pages, and committed writes that still live in the -wal file.

    This is how a computer that stopped leaves a store: closing the last connection
    would copy the log into the damaged file, which must not happen.
    """
    path = data_dir / DB_FILENAME
    shutil.copy(FIXTURE, path)
    writer = sqlite3.connect(path)
    writer.execute("PRAGMA journal_mode = WAL")
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    with writer:
        writer.execute("INSERT INTO settings (key, value) VALUES ('in_the_log', '1')")
    snapshot = data_dir / "snapshot"
    snapshot.mkdir()
    for name in (DB_FILENAME, DB_FILENAME + "-wal"):
        shutil.copy(data_dir / name, snapshot / name)
    writer.close()
    for name in (DB_FILENAME, DB_FILENAME + "-wal"):
        shutil.move(snapshot / name, data_dir / name)
    snapshot.rmdir()
    return overwrite_middle_pages_only(path)


def overwrite_middle_pages_only(path: Path) -> Path:
    """Overwrite pages without opening the file with SQLite (which could tidy its log)."""
    page_size = int.from_bytes(path.read_bytes()[16:18], "big")
    pages = path.stat().st_size // page_size
    with path.open("r+b") as file:
        file.seek(page_size * (pages // 2))
        file.write(b"\xa5" * page_size * 2)
    return path
