"""One round of the figure for importing a file of about 200 MB, in a process of its own.

    python benchmarks/big_import_round.py STORE_FOLDER

Exports the store in STORE_FOLDER and makes of it an export of about 200 MB (the
largest file an import takes): the same years thirteen times over, each copy with
records of its own. Imports it with `trustplanner import` into an empty store and
prints the file's size and the import's peak resident memory, in bytes.
"""

from __future__ import annotations

import datetime as dt
import json
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

COPIES = 13
_SPACE = 10_000_000  # ids of copy n start at n times this
_REFERENCES = (
    "id",
    "ladder_id",
    "parent_id",
    "item_id",
    "step_id",
    "renegotiated_from",
    "agreement_id",
)


def big_export(folder: Path, target: Path) -> None:
    from trustplanner.exchange.exporting import export_document
    from trustplanner.store.database import open_reader

    reader = open_reader(folder)
    document = export_document(reader, dt.datetime.now(dt.UTC))
    reader.close()
    for table in ("ladders", "ladder_steps", "items", "agreements", "events", "fears"):
        records = document[table]
        document[table] = [
            {
                name: value + copy * _SPACE
                if name in _REFERENCES and isinstance(value, int)
                else value
                for name, value in record.items()
            }
            for copy in range(COPIES)
            for record in records
        ]
    target.write_text(json.dumps(document, ensure_ascii=False))


def peak_of_import(folder: Path) -> tuple[int, int]:
    with tempfile.TemporaryDirectory() as scratch:
        source = Path(scratch) / "big.json"
        big_export(folder, source)
        empty = Path(scratch) / "empty"
        subprocess.run(
            [sys.executable, "-m", "trustplanner", "--data-dir", str(empty), "import", str(source)],
            check=True,
            capture_output=True,
        )
        peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        return source.stat().st_size, peak_kib * 1024


if __name__ == "__main__":
    size, peak = peak_of_import(Path(sys.argv[1]))
    print(size, peak)
