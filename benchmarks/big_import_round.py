"""One round of the figure for importing a file of about 200 MB, in a process of its own.

    python benchmarks/big_import_round.py STORE_FOLDER

Exports the store in STORE_FOLDER and makes of it an export of nearly 200 MiB (the
largest file an import takes): the same years as many times over as fit, each copy
with records of its own. Imports it with `trustplanner import` into an empty store
and prints the file's size and the import's peak resident memory, in bytes.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

# Of the largest file an import takes, the share to fill: room for the parts that are
# not records.
FILL = 0.9
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
    from trustplanner.exchange.checking import MAX_FILE_BYTES

    document = export_document(reader, dt.datetime.now(dt.UTC))
    reader.close()
    tables = ("ladders", "ladder_steps", "items", "agreements", "events", "fears")
    one_copy = len(json.dumps([document[table] for table in tables], ensure_ascii=False))
    copies = max(1, int(MAX_FILE_BYTES * FILL) // one_copy)
    for table in tables:
        records = document[table]
        document[table] = [
            {
                name: value + copy * _SPACE
                if name in _REFERENCES and isinstance(value, int)
                else value
                for name, value in record.items()
            }
            for copy in range(copies)
            for record in records
        ]
    target.write_text(json.dumps(document, ensure_ascii=False))


def peak_of_import(folder: Path) -> tuple[int, int]:
    with tempfile.TemporaryDirectory() as scratch:
        source = Path(scratch) / "big.json"
        # The file is made in a process of its own. Made here, this process would be
        # large when it starts the import, and a child's peak counts its parent's
        # memory up to the moment it becomes the new program: the figure measured so
        # was the making of the file's (806 MB for a file of 186 MB), not the import's.
        subprocess.run([sys.executable, __file__, "--make", str(folder), str(source)], check=True)
        empty = Path(scratch) / "empty"
        command = [sys.executable, "-m", "trustplanner", "--data-dir", str(empty), "import"]
        with (Path(scratch) / "said").open("wb") as said:
            importing = subprocess.Popen([*command, str(source)], stdout=said, stderr=said)
            # This child's own peak: the one who made the file was larger.
            _, status, used = os.wait4(importing.pid, 0)
            importing.returncode = os.waitstatus_to_exitcode(status)
        if importing.returncode:
            raise SystemExit((Path(scratch) / "said").read_text())
        return source.stat().st_size, used.ru_maxrss * 1024


if __name__ == "__main__":
    if sys.argv[1] == "--make":
        big_export(Path(sys.argv[2]), Path(sys.argv[3]))
    else:
        size, peak = peak_of_import(Path(sys.argv[1]))
        print(size, peak)
