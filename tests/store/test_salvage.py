"""Reading what a damaged file still holds: every row but those on the damaged pages."""

import sqlite3

import pytest

from tests.store.damaged_files import overwrite_pages, pages_of
from trustplanner.store.salvage import readable_rows

ROWS = 3000


@pytest.fixture
def table(tmp_path):
    """A table of numbered rows over many pages, with gaps in its rowids."""
    path = tmp_path / "rows.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
        conn.executemany(
            "INSERT INTO t VALUES (?, ?)", [(n * 3, f"row {n} " + "x" * 40) for n in range(ROWS)]
        )
        conn.execute("CREATE INDEX t_by_text ON t(text)")
    conn.close()
    return path


def _rows_on(path, page: int) -> set[int]:
    # Which rows a page holds, asked before it is damaged.
    with sqlite3.connect(path) as conn:
        # In the order of the tree's paths, which is the order of the rows.
        leaves = conn.execute(
            "SELECT pageno, ncell FROM dbstat WHERE name = 't' AND pagetype = 'leaf' ORDER BY path"
        ).fetchall()
        numbers = [number for number, _ in leaves]
        before = sum(cells for _, cells in leaves[: numbers.index(page)])
        cells = leaves[numbers.index(page)][1]
        ids = [row[0] for row in conn.execute("SELECT id FROM t ORDER BY id")]
    conn.close()
    return set(ids[before : before + cells])


def _read(path):
    with sqlite3.connect(path) as conn:
        rows, whole = readable_rows(conn, "t")
    conn.close()
    return [row["id"] for row in rows], whole


def test_a_sound_table_is_read_whole_in_order(table):
    ids, whole = _read(table)
    assert whole and ids == [n * 3 for n in range(ROWS)]


@pytest.mark.parametrize("which", ["first", "middle", "last"])
def test_only_the_rows_on_a_damaged_page_are_lost(table, which):
    leaves = pages_of(table, "t")
    page = {"first": leaves[0], "middle": leaves[len(leaves) // 2], "last": leaves[-1]}[which]
    lost = _rows_on(table, page)
    overwrite_pages(table, [page])
    with sqlite3.connect(table) as conn, pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT * FROM t").fetchall()
    conn.close()

    ids, whole = _read(table)
    assert not whole
    assert set(ids) == {n * 3 for n in range(ROWS)} - lost
    assert ids == sorted(ids) and lost


def test_two_damaged_stretches_are_both_passed(table):
    leaves = pages_of(table, "t")
    pages = [leaves[3], leaves[4], leaves[-5]]
    lost = set().union(*(_rows_on(table, page) for page in pages))
    overwrite_pages(table, pages)
    ids, whole = _read(table)
    assert not whole and set(ids) == {n * 3 for n in range(ROWS)} - lost


def test_a_damaged_index_leaves_the_rows_whole(table):
    overwrite_pages(table, pages_of(table, "t_by_text"))
    ids, whole = _read(table)
    assert whole and len(ids) == ROWS


def test_a_table_whose_upper_page_is_lost_gives_what_it_can_without_failing(table):
    overwrite_pages(table, pages_of(table, "t", "internal"))
    ids, whole = _read(table)
    assert not whole and ids == []
