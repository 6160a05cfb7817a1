"""Writing the store out: one JSON file with everything, or one CSV file per kind.

An export is also the way out of a damaged file, so one is never refused for
damage: SQLite's quick check says first whether the file is sound, and from a
damaged one every row that can still be read is written, kept whole enough to
import (a record whose required record was lost is left out; a reference that is
only a note of where a record came from is cleared).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from trustplanner import __version__
from trustplanner.exchange.fields import FORMAT, KEYED, KINDS, NUMBERED, ORIGINS, VERSION, to_file
from trustplanner.store.connection import Reading
from trustplanner.store.damage import quick_check
from trustplanner.store.private_files import private_folder, replace_privately
from trustplanner.store.salvage import readable_rows
from trustplanner.store.settings import settings_from_rows

# A store whose own name cannot be read any more still needs one in its export.
UNNAMED_SOURCE = "unreadable-store-name"


@dataclass(frozen=True)
class Exported:
    """What an export wrote: how many records of each kind, and whether the data file
    was damaged, so that only what could still be read was written."""

    counts: dict[str, int]
    damaged: bool = False

    @property
    def total(self) -> int:
        return sum(self.counts.values())


class _Source:
    """The rows of a store, read whole from a sound file and salvaged from a damaged one."""

    def __init__(self, reader: Reading):
        self.reader = reader
        self.damaged = quick_check(reader.conn) is not None

    def rows(self, table: str, order: str = "id") -> list[dict[str, Any]]:
        if not self.damaged:
            return self.reader.rows(f"SELECT * FROM [{table}] ORDER BY [{order}]")
        # In rowid order, which needs no index: an index may be what is damaged.
        rows, _ = readable_rows(self.reader.conn, table)
        return sorted(rows, key=lambda row: row[order])


def store_uid(reader: Reading) -> str:
    """The store's own name, written into its exports."""
    return reader.value("SELECT uid FROM store_identity WHERE id = 1")


def export_document(reader: Reading, now: dt.datetime) -> dict[str, Any]:
    """Everything in the store, in the export format (docs/export-format.md)."""
    return _document(_Source(reader), now)


def _document(source: _Source, now: dt.datetime) -> dict[str, Any]:
    identity = source.rows("store_identity")
    document: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "source": identity[0]["uid"] if identity else UNNAMED_SOURCE,
        "exported_at": now.isoformat(timespec="seconds"),
        "app_version": __version__,
        "settings": settings_from_rows(source.rows("settings", "key")).to_dict(),
    }
    for kind, fields in KINDS.items():
        document[kind] = [
            {field.name: to_file(field, row[field.name]) for field in fields}
            for row in source.rows(kind, KEYED.get(kind, "id"))
        ]
    if source.damaged:
        _hold_together(document)
    document[ORIGINS] = _origins(source, document)
    return document


def _hold_together(document: dict[str, Any]) -> None:
    """Leave out what refers to records that could not be read, so the file imports.

    A required reference (a ladder's step, a moved item's event) cannot be mended: the
    record goes. An optional one (where an agreement came from) is cleared. Kinds come
    in the order in which they refer to each other, so what goes is known in time.
    """
    for kind, fields in KINDS.items():
        records = document[kind]
        references = [field for field in fields if field.kind == "ref"]
        for field in sorted(references, key=lambda field: not field.required):
            targets = {target["id"] for target in document[field.refers_to]}
            if field.required:
                records[:] = [record for record in records if record[field.name] in targets]
                continue
            for record in records:
                if record[field.name] is not None and record[field.name] not in targets:
                    record[field.name] = None


def _origins(source: _Source, document: dict[str, Any]) -> list[dict[str, Any]]:
    """Where the records this store imported came from, for those that are still here."""
    here = {kind: {record["id"] for record in document[kind]} for kind in NUMBERED}
    return [
        {
            "kind": row["kind"],
            "id": int(row["local_id"]),
            "source": row["source"],
            "source_id": int(row["source_id"]),
        }
        for row in source.rows("imported")
        if int(row["local_id"]) in here.get(row["kind"], ())
    ]


def write_json(reader: Reading, target: Path, now: dt.datetime) -> Exported:
    """Export everything to `target`: how many records of each kind it holds."""
    source = _Source(reader)
    document = _document(source, now)
    replace_privately(target, lambda file: json.dump(document, file, ensure_ascii=False, indent=1))
    return Exported({kind: len(document[kind]) for kind in KINDS}, source.damaged)


def write_csv(reader: Reading, folder: Path) -> Exported:
    """One CSV file per kind of record (and settings.csv) in `folder`, values as stored."""
    source = _Source(reader)
    private_folder(folder)
    counts = {}
    for kind, fields in KINDS.items():
        rows = source.rows(kind, KEYED.get(kind, "id"))
        names = [field.name for field in fields]

        def write(file, rows=rows, names=names):
            writer = csv.DictWriter(file, names, extrasaction="ignore")
            writer.writeheader()
            writer.writerows(rows)

        replace_privately(folder / f"{kind}.csv", write)
        counts[kind] = len(rows)
    settings = settings_from_rows(source.rows("settings", "key")).to_dict()

    def write_settings(file):
        writer = csv.writer(file)
        writer.writerow(["name", "value"])
        writer.writerows((name, json.dumps(value)) for name, value in settings.items())

    replace_privately(folder / "settings.csv", write_settings)
    return Exported(counts, source.damaged)


def save_from_damaged_file(database: Path, target: Path, now: dt.datetime) -> Exported:
    """Export what a data file found damaged still holds, without writing to it."""
    import sqlite3

    from trustplanner.store.connection import Reader
    from trustplanner.store.damage import close_without_writing

    conn = sqlite3.connect(f"{database.resolve().as_uri()}?mode=rw", uri=True)
    try:
        return write_json(Reader(conn, database), target, now)
    finally:
        close_without_writing(conn, database)
