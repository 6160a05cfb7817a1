"""Stores damaged in each of the ways a file can go wrong."""

import shutil
import sqlite3
from pathlib import Path

from trustplanner.store.connection import DB_FILENAME
from trustplanner.store.schema import MIGRATIONS

# A store of the current version, with rows in every table.
FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / f"store_v{len(MIGRATIONS)}.db"


def damaged_pages(data_dir: Path) -> Path:
    """A store with a page of its agreements overwritten, as a failing disk might leave it."""
    path = data_dir / DB_FILENAME
    shutil.copy(FIXTURE, path)
    return damage_table(path, "agreements")


def pages_of(path: Path, name: str, kind: str = "leaf") -> list[int]:
    """The numbers of the pages that hold table or index `name` (`kind`: leaf or internal).

    Found through SQLite's dbstat table, so that a test damages what it means to
    whatever else the file holds: the layout of a demo store changes with its dates.
    """
    with sqlite3.connect(path) as conn:
        pages = [
            number
            for (number,) in conn.execute(
                "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = ? ORDER BY pageno",
                [name, kind],
            )
        ]
    conn.close()
    if not pages:
        raise ValueError(f"{path} has no {kind} page of {name}")
    return pages


def page_size(path: Path) -> int:
    # The header says it: a file need not be opened with SQLite for this.
    size = int.from_bytes(path.read_bytes()[16:18], "big")
    return 65536 if size == 1 else size


def overwrite_pages(path: Path, pages: list[int]) -> Path:
    """Overwrite pages (counted from 1, as SQLite does) without opening the file with SQLite."""
    size = page_size(path)
    with path.open("r+b") as file:
        for number in pages:
            file.seek(size * (number - 1))
            file.write(b"\xa5" * size)
    return path


def damage_table(path: Path, table: str) -> Path:
    """Overwrite the middle one of the pages that hold the rows of `table`.

    Its other pages stay sound, so a reader that seeks past the damage finds them.
    """
    leaves = pages_of(path, table)
    return overwrite_pages(path, [leaves[len(leaves) // 2]])


def damage_index(path: Path, index: str) -> Path:
    """Overwrite every page of `index`: the tables stay whole, only a check finds it."""
    pages = pages_of(path, index) + _internal_pages(path, index)
    return overwrite_pages(path, pages)


def _internal_pages(path: Path, name: str) -> list[int]:
    try:
        return pages_of(path, name, "internal")
    except ValueError:
        return []


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
    agreements = pages_of(path, "agreements")
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
    # Written without SQLite, which could tidy the log away.
    return overwrite_pages(path, [agreements[len(agreements) // 2]])


def from_a_newer_version(database) -> None:
    """Mark a store as updated by a later Trust Planner: a migration this one does not know."""
    import sqlite3

    with sqlite3.connect(database) as conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
            " SELECT migration_set, '0999_from_the_future', '2030-01-01' FROM _sqlite_migrations"
            " ORDER BY id LIMIT 1"
        )
    conn.close()
