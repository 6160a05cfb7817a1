"""One round of the planner figure, in a process of its own.

    python benchmarks/planner_round.py STORE_FOLDER

Adds 10,000 open items to today's plan of the store in STORE_FOLDER (a copy: it is
changed), opens the Plan page on them and scrolls it from top to bottom, a page at a
time. Prints the longest time, in milliseconds, that the window's thread was busy
without a break: what a person would feel as a stall. A fresh process each round, as
a person opens the app: what Qt and Python do only the first time counts every round.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

ITEMS = 10_000


def longest_stall(folder: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from stalls import StallWatch

    from trustplanner.store import plans
    from trustplanner.store.database import open_store
    from trustplanner.ui.app import application
    from trustplanner.ui.context import AppContext
    from trustplanner.ui.plan.plan_controller import PlanController

    _app = application()  # kept alive for the whole round
    store = open_store(folder)
    now = dt.datetime.now().astimezone()
    plans.add_items(
        store, now.date(), [(f"Open item number {n}", 5 + n % 55) for n in range(ITEMS)], now
    )
    context = AppContext(store, folder)

    watch = StallWatch()
    watch.start()
    loop = QEventLoop()
    controller = []

    def open_page() -> None:
        made = PlanController(context)
        made.view.resize(900, 640)
        made.view.show()
        controller.append(made)

    def turn(steps: int = 3) -> None:
        # Let the loop run a few beats, so that whatever was asked is painted.
        for _ in range(steps):
            QTimer.singleShot(10, loop.quit)
            loop.exec()

    QTimer.singleShot(0, open_page)
    turn()
    # A long plan shows its first rows at once and the rest in the turns that follow.
    shown = QElapsedTimer()
    shown.start()
    while controller[0].model.rowCount() < ITEMS:
        if shown.elapsed() > 10_000:
            raise SystemExit("the plan did not show its items")
        turn(1)
    table = controller[0].view.table
    bar = table.verticalScrollBar()
    while bar.value() < bar.maximum():
        bar.setValue(bar.value() + bar.pageStep())
        turn(1)
    turn()
    watch.stop()
    controller[0].view.close()
    store.close()
    return watch.longest_ms


if __name__ == "__main__":
    print(longest_stall(Path(sys.argv[1])))
