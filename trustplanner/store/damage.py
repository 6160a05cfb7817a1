"""Telling a damaged store from a good one, without writing to it."""

from __future__ import annotations

import enum
import errno
import os
import sqlite3
from pathlib import Path

# SQLite's primary result codes for a damaged file and for a file that is not a database.
_CORRUPT, _NOT_A_DATABASE = 11, 26


class Damage(enum.Enum):
    EMPTY = "empty"
    NOT_A_DATABASE = "not a database"
    DAMAGED = "damaged"


class StoreDamaged(Exception):
    """The data file cannot be used as it is; nothing has been written to it."""

    def __init__(self, path: Path, damage: Damage, detail: str = ""):
        super().__init__(f"{path}: {damage.value}" + (f" ({detail})" if detail else ""))
        self.path = path
        self.damage = damage
        self.detail = detail


class BackupFailed(Exception):
    """The copy could not be made or did not pass its check; nothing was replaced.
    Here, beside the other failures every command tells, for it loads nothing more."""


def beside(database: Path, suffix: str) -> Path:
    """The -wal or -shm file that SQLite keeps next to `database`."""
    return database.with_name(database.name + suffix)


def damage_before_opening(database: Path) -> Damage | None:
    """What shows without SQLite: an empty file, or one that is not a database at all."""
    if database.stat().st_size == 0:
        wal = beside(database, "-wal")
        # A store that was new when the computer stopped may live in its log so far.
        if wal.is_file() and wal.stat().st_size > 0:
            return None
        return Damage.EMPTY
    if _not_a_database(database) or belongs_to_another_program(database):
        return Damage.NOT_A_DATABASE
    return None


def _not_a_database(database: Path) -> bool:
    """Whether SQLite finds no database in the file. Asked through SQLite, never by
    opening the file here: closing a descriptor of the file would drop every lock this
    process holds on it, those of the window's own connection too, and another process
    could then take the file's log away from under it."""
    try:
        conn = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        conn.execute("PRAGMA schema_version").fetchone()
    except sqlite3.DatabaseError as problem:
        return (getattr(problem, "sqlite_errorcode", 0) or 0) & 0xFF == _NOT_A_DATABASE
    finally:
        conn.close()
    return False


def belongs_to_another_program(database: Path) -> bool:
    """An SQLite file with tables, but none of Trust Planner's: another program's data,
    which must not be changed (not even switched to WAL) by opening it. Looked at through
    a read-only connection; a file that cannot be read so is left to the usual checks."""
    from trustplanner.store.schema import MIGRATION_SET

    try:
        conn = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        names = {
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        }
        if not names:
            return False  # a new file, made by this app a moment ago
        if "_sqlite_migrations" not in names:
            return True
        ours = conn.execute(
            "SELECT count(*) FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
        ).fetchone()[0]
        return ours == 0
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def is_damage(problem: sqlite3.Error) -> bool:
    """Whether an error means a damaged file (and not, say, a busy one)."""
    code = getattr(problem, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in (_CORRUPT, _NOT_A_DATABASE)


def quick_check(conn: sqlite3.Connection) -> Damage | None:
    """SQLite's quick check of every page; None when the file is sound."""
    try:
        verdict = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as problem:
        if is_damage(problem):
            return Damage.DAMAGED
        raise
    return None if verdict == [("ok",)] else Damage.DAMAGED


def integrity_problems(conn: sqlite3.Connection) -> list[str]:
    """SQLite's full integrity check: what it found, or nothing when the file is sound."""
    try:
        verdict = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
    except sqlite3.DatabaseError as problem:
        if is_damage(problem):
            return [str(problem)]
        raise
    return [] if verdict == ["ok"] else verdict


def open_read_only(database: Path) -> sqlite3.Connection:
    """A connection that cannot write, for looking at a file that may be damaged."""
    return sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)


def close_without_writing(conn: sqlite3.Connection, database: Path) -> None:
    """Close a connection to a damaged file without SQLite writing to it.

    The last connection to close copies the -wal log into the file. A read-only
    connection held open meanwhile keeps the closing one from being the last, and
    cannot copy anything itself, so the file and its log stay as they were found.
    """
    try:
        witness = open_read_only(database)
        # A read takes the shared lock that WAL mode keeps while the connection is open.
        witness.execute("PRAGMA schema_version").fetchone()
    except sqlite3.Error:
        witness = None
    conn.close()
    if witness is not None:
        witness.close()


def damage_of(database: Path) -> Damage | None:
    """The damage of a file that is not open: its header, then SQLite's quick check.

    The check only reads. A plain connection, not a read-only one: on a store in WAL
    mode a read-only connection leaves empty -wal and -shm files behind.
    """
    damage = damage_before_opening(database)
    if damage is not None:
        return damage
    return check_and_close(sqlite3.connect(database), database)


def check_and_close(conn: sqlite3.Connection, database: Path) -> Damage | None:
    """SQLite's quick check on a connection of its own, closed after it without writing
    to a file found damaged (or one whose check could not finish)."""
    damage = Damage.DAMAGED
    try:
        damage = quick_check(conn)
        return damage
    finally:
        if damage is None:
            conn.close()
        else:
            close_without_writing(conn, database)


_FULL = 13  # SQLITE_FULL
# Less free space than this on the disk, and a failure is taken for a full disk.
NEARLY_FULL_BYTES = 256 * 1024


def disk_is_full(problem: BaseException, folder: Path) -> bool:
    """Whether a failure comes from a full disk rather than from damage: SQLite or the
    system says so, or the disk holding `folder` has next to no space left (a WAL file's
    -shm, which even reading needs, cannot be made then, and SQLite calls that a disk
    I/O error)."""
    code = getattr(problem, "sqlite_errorcode", None)
    if code is not None and code & 0xFF == _FULL:
        return True
    if getattr(problem, "errno", None) == errno.ENOSPC:
        return True
    if not isinstance(problem, (sqlite3.OperationalError, OSError)):
        return False
    try:
        stats = os.statvfs(folder)
    except (OSError, AttributeError):
        return False
    return stats.f_bavail * stats.f_frsize < NEARLY_FULL_BYTES


_READONLY = 8  # SQLITE_READONLY


def is_read_only(problem: BaseException) -> bool:
    """Whether a failure comes from a file or folder that may be read but not written
    (its permissions, or a disk mounted read-only): the data itself is fine."""
    code = getattr(problem, "sqlite_errorcode", None)
    if code is not None and code & 0xFF == _READONLY:
        return True
    return getattr(problem, "errno", None) in (errno.EACCES, errno.EPERM, errno.EROFS)


_IOERR = 10  # SQLITE_IOERR


def could_not_write(problem: BaseException) -> bool:
    """Whether SQLite could not write to the disk (an I/O error): what it was doing is
    rolled back, and the file is as it was before."""
    code = getattr(problem, "sqlite_errorcode", None)
    return code is not None and code & 0xFF == _IOERR
