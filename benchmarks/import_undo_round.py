"""One round of the figure for undoing a ten-year import, in a process of its own.

    python benchmarks/import_undo_round.py STORE_FOLDER

Exports the store in STORE_FOLDER, imports that export into a new, empty store
beside it (as File → Import does, on a connection of its own), and then undoes the
import as Edit → Undo does. Prints how long the undo took and the longest time, in
milliseconds, that the window's thread was busy without a break meanwhile.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path


def undo_of_import(folder: Path) -> tuple[int, int]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer
    from stalls import StallWatch, until

    from trustplanner.exchange.checking import read_document
    from trustplanner.exchange.exporting import write_json
    from trustplanner.exchange.importing import import_document
    from trustplanner.store.database import open_store
    from trustplanner.ui.app import application
    from trustplanner.ui.context import AppContext

    _app = application()  # kept alive for the whole round
    source = open_store(folder)
    exported = folder.parent / "export.json"
    write_json(source, exported, dt.datetime.now())
    source.close()
    empty = folder.parent / "empty"
    empty.mkdir()
    store = open_store(empty)
    context = AppContext(store, empty)
    worker = open_store(empty)
    with worker.action() as change:
        import_document(worker, read_document(exported), checked=True)
    worker.close()
    context.record("Import", change)

    watch = StallWatch()
    watch.start()
    took = QElapsedTimer()
    took.start()
    context.undo_stack.undo()
    until(lambda: not context.replaying, "the undo")
    undo_ms = took.elapsed()
    watch.stop()
    if store.value("SELECT count(*) FROM agreements"):
        raise SystemExit("the import was not taken back")
    store.close()
    return undo_ms, watch.longest_ms


if __name__ == "__main__":
    undo_ms, stall_ms = undo_of_import(Path(sys.argv[1]))
    print(undo_ms, stall_ms)
