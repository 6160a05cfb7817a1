"""Reading what is still readable in a damaged data file, for an export that saves it.

A damaged page holds a stretch of a table's rows. Reading in rowid order stops
where it begins; SQLite can still find the rows after it, by seeking past it
through the table's upper pages. Only the rows on the damaged pages are lost.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from trustplanner.store.damage import is_damage

_HIGHEST_ROWID = 2**63 - 1
_LOWEST_ROWID = -(2**63)


def _first_row(conn: sqlite3.Connection, table: str, first: int):
    """The row with the lowest rowid from `first` on: a tuple, None when there is none,
    or False when it lies on a damaged page.

    One row at a time, with LIMIT 1: Python's sqlite3 reads a row ahead while it hands
    one out, so a scan that meets damage loses the row before it; this does not.
    """
    try:
        row = conn.execute(
            f"SELECT rowid, * FROM [{table}] WHERE rowid >= ? ORDER BY rowid LIMIT 1", [first]
        ).fetchone()
    except sqlite3.DatabaseError as problem:
        if not is_damage(problem):
            raise
        return False
    return row


def _past_the_damage(conn: sqlite3.Connection, table: str, unreadable: int) -> int | None:
    """The lowest rowid above `unreadable` from which reading can go on; None if none.

    Whether a seek succeeds changes once, at the end of the damaged stretch: steps
    that double find a readable place, halving narrows it down to the first one.
    """
    low, step = unreadable, 1
    while True:
        high = min(unreadable + step, _HIGHEST_ROWID)
        if _first_row(conn, table, high) is not False:
            break
        if high == _HIGHEST_ROWID:
            return None
        low, step = high, step * 2
    while high - low > 1:
        middle = (low + high) // 2
        if _first_row(conn, table, middle) is not False:
            high = middle
        else:
            low = middle
    return high


def readable_rows(conn: sqlite3.Connection, table: str) -> tuple[list[dict[str, Any]], bool]:
    """Every row of `table` that can be read, in rowid order, and whether that is all."""
    names = [column[1] for column in conn.execute(f"PRAGMA table_info([{table}])")]
    rows: list[dict[str, Any]] = []
    whole = True
    first = _LOWEST_ROWID
    while True:
        try:
            cursor = conn.execute(
                f"SELECT rowid, * FROM [{table}] WHERE rowid >= ? ORDER BY rowid", [first]
            )
            for rowid, *values in cursor:
                rows.append(dict(zip(names, values, strict=True)))
                first = rowid + 1
            return rows, whole
        except sqlite3.DatabaseError as problem:
            if not is_damage(problem):
                raise
        whole = False
        while row := _first_row(conn, table, first):
            rows.append(dict(zip(names, row[1:], strict=True)))
            first = row[0] + 1
        if row is None:
            return rows, whole
        found = _past_the_damage(conn, table, first)
        if found is None:
            return rows, whole
        first = found
