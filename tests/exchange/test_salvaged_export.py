"""An export from a damaged file: what could be read, kept whole enough to import."""

import datetime as dt
import sqlite3

import pytest

from tests.conftest import EXPORTED_AT
from tests.exchange.conftest import dump
from tests.store.damaged_files import damage_index, damage_table
from trustplanner.exchange.checking import check_document
from trustplanner.exchange.exporting import export_document, write_json
from trustplanner.exchange.importing import import_document
from trustplanner.store.database import open_reader, open_store


def _filled(data_dir, demo_document):
    store = open_store(data_dir)
    import_document(store, demo_document)
    store.close()
    return data_dir / "trustplanner.db"


def test_a_sound_file_exports_as_it_always_did(data_dir, demo_document, tmp_path):
    _filled(data_dir, demo_document)
    reader = open_reader(data_dir)
    try:
        exported = write_json(reader, tmp_path / "e.json", EXPORTED_AT)
    finally:
        reader.close()
    assert not exported.damaged
    assert exported.counts["agreements"] == len(demo_document["agreements"])


def test_lost_items_take_their_events_along_and_leave_their_agreements_unlinked(
    data_dir, demo_document, tmp_path
):
    database = _filled(data_dir, demo_document)
    damage_table(database, "items")
    reader = open_reader(data_dir)
    try:
        document = export_document(reader, EXPORTED_AT)
        exported = write_json(reader, tmp_path / "e.json", EXPORTED_AT)
    finally:
        reader.conn.close()
    assert exported.damaged
    items = {item["id"] for item in document["items"]}
    assert 0 < len(items) < len(demo_document["items"])
    assert all(event["item_id"] in items for event in document["events"])
    assert len(document["events"]) < len(demo_document["events"])
    # No agreement is lost with its item: only the link to where it came from goes.
    assert len(document["agreements"]) == len(demo_document["agreements"])
    assert {a["item_id"] for a in document["agreements"]} - {None} <= items
    assert any(a["item_id"] is None for a in document["agreements"])
    assert all(item["parent_id"] in items | {None} for item in document["items"])
    check_document(document)  # raises if anything refers to nothing

    fresh = open_store(tmp_path / "fresh")
    try:
        import_document(fresh, document)
        assert len(dump(fresh)["agreements"]) == len(document["agreements"])
    finally:
        fresh.close()


def test_a_damaged_index_loses_nothing(data_dir, demo_document):
    database = _filled(data_dir, demo_document)
    with sqlite3.connect(database) as conn:
        sound = export_document(_Plain(conn), EXPORTED_AT)
    conn.close()
    damage_index(database, "items_by_day")
    reader = open_reader(data_dir)
    try:
        salvaged = export_document(reader, EXPORTED_AT)
    finally:
        reader.conn.close()
    assert salvaged == sound


class _Plain:
    """The least a reader is: a connection and its rows."""

    def __init__(self, conn):
        self.conn = conn

    def rows(self, sql, params=()):
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor]

    def value(self, sql, params=()):
        return self.conn.execute(sql, params).fetchone()[0]


@pytest.mark.parametrize(
    "last_day",
    [dt.date(2026, 11, 25), dt.date(2026, 12, 5), dt.date(2027, 3, 28), dt.date(2028, 2, 29)],
)
@pytest.mark.parametrize(("damage", "whole"), [("table", False), ("index", True)])
def test_the_verdict_on_a_damaged_demo_does_not_depend_on_its_dates(
    tmp_path, last_day, damage, whole
):
    """The demo's layout changes with its dates; damage placed by name does not."""
    from trustplanner.demo import fill_store

    store = open_store(tmp_path)
    fill_store(store, 30, last_day)
    sound = export_document(store, EXPORTED_AT)
    store.close()
    if damage == "table":
        damage_table(tmp_path / "trustplanner.db", "agreements")
    else:
        damage_index(tmp_path / "trustplanner.db", "agreements_by_day")
    reader = open_reader(tmp_path)
    try:
        exported = write_json(reader, tmp_path / "e.json", EXPORTED_AT)
    finally:
        reader.conn.close()
    assert exported.damaged
    kept = exported.counts["agreements"]
    assert (kept == len(sound["agreements"])) is whole and kept > 0
