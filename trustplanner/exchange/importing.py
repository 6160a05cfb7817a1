"""Adding an export's records to the store: all of them in one transaction, none twice.

An import only adds. What the store holds already is never changed: a record
imported before (or the store's own, when it is its own export) is skipped, and
so are days, nudges and settings the store already has. A record is known by
where the file says it first came from too, so that what went from store A to B
comes back to A as the record A still has.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from trustplanner.exchange.checking import Finding, ImportRejected, Problem, check_document
from trustplanner.exchange.exporting import store_uid
from trustplanner.exchange.fields import KEYED, KINDS, ORIGINS, to_store
from trustplanner.store.transactions import Store


@dataclass
class ImportSummary:
    added: dict[str, int] = field(default_factory=dict)
    already_there: int = 0

    @property
    def total_added(self) -> int:
        return sum(self.added.values())


def import_document(store: Store, document: Any, *, checked: bool = False) -> ImportSummary:
    """Check `document` whole, then add what is new in one action; raises ImportRejected.

    `checked`: the document comes straight from read_document, which checked it
    already; ten years of records take most of a second to check again.
    """
    if not checked:
        check_document(document)
    try:
        with store.action():
            return _Import(store, document).run()
    except sqlite3.IntegrityError as problem:
        raise ImportRejected([Finding(Problem.REFUSED, detail=(str(problem),))]) from None


class _Import:
    def __init__(self, store: Store, document: dict):
        self.store = store
        self.document = document
        self.source = document["source"]
        self.uid = store_uid(store)
        self.summary = ImportSummary()
        self.local: dict[str, dict[int, int]] = {kind: {} for kind in KINDS}
        self.origins: dict[tuple[str, int], list[tuple[str, int]]] = {}
        for origin in document.get(ORIGINS, []):
            self.origins.setdefault((origin["kind"], origin["id"]), []).append(
                (origin["source"], origin["source_id"])
            )
        # What the store remembers of these sources, read once: one query per record
        # would make a large import a good deal slower.
        sources = sorted(
            {self.source, *(name for names in self.origins.values() for name, _ in names)}
        )
        self.remembered: dict[tuple[str, str, int], tuple[int, int]] = {
            (source, kind, int(source_id)): (row_id, int(local_id))
            for row_id, source, kind, source_id, local_id in store.conn.execute(
                "SELECT id, source, kind, source_id, local_id FROM imported"
                f" WHERE source IN ({', '.join('?' for _ in sources)})",
                sources,
            )
        }

    def run(self) -> ImportSummary:
        for kind in KINDS:
            records = self.document.get(kind, [])
            if kind in KEYED:
                self._add_keyed(kind, records)
            else:
                self._add_numbered(kind, records)
        self._add_settings(self.document.get("settings", {}))
        return self.summary

    def _count(self, kind: str) -> None:
        self.summary.added[kind] = self.summary.added.get(kind, 0) + 1

    def _add_keyed(self, kind: str, records: Iterable[dict]) -> None:
        key = KEYED[kind]
        for record in records:
            if self.store.value(f"SELECT 1 FROM [{kind}] WHERE [{key}] = ?", [record[key]]):
                self.summary.already_there += 1
                continue
            self.store.insert(kind, {f.name: to_store(f, record.get(f.name)) for f in KINDS[kind]})
            self._count(kind)

    def _names(self, kind: str, file_id: int) -> list[tuple[str, int]]:
        """Every (store, id) the record is known by: this file's, and where it came from."""
        return [(self.source, file_id), *self.origins.get((kind, file_id), ())]

    def _here_already(self, kind: str, file_id: int) -> int | None:
        """The local id of this record, if the store has it already."""
        for source, source_id in self._names(kind, file_id):
            if source == self.uid:
                local_id = source_id
            else:
                remembered = self.remembered.get((source, kind, source_id))
                if remembered is None:
                    continue
                local_id = remembered[1]
            if self.store.value(f"SELECT 1 FROM [{kind}] WHERE id = ?", [local_id]):
                return local_id
        return None

    def _remember(self, kind: str, file_id: int, local_id: int) -> None:
        """Remember each name of the record, as part of the action, so that undo forgets it."""
        for source, source_id in self._names(kind, file_id):
            if source == self.uid:
                continue
            name = (source, kind, source_id)
            remembered = self.remembered.get(name)
            if remembered is None:
                row_id = self.store.insert(
                    "imported",
                    {
                        "source": source,
                        "kind": kind,
                        "source_id": str(source_id),
                        "local_id": str(local_id),
                    },
                )
                self.remembered[name] = (row_id, local_id)
            elif remembered[1] != local_id:
                self.store.update("imported", remembered[0], local_id=str(local_id))
                self.remembered[name] = (remembered[0], local_id)

    def _add_numbered(self, kind: str, records: Iterable[dict]) -> None:
        fields = KINDS[kind]
        own_refs = [f.name for f in fields if f.kind == "ref" and f.refers_to == kind]
        # Only what is needed later, not the records: a large file's are parsed one at a
        # time and let go.
        pointing: list[tuple[int, dict[str, int]]] = []
        for record in records:
            file_id = record["id"]
            existing = self._here_already(kind, file_id)
            if existing is not None:
                self.local[kind][file_id] = existing
                self._remember(kind, file_id, existing)
                self.summary.already_there += 1
                continue
            values = {}
            for f in fields:
                if f.name == "id" or f.name in own_refs:
                    continue
                value = record.get(f.name)
                if f.kind == "ref" and value is not None:
                    value = self.local[f.refers_to][value]
                values[f.name] = to_store(f, value)
            local_id = self.store.insert(kind, values)
            self.local[kind][file_id] = local_id
            self._remember(kind, file_id, local_id)
            links = {name: record[name] for name in own_refs if record.get(name) is not None}
            if links:
                pointing.append((local_id, links))
            self._count(kind)
        # References within a kind may point forwards: they are set once all are in.
        for local_id, links in pointing:
            self.store.update(
                kind, local_id, **{name: self.local[kind][to] for name, to in links.items()}
            )

    def _add_settings(self, settings: dict[str, Any]) -> None:
        from trustplanner.store.settings import load_settings

        # Kept as the store's own from now on, so that a later file cannot change it; but
        # a value the store already had by default is not counted as new: a store's own
        # export, imported into it, adds nothing.
        current = load_settings(self.store).to_dict()
        for key, value in settings.items():
            if self.store.value("SELECT 1 FROM settings WHERE key = ?", [key]):
                continue
            self.store.insert("settings", {"key": key, "value": json.dumps(value)})
            if current.get(key) != value:
                self._count("settings")
