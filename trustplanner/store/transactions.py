"""The open store: every write inside `Store.action()`, one transaction per user
action, recorded as a ChangeSet so that the window can undo and redo it; and no write
until the check of the file's pages has found it sound."""

from __future__ import annotations

import contextlib
import functools
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trustplanner.store.changes import ChangeSet, Entry, Key, Row, StaleChange
from trustplanner.store.connection import Reading, connect
from trustplanner.store.damage import (
    Damage,
    StoreDamaged,
    check_and_close,
    close_without_writing,
    is_damage,
)
from trustplanner.store.schema import PRIMARY_KEYS, applied_migrations

if TYPE_CHECKING:
    from concurrent.futures import Future

    from sqlite_utils import Database


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
        # With the sync folder on: called inside each action's transaction, and undo's,
        # with the keys of the rows it touched (trustplanner/sync/engine.py).
        self.recorder: Callable[[Store, list[Key]], None] | None = None
        # With the sync folder on: the id for a new row of a table, or None for SQLite's
        # own (SQLite gives again the id of the newest row once it is deleted, and
        # another computer knows that row by it).
        self.id_for: Callable[[Store, str], int | None] | None = None

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
            damage = check_and_close(connect(self.path), self.path)
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
                change.seal(lambda key: self._row(*key))
                if self.recorder is not None and change:
                    # Only rows that changed: saving all settings because one changed
                    # must not send the others as new.
                    self.recorder(self, [key for key, was, now in change.entries() if was != now])
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
        pk = PRIMARY_KEYS[table]
        if self.id_for is not None and pk not in values:
            fresh = self.id_for(self, table)
            if fresh is not None:
                values = {pk: fresh, **values}
        columns = ", ".join(f"[{name}]" for name in values)
        marks = ", ".join("?" for _ in values)
        cursor = self.conn.execute(
            f"INSERT INTO [{table}] ({columns}) VALUES ({marks})", list(values.values())
        )
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
        self._apply(change.entries(backwards=True), backwards=True)

    def redo(self, change: ChangeSet) -> None:
        """Make the rows as they were after `change` again, in one transaction."""
        self._apply(change.entries(), backwards=False)

    def _apply(self, entries: Iterator[Entry], *, backwards: bool) -> None:
        self._wait_for_check()
        with self._transaction():
            # Rows come back in any order; the constraints are checked at commit.
            self.conn.execute("PRAGMA defer_foreign_keys = ON")
            # One pass: a row found changed since rolls back all written before it, and
            # no action touches one row under two keys.
            touched = []
            for key, before, after in entries:
                touched.append(key)
                expected, wanted = (after, before) if backwards else (before, after)
                if self._row(*key) != expected:
                    raise StaleChange(f"{key} changed since")
                table, pk_value = key
                if wanted is None:
                    self.conn.execute(
                        f"DELETE FROM [{table}] WHERE [{PRIMARY_KEYS[table]}] = ?", [pk_value]
                    )
                else:
                    self._write_row(table, wanted)
            if self.recorder is not None:
                self.recorder(self, touched)

    # -- lifetime ------------------------------------------------------------

    @property
    def schema_version(self) -> int:
        """How many migrations this store has had."""
        return applied_migrations(self.conn)

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
