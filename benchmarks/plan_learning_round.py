"""One round of the figure for Plan with learning on, in a process of its own.

    python benchmarks/plan_learning_round.py STORE_FOLDER

Opens the Plan page on the store in STORE_FOLDER (a copy: it is changed), with
learning on, waits until what the person's days say is on the meter (learned on the
thread pool from ten years), then adds five items one at a time, each time until the
meter has been brought up to date, and starts learning afresh and takes it back.
Prints the longest time, in milliseconds, that the window's thread was busy without
a break: what a person would feel as a stall.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def longest_stall(folder: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from dataclasses import replace

    from stalls import StallWatch, until

    from trustplanner.store.database import open_store
    from trustplanner.ui.app import application
    from trustplanner.ui.context import AppContext
    from trustplanner.ui.plan.plan_controller import PlanController

    _app = application()  # kept alive for the whole round
    store = open_store(folder)
    context = AppContext(store, folder)

    watch = StallWatch()
    watch.start()

    def learned() -> bool:
        return not context.learned.looking and context.learned.current(context.settings) is not None

    controller = PlanController(context)
    controller.view.resize(900, 640)
    controller.view.show()
    until(lambda: "usually go" in controller.view.learned_label.text(), "the meter", 20_000)
    view = controller.view
    for number in range(5):
        view.title_edit.setText(f"Something new {number}")
        view.estimate_field.setEditText("25 min")
        view.add_button.click()
        until(learned, "the meter", 20_000)
    # A figure learned afresh (nothing to learn from), and back to ten years.
    context.save_settings(
        replace(context.settings, learn_from=context.today().isoformat()), undo_label="afresh"
    )
    until(learned, "the meter", 20_000)
    context.undo_stack.undo()
    until(learned, "the meter", 20_000)
    until(lambda: "usually go" in view.learned_label.text(), "the meter", 20_000)
    watch.stop()
    view.close()
    store.close()
    return watch.longest_ms


if __name__ == "__main__":
    print(longest_stall(Path(sys.argv[1])))
