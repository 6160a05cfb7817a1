"""Writing the store out: one JSON file with everything, or one CSV file per kind."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

from trustplanner import __version__
from trustplanner.exchange.fields import FORMAT, KEYED, KINDS, NUMBERED, ORIGINS, VERSION, to_file
from trustplanner.store.database import Reading
from trustplanner.store.private_files import private_file, private_folder
from trustplanner.store.settings import load_settings


def store_uid(reader: Reading) -> str:
    """The store's own name, written into its exports."""
    return reader.value("SELECT uid FROM store_identity WHERE id = 1")


def _rows(reader: Reading, kind: str) -> list[dict[str, Any]]:
    order = KEYED.get(kind, "id")
    return reader.rows(f"SELECT * FROM [{kind}] ORDER BY [{order}]")


def export_document(reader: Reading, now: dt.datetime) -> dict[str, Any]:
    """Everything in the store, in the export format (docs/export-format.md)."""
    document: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "source": store_uid(reader),
        "exported_at": now.isoformat(timespec="seconds"),
        "app_version": __version__,
        "settings": load_settings(reader).to_dict(),
    }
    for kind, fields in KINDS.items():
        document[kind] = [
            {field.name: to_file(field, row[field.name]) for field in fields}
            for row in _rows(reader, kind)
        ]
    document[ORIGINS] = _origins(reader, document)
    return document


def _origins(reader: Reading, document: dict[str, Any]) -> list[dict[str, Any]]:
    """Where the records this store imported came from, for those that are still here."""
    here = {kind: {record["id"] for record in document[kind]} for kind in NUMBERED}
    return [
        {
            "kind": row["kind"],
            "id": int(row["local_id"]),
            "source": row["source"],
            "source_id": int(row["source_id"]),
        }
        for row in reader.rows("SELECT kind, local_id, source, source_id FROM imported ORDER BY id")
        if int(row["local_id"]) in here.get(row["kind"], ())
    ]


def _replace_privately(target: Path, write) -> None:
    """Write through a private file beside `target`, so a failed write leaves no half file."""
    partial = target.with_name(f".{target.name}.{os.getpid()}.part")
    private_file(partial)
    try:
        with partial.open("w", encoding="utf-8", newline="") as file:
            write(file)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def write_json(reader: Reading, target: Path, now: dt.datetime) -> dict[str, int]:
    """Export everything to `target`; return how many records of each kind it holds."""
    document = export_document(reader, now)
    _replace_privately(target, lambda file: json.dump(document, file, ensure_ascii=False, indent=1))
    return {kind: len(document[kind]) for kind in KINDS}


def write_csv(reader: Reading, folder: Path) -> dict[str, int]:
    """One CSV file per kind of record (and settings.csv) in `folder`, values as stored."""
    private_folder(folder)
    counts = {}
    for kind, fields in KINDS.items():
        rows = _rows(reader, kind)
        names = [field.name for field in fields]

        def write(file, rows=rows, names=names):
            writer = csv.DictWriter(file, names, extrasaction="ignore")
            writer.writeheader()
            writer.writerows(rows)

        _replace_privately(folder / f"{kind}.csv", write)
        counts[kind] = len(rows)
    settings = load_settings(reader).to_dict()

    def write_settings(file):
        writer = csv.writer(file)
        writer.writerow(["name", "value"])
        writer.writerows((name, json.dumps(value)) for name, value in settings.items())

    _replace_privately(folder / "settings.csv", write_settings)
    return counts
