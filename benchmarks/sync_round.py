"""One round of the figure for catching up a new computer, in a process of its own.

    python benchmarks/sync_round.py STORE_FOLDER

The store in STORE_FOLDER (ten years) writes its whole history into a sync folder
beside it, as its first `trustplanner sync` does. Then a new, empty store opens in the
window's context and keeps in step through that folder, as Settings starts it. Prints
how long the catching up took and the longest time, in milliseconds, that the window's
thread was busy without a break meanwhile.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def catch_up(folder: Path) -> tuple[int, int]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer
    from stalls import StallWatch, until

    from trustplanner.store.database import open_store
    from trustplanner.sync import engine
    from trustplanner.ui.app import application
    from trustplanner.ui.context import AppContext
    from trustplanner.ui.data.sync_watch import SyncWatch

    _app = application()  # kept alive for the whole round
    synced = folder.parent / "Sync"
    source = open_store(folder)
    engine.turn_on(source, synced)
    engine.push(source, synced)
    source.close()
    empty = folder.parent / "new computer"
    store = open_store(empty)
    context = AppContext(store, empty)

    watch = SyncWatch(context)
    context.sync_watch = watch
    stalls = StallWatch()
    stalls.start()
    took = QElapsedTimer()
    took.start()
    done = []
    watch.begun.connect(lambda ok: done.append(ok))
    watch.begin(synced)
    until(
        lambda: (
            done
            and watch.folder is not None
            and not watch._running
            and store.value("SELECT count(*) FROM agreements") > 0
        ),
        "the catching up",
    )
    catch_up_ms = took.elapsed()
    stalls.stop()
    store.close()
    return catch_up_ms, stalls.longest_ms


if __name__ == "__main__":
    catch_up_ms, stall_ms = catch_up(Path(sys.argv[1]))
    print(catch_up_ms, stall_ms)
