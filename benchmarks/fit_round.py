"""One round of the figure for Make it fit, in a process of its own.

    python benchmarks/fit_round.py STORE_FOLDER

On the store in STORE_FOLDER (a copy: it is changed), puts a list of 200 items on
today's plan, opens Plan, and presses Make it fit: the proposal is computed and shown
(the dialog is accepted at once, as a person pressing Enter would), the items move,
and the plan is read again. Prints the longest time, in milliseconds, that the
window's thread was busy without a break.
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

ITEMS = 200


def longest_stall(folder: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer
    from PySide6.QtWidgets import QDialog
    from stalls import StallWatch, until

    from trustplanner.store import plans
    from trustplanner.store.database import open_store
    from trustplanner.ui.app import application
    from trustplanner.ui.context import AppContext
    from trustplanner.ui.plan.fit_dialog import FitDialog
    from trustplanner.ui.plan.plan_controller import PlanController

    _app = application()  # kept alive for the whole round
    store = open_store(folder)
    context = AppContext(store, folder)
    rng = random.Random(ITEMS)
    entries = [(f"Thing {n}", rng.choice((5, 10, 15, 20, 30, 45, 60, 90))) for n in range(ITEMS)]
    plans.add_items(store, context.today(), entries, context.now())

    FitDialog.exec = lambda dialog: QDialog.DialogCode.Accepted  # Enter, at once
    controller = PlanController(context)
    view = controller.view
    view.resize(900, 640)
    view.show()
    until(lambda: not view.fit_button.isHidden(), "Make it fit showing", 20_000)
    until(lambda: not context.learned.looking, "learning", 20_000)
    watch = StallWatch()
    watch.start()
    before = controller.model.rowCount()
    # The press itself runs on the window's thread from start to end (proposal, moves,
    # the plan read again): timed around it, and the watch sees what follows.
    pressed = QElapsedTimer()
    pressed.start()
    view.fit_button.click()
    click_ms = pressed.elapsed()
    until(lambda: controller.model.rowCount() < before, "the plan made to fit", 20_000)
    watch.stop()
    view.close()
    store.close()
    return max(click_ms, watch.longest_ms)


if __name__ == "__main__":
    print(longest_stall(Path(sys.argv[1])))
