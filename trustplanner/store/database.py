"""The store: the one place that opens the SQLite file, owns its schema and migrates it.

Every write happens inside `Store.action()`: one transaction per user action,
recorded as a ChangeSet so that the window can undo and redo it.

sqlite-utils runs the migrations and the demo's bulk writes. It is imported only
for those: with its dependencies (numpy among them) it would double the memory of
the tray, which otherwise needs nothing beyond the standard library's sqlite3.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trustplanner.store.changes import ChangeSet, Key, Row, StaleChange
from trustplanner.store.damage import (
    Damage,
    StoreDamaged,
    check_and_close,
    close_without_writing,
    damage_before_opening,
    is_damage,
    quick_check,
)
from trustplanner.store.private_files import private_file, private_folder

if TYPE_CHECKING:
    from concurrent.futures import Future

    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

DB_FILENAME = "trustplanner.db"
BUSY_TIMEOUT_SECONDS = 10

# The primary key of every table that user actions write to.
PRIMARY_KEYS = {
    "items": "id",
    "agreements": "id",
    "events": "id",
    "day_capacity": "day",
    "settings": "key",
    "fears": "id",
    "ladders": "id",
    "ladder_steps": "id",
    "nudges": "id",
    "imported": "id",
}

MIGRATION_SET = "trustplanner"


def _initial_schema(db: Database) -> None:
    for statement in (
        """CREATE TABLE items (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL CHECK (length(trim(title)) > 0 AND length(title) <= 500),
            minutes INTEGER CHECK (minutes IS NULL OR minutes BETWEEN 1 AND 720),
            day TEXT NOT NULL CHECK (date(day) IS day),
            state TEXT NOT NULL DEFAULT 'planned'
                CHECK (state IN ('planned', 'agreed', 'let_go', 'split')),
            parent_id INTEGER REFERENCES items(id),
            position REAL NOT NULL DEFAULT 0,
            note TEXT CHECK (note IS NULL OR length(note) <= 2000),
            created_at TEXT NOT NULL
        )""",
        "CREATE INDEX items_by_day ON items(day, state)",
        "CREATE INDEX items_by_parent ON items(parent_id)",
        """CREATE TABLE agreements (
            id INTEGER PRIMARY KEY,
            item_id INTEGER REFERENCES items(id),
            title TEXT NOT NULL CHECK (length(trim(title)) > 0 AND length(title) <= 500),
            minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 720),
            day TEXT NOT NULL CHECK (date(day) IS day),
            made_at TEXT NOT NULL,
            outcome TEXT CHECK (outcome IS NULL
                OR outcome IN ('kept', 'renegotiated', 'didnt_happen')),
            late INTEGER NOT NULL DEFAULT 0 CHECK (late IN (0, 1)),
            ended_at TEXT,
            note TEXT CHECK (note IS NULL OR length(note) <= 2000),
            renegotiated_from INTEGER REFERENCES agreements(id),
            CHECK ((outcome IS NULL) = (ended_at IS NULL))
        )""",
        "CREATE INDEX agreements_by_day ON agreements(day)",
        "CREATE INDEX agreements_by_item ON agreements(item_id)",
        "CREATE INDEX agreements_open ON agreements(day) WHERE outcome IS NULL",
        """CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('moved', 'let_go', 'split')),
            item_id INTEGER NOT NULL REFERENCES items(id),
            from_day TEXT NOT NULL,
            to_day TEXT,
            note TEXT CHECK (note IS NULL OR length(note) <= 2000)
        )""",
        "CREATE INDEX events_by_day ON events(from_day)",
        "CREATE INDEX events_by_item ON events(item_id)",
        """CREATE TABLE day_capacity (
            day TEXT PRIMARY KEY CHECK (date(day) IS day),
            minutes INTEGER NOT NULL CHECK (minutes BETWEEN 0 AND 1440)
        )""",
        "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    ):
        db.execute(statement)


def _fears_and_ladders(db: Database) -> None:
    for statement in (
        """CREATE TABLE ladders (
            id INTEGER PRIMARY KEY,
            theme TEXT NOT NULL CHECK (length(trim(theme)) > 0 AND length(theme) <= 500),
            created_at TEXT NOT NULL
        )""",
        """CREATE TABLE ladder_steps (
            id INTEGER PRIMARY KEY,
            ladder_id INTEGER NOT NULL REFERENCES ladders(id),
            description TEXT NOT NULL
                CHECK (length(trim(description)) > 0 AND length(description) <= 500),
            expected_anxiety INTEGER NOT NULL CHECK (expected_anxiety BETWEEN 0 AND 100),
            position REAL NOT NULL
        )""",
        "CREATE INDEX ladder_steps_by_ladder ON ladder_steps(ladder_id, position)",
        """CREATE TABLE fears (
            id INTEGER PRIMARY KEY,
            day TEXT NOT NULL CHECK (date(day) IS day),
            situation TEXT NOT NULL
                CHECK (length(trim(situation)) > 0 AND length(situation) <= 500),
            anxiety_before INTEGER NOT NULL CHECK (anxiety_before BETWEEN 0 AND 100),
            anxiety_after INTEGER NOT NULL CHECK (anxiety_after BETWEEN 0 AND 100),
            outcome TEXT NOT NULL CHECK (outcome IN ('happened', 'partly', 'not')),
            feared TEXT CHECK (feared IS NULL OR length(feared) <= 2000),
            belief_before INTEGER CHECK (belief_before IS NULL OR belief_before BETWEEN 0 AND 100),
            expected_anxiety INTEGER
                CHECK (expected_anxiety IS NULL OR expected_anxiety BETWEEN 0 AND 100),
            peak_anxiety INTEGER CHECK (peak_anxiety IS NULL OR peak_anxiety BETWEEN 0 AND 100),
            what_happened TEXT CHECK (what_happened IS NULL OR length(what_happened) <= 2000),
            belief_after INTEGER CHECK (belief_after IS NULL OR belief_after BETWEEN 0 AND 100),
            learned TEXT CHECK (learned IS NULL OR length(learned) <= 2000),
            tags TEXT NOT NULL DEFAULT '[]',
            step_id INTEGER REFERENCES ladder_steps(id),
            agreement_id INTEGER REFERENCES agreements(id),
            created_at TEXT NOT NULL
        )""",
        "CREATE INDEX fears_by_day ON fears(day)",
        "CREATE INDEX fears_by_step ON fears(step_id)",
        # An agreement can be a planned step of a fear ladder.
        "ALTER TABLE agreements ADD COLUMN step_id INTEGER REFERENCES ladder_steps(id)",
    ):
        db.execute(statement)


def _nudges(db: Database) -> None:
    # One row per day and nudge ("2026-11-25/morning"), and one for a day's pause.
    db.execute(
        """CREATE TABLE nudges (
            id TEXT PRIMARY KEY,
            day TEXT NOT NULL CHECK (date(day) IS day),
            kind TEXT NOT NULL CHECK (kind IN ('morning', 'evening', 'pause')),
            shown_at TEXT,
            snoozed_until TEXT,
            closed INTEGER NOT NULL DEFAULT 0 CHECK (closed IN (0, 1))
        )"""
    )


def _import_identity(db: Database) -> None:
    import uuid

    # Exports name the store they came from, and imports remember what they added,
    # so that importing the same file twice adds nothing twice.
    db.execute(
        "CREATE TABLE store_identity (id INTEGER PRIMARY KEY CHECK (id = 1), uid TEXT NOT NULL)"
    )
    db.execute("INSERT INTO store_identity (id, uid) VALUES (1, ?)", [uuid.uuid4().hex])
    db.execute(
        """CREATE TABLE imported (
            source TEXT NOT NULL,
            kind TEXT NOT NULL,
            source_id TEXT NOT NULL,
            local_id TEXT NOT NULL,
            PRIMARY KEY (source, kind, source_id)
        )"""
    )


def _undoable_imports(db: Database) -> None:
    # A key of its own, so that undoing an import takes back what it remembered too:
    # otherwise a record made after the undo could take a freed id and be mistaken
    # for the imported one.
    for statement in (
        """CREATE TABLE imported_v5 (
            id INTEGER PRIMARY KEY,
            source TEXT NOT NULL,
            kind TEXT NOT NULL,
            source_id TEXT NOT NULL,
            local_id TEXT NOT NULL,
            UNIQUE (source, kind, source_id)
        )""",
        "INSERT INTO imported_v5 (source, kind, source_id, local_id)"
        " SELECT source, kind, source_id, local_id FROM imported",
        "DROP TABLE imported",
        "ALTER TABLE imported_v5 RENAME TO imported",
        "CREATE INDEX imported_by_local ON imported(kind, local_id)",
    ):
        db.execute(statement)


def _endings_index(db: Database) -> None:
    # Everything the self-trust index reads, in one index: a glance at ten years
    # (`trustplanner status`, the tray) reads it without touching the table.
    db.execute(
        "CREATE INDEX agreements_endings ON agreements(day, outcome, late)"
        " WHERE outcome IS NOT NULL"
    )


def _planned_items_index(db: Database) -> None:
    # The plan asks after every change what is still planned and left over from days
    # gone by; after years of use that is few items among tens of thousands.
    db.execute("CREATE INDEX items_planned ON items(day, position, id) WHERE state = 'planned'")


# Every migration ever shipped, in order; each runs once, in its own transaction.
MIGRATIONS = [
    ("0001_initial", _initial_schema),
    ("0002_fears_and_ladders", _fears_and_ladders),
    ("0003_nudges", _nudges),
    ("0004_import_identity", _import_identity),
    ("0005_undoable_imports", _undoable_imports),
    ("0006_endings_index", _endings_index),
    ("0007_planned_items_index", _planned_items_index),
]


def migrations() -> Migrations:
    """The migration set, built when first needed (it needs sqlite-utils)."""
    from sqlite_utils.migrations import Migrations

    migration_set = Migrations(MIGRATION_SET)
    for name, migrate in MIGRATIONS:
        migration_set(name=name)(migrate)
    return migration_set


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


class Store(Reading):
    """An open trustplanner store. Create it with `open_store`."""

    def __init__(self, conn: sqlite3.Connection, path: Path):
        self.conn = conn
        self.path = path
        self._change: ChangeSet | None = None
        self._savepoints = 0
        # Imported here, not with the module: `status` reads through this module and
        # must stay light, and concurrent.futures brings logging along.
        from concurrent.futures import Future

        self.checked: Future[Damage | None] = Future()
        self.checked.set_result(None)
        self._waiting_check = None  # a check that has not started yet
        self._when_damaged: list[Callable[[Damage], None]] = []

    def check_in_background(self, after: float = 0.0) -> None:
        """Run SQLite's quick check on a second connection, `after` seconds from now;
        writes wait for its verdict.

        Ten years of data take a quarter of a second to check: the window need not
        wait for that before it shows, but nothing is written until the file is known
        sound. On a computer with two cores, the check would slow the window's start if
        it ran beside it; waiting a moment lets the window be drawn first.
        """
        import threading
        from concurrent.futures import Future

        self.checked = Future()
        check = threading.Timer(after, self._check, args=(self.checked,))
        check.name, check.daemon = "store check", True
        check.start()
        self._waiting_check = check

    def _check(self, verdict: Future[Damage | None]) -> None:
        try:
            damage = check_and_close(_connect(self.path), self.path)
        except sqlite3.Error as problem:
            damage = Damage.DAMAGED if is_damage(problem) else None
        _give(verdict, damage)

    def when_damaged(self, callback: Callable[[Damage], None]) -> None:
        """Have `callback(damage)` called, on any thread, once damage is known: found by
        the check, or met later (`found_damaged`)."""
        self._when_damaged.append(callback)
        self.checked.add_done_callback(
            lambda verdict: verdict.cancelled() or self._tell(callback, verdict.result())
        )

    def _tell(self, callback: Callable[[Damage], None], damage: Damage | None) -> None:
        if damage is not None:
            callback(damage)

    def found_damaged(self, damage: Damage) -> None:
        """Damage met after the check (by an export's own check): nothing is written from
        now on, and whoever waits for damage is told."""
        if self._waiting_check is not None:
            self._waiting_check.cancel()
        if not self.checked.done():
            _give(self.checked, damage)
            return
        if self.checked.cancelled() or self.checked.result() is not None:
            return  # closed, or known already and told
        from concurrent.futures import Future

        self.checked = Future()
        self.checked.set_result(damage)
        for callback in self._when_damaged:
            self._tell(callback, damage)

    def _wait_for_check(self) -> None:
        damage = self.checked.result()
        if damage is not None:
            raise StoreDamaged(self.path, damage)

    @functools.cached_property
    def db(self) -> Database:
        """The same connection through sqlite-utils, for migrations and bulk writes."""
        from sqlite_utils import Database

        return Database(self.conn, execute_plugins=False)

    # -- reading -------------------------------------------------------------

    def _row(self, table: str, key: Any) -> Row | None:
        found = self.rows(f"SELECT * FROM [{table}] WHERE [{PRIMARY_KEYS[table]}] = ?", [key])
        return found[0] if found else None

    # -- writing -------------------------------------------------------------

    @contextlib.contextmanager
    def action(self) -> Iterator[ChangeSet]:
        """One user action: a transaction whose changes are recorded for undo.

        Actions nest: an inner action joins the outer one, so that a
        composite action is still one transaction and one undo step.
        """
        if self._change is not None:
            with self._transaction():
                yield self._change
            return
        self._wait_for_check()
        change = ChangeSet()
        self._change = change
        try:
            with self._transaction():
                yield change
                for table, key in change.keys:
                    change.after[(table, key)] = self._row(table, key)
        finally:
            self._change = None

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        """A transaction, or a savepoint inside one; rolled back on any exception."""
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self.conn.rollback()
                raise
            self.conn.commit()
            return
        self._savepoints += 1
        name = f"action_{self._savepoints}"
        self.conn.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            # A failed statement may have ended the whole transaction already.
            if self.conn.in_transaction:
                self.conn.execute(f"ROLLBACK TO {name}")
                self.conn.execute(f"RELEASE {name}")
            raise
        finally:
            self._savepoints -= 1
        self.conn.execute(f"RELEASE {name}")

    def _recording(self) -> ChangeSet:
        if self._change is None:
            raise RuntimeError("writes belong inside Store.action()")
        return self._change

    def insert(self, table: str, values: dict[str, Any]) -> Any:
        """Insert a row and return its primary key."""
        change = self._recording()
        columns = ", ".join(f"[{name}]" for name in values)
        marks = ", ".join("?" for _ in values)
        cursor = self.conn.execute(
            f"INSERT INTO [{table}] ({columns}) VALUES ({marks})", list(values.values())
        )
        pk = PRIMARY_KEYS[table]
        key = values.get(pk, cursor.lastrowid)
        change.before.setdefault((table, key), None)
        return key

    def update(self, table: str, key: Any, **values: Any) -> None:
        change = self._recording()
        self._remember(change, (table, key))
        assignments = ", ".join(f"[{name}] = ?" for name in values)
        self.conn.execute(
            f"UPDATE [{table}] SET {assignments} WHERE [{PRIMARY_KEYS[table]}] = ?",
            [*values.values(), key],
        )

    def upsert(self, table: str, values: dict[str, Any]) -> None:
        change = self._recording()
        self._remember(change, (table, values[PRIMARY_KEYS[table]]))
        self._write_row(table, values)

    def delete(self, table: str, key: Any) -> None:
        change = self._recording()
        self._remember(change, (table, key))
        self.conn.execute(f"DELETE FROM [{table}] WHERE [{PRIMARY_KEYS[table]}] = ?", [key])

    def _remember(self, change: ChangeSet, key: Key) -> None:
        if key not in change.before:
            change.before[key] = self._row(*key)

    def _write_row(self, table: str, row: Row) -> None:
        pk = PRIMARY_KEYS[table]
        columns = ", ".join(f"[{name}]" for name in row)
        marks = ", ".join("?" for _ in row)
        # A true upsert, not INSERT OR REPLACE: replacing would delete the row first.
        updates = ", ".join(f"[{name}] = excluded.[{name}]" for name in row if name != pk)
        self.conn.execute(
            f"INSERT INTO [{table}] ({columns}) VALUES ({marks}) "
            f"ON CONFLICT([{pk}]) DO UPDATE SET {updates}",
            list(row.values()),
        )

    # -- undo and redo -------------------------------------------------------

    def undo(self, change: ChangeSet) -> None:
        """Put back the rows as they were before `change`, in one transaction."""
        self._apply(change.keys[::-1], expected=change.after, wanted=change.before)

    def redo(self, change: ChangeSet) -> None:
        """Make the rows as they were after `change` again, in one transaction."""
        self._apply(change.keys, expected=change.before, wanted=change.after)

    def _apply(
        self, keys: list[Key], expected: dict[Key, Row | None], wanted: dict[Key, Row | None]
    ) -> None:
        self._wait_for_check()
        with self._transaction():
            # Rows come back in any order; the constraints are checked at commit.
            self.conn.execute("PRAGMA defer_foreign_keys = ON")
            for key in keys:
                if self._row(*key) != expected.get(key):
                    raise StaleChange(f"{key} changed since")
            for key in keys:
                table, pk_value = key
                row = wanted.get(key)
                if row is None:
                    self.conn.execute(
                        f"DELETE FROM [{table}] WHERE [{PRIMARY_KEYS[table]}] = ?", [pk_value]
                    )
                else:
                    self._write_row(table, row)

    # -- lifetime ------------------------------------------------------------

    @property
    def schema_version(self) -> int:
        """How many migrations this store has had."""
        return _applied(self.conn)

    def close(self) -> None:
        if self._waiting_check is not None:
            self._waiting_check.cancel()  # a closed store is not checked any more
        # Whoever still waits for the verdict (the daily backup) is let go, not kept forever.
        self.checked.cancel()
        told = self.checked.done() and not self.checked.cancelled()
        found = self.checked.result() if told else None
        if found is None:
            self.conn.close()
        else:
            close_without_writing(self.conn, self.path)


def _give(verdict: Future[Damage | None], damage: Damage | None) -> None:
    """Settle the check's verdict, unless it was settled meanwhile (`found_damaged` and
    the check may meet at once) or given up (the store closed)."""
    from concurrent.futures import InvalidStateError

    with contextlib.suppress(InvalidStateError):
        verdict.set_result(damage)


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_SECONDS)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_SECONDS * 1000}")
    return conn


def _applied(conn: sqlite3.Connection) -> int:
    """How many of this app's migrations the file has had (0 for a new file)."""
    has_table = conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
    ).fetchone()[0]
    if not has_table:
        return 0
    return conn.execute(
        "SELECT count(*) FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
    ).fetchone()[0]


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
    existed = path.exists()
    if existed:
        damage = damage_before_opening(path)
        if damage is not None:
            raise StoreDamaged(path, damage)
    private_file(path)
    conn = _connect(path)
    try:
        applied = _applied(conn)
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
            from trustplanner.store.backups import back_up_before_update

            back_up_before_update(data_dir, path, applied, dt.date.today())
        if must_update:
            migrations().apply(store.db)
        elif existed and check_in_background:
            store.check_in_background(check_after)
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

    A store that still needs a migration is opened (and migrated) as a full store.
    """
    path = data_dir / DB_FILENAME
    if not path.is_file():
        return None
    damage = damage_before_opening(path)
    if damage is not None:
        raise StoreDamaged(path, damage)
    conn = _connect(path)
    try:
        applied = _applied(conn)
    except sqlite3.DatabaseError as problem:
        if not is_damage(problem):
            conn.close()
            raise
        close_without_writing(conn, path)
        raise StoreDamaged(path, Damage.DAMAGED, str(problem)) from problem
    if applied == len(MIGRATIONS):
        return Reader(conn, path)
    conn.close()
    return open_store(data_dir)
