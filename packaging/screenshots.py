"""Take the screenshots in docs/screenshots: every page, the welcome and the main
dialogs, in English and Dutch, light and dark, on the demo's example history.

    python packaging/screenshots.py [--out docs/screenshots]

Runs without a screen (Qt's offscreen platform); each language and look in a process
of its own, since a language is chosen once per start. plan.png and progress.png (the
AppStream file's) are the English light ones.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZE = (1000, 680)
PAGES = ("plan", "review", "fears", "progress", "settings")


def take(out: Path, language: str, look: str) -> None:
    from PySide6.QtCore import QSize, QThreadPool
    from PySide6.QtWidgets import QApplication

    from trustplanner.demo import fill_store
    from trustplanner.store.database import open_store
    from trustplanner.ui.app import application
    from trustplanner.ui.context import AppContext
    from trustplanner.ui.look import apply_look
    from trustplanner.ui.main_window import MainWindow
    from trustplanner.words.translators import install_translators

    app = application()
    install_translators(app, language)
    apply_look(app, look)
    today = dt.date.today()
    suffix = f"{language}-{look}"

    def settle(rounds: int = 20) -> None:
        for _ in range(rounds):
            QThreadPool.globalInstance().waitForDone()
            app.processEvents()

    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder))
        fill_store(store, 200, today)
        context = AppContext(store, Path(folder))
        window = MainWindow(context)
        window.resize(*SIZE)
        window.show()
        settle()
        while context.learned.current(context.settings) is None:  # learned off the thread
            settle(1)
        settle()
        for number, page in enumerate(PAGES):
            window.tabs.setCurrentIndex(number)
            settle()
            if page == "progress":
                canvas = window.progress.current_canvas()
                while not (canvas.settled() and canvas.reading is not None):
                    settle(1)
            window.grab().save(str(out / f"{page}-{suffix}.png"))
            if page == "review":  # the kind offer after "didn't happen"
                window.review.view.smaller_bar.show()
                settle()
                window.grab().save(str(out / f"review-smaller-{suffix}.png"))
                window.review.view.smaller_bar.hide()
            if page == "progress":  # the fears chart, counts along the top
                progress = window.progress
                progress.view.chart_list.setCurrentIndex(progress.view.chart_model.index(3, 0))
                canvas = progress.current_canvas()
                while not (canvas.settled() and canvas.reading is not None):
                    settle(1)
                window.grab().save(str(out / f"progress-fears-{suffix}.png"))
                progress.view.chart_list.setCurrentIndex(progress.view.chart_model.index(6, 0))
                canvas = progress.current_canvas()
                while not (canvas.settled() and canvas.reading is not None):
                    settle(1)
                window.grab().save(str(out / f"progress-took-{suffix}.png"))
                progress.view.chart_list.setCurrentIndex(progress.view.chart_model.index(7, 0))
                canvas = progress.current_canvas()
                while not (canvas.settled() and canvas.reading is not None):
                    settle(1)
                window.grab().save(str(out / f"progress-promises-{suffix}.png"))
        window.show_welcome()
        settle()
        window.grab().save(str(out / f"welcome-{suffix}.png"))
        window.tabs.setCurrentIndex(0)
        window.stack.setCurrentWidget(window.tabs)
        settle()
        for name, dialog in _dialogs(window, context):
            dialog.resize(dialog.sizeHint().expandedTo(QSize(480, 0)))
            dialog.show()
            settle()
            dialog.grab().save(str(out / f"{name}-{suffix}.png"))
            dialog.close()
        window.close()
        store.close()
    QApplication.instance().quit()


def _dialogs(window, context):
    from trustplanner.store import agreements as store_agreements
    from trustplanner.ui.learned_dialog import LearnedDialog
    from trustplanner.ui.plan.move_dialog import MoveDialog
    from trustplanner.ui.review.renegotiate_dialog import RenegotiateDialog

    today = context.today()
    from trustplanner.domain.fitting import Candidate, Room
    from trustplanner.domain.splitting import propose_steps
    from trustplanner.store import plans
    from trustplanner.ui.landing import kept_reader, load_reader
    from trustplanner.ui.plan.fit_dialog import FitDialog
    from trustplanner.ui.plan.someday_dialog import SomedayDialog

    load_of, kept_of = load_reader(context), kept_reader(context)
    titles = ["Clean the kitchen", "Call the dentist"]
    tomorrow = today + dt.timedelta(days=1)
    yield (
        "not-today",
        MoveDialog(titles, tomorrow, today, window, moving=55, load_of=load_of, kept_of=kept_of),
    )
    someday = MoveDialog(titles, tomorrow, today, window, moving=55, load_of=load_of)
    someday.someday_check.setChecked(True)
    yield "not-today-some-day", someday
    # The newcomer's list of twelve on a two-hour day, made to fit.
    twelve = [
        (window.tr("Clean the kitchen"), 45),
        ("Write the report", 120),
        ("Call the dentist", 10),
        ("Pay the bills", 20),
        ("Sort the tax papers", 90),
        ("Go for a walk", 30),
        ("Reply to emails", 30),
        ("Paint the hallway", 240),
        ("Water the plants", 5),
        ("Read a chapter", 30),
        ("Tidy the garage", 60),
        ("Bake bread", 15),
    ]
    names = {n: title for n, (title, _) in enumerate(twelve)}
    items = [
        Candidate(n, minutes, first_step=propose_steps(minutes, 30)[0] if minutes > 30 else None)
        for n, (_, minutes) in enumerate(twelve)
    ]
    coming = []
    for offset in range(1, 11):
        day = today + dt.timedelta(days=offset)
        planned, capacity = load_of(day)
        coming.append(Room(day, capacity - planned))
    yield "make-it-fit", FitDialog(names, items, 120, coming, 1.0, today, window)
    ids = plans.add_items(context.store, today, twelve[7:8] + twelve[4:5], context.now())
    plans.put_aside(context.store, ids, context.now())
    waiting = plans.someday_items(context.store)
    yield "some-day", SomedayDialog(waiting, tomorrow, 90, today, window)
    [first, *_] = store_agreements.agreements_on(context.store, today)
    yield "renegotiate", RenegotiateDialog(first, context.now(), window)
    # A promise to someone: naming them, telling them early, and repairing.
    from trustplanner.ui.plan.promise_dialog import PromiseDialog
    from trustplanner.ui.review.repair_dialog import RepairDialog
    from trustplanner.ui.review.tell_dialog import TellDialog

    names = plans.people_named(context.store)
    yield "promise", PromiseDialog(window.tr("Dinner"), "Sam", "19:00", names, window)
    promise = replace(first, person="Sam", promise_time="19:00", day=tomorrow)
    yield "tell-them", TellDialog(promise, today, None, window)
    yield "repair", RepairDialog(replace(promise, day=today), today, window)
    from PySide6.QtCore import QCoreApplication

    from trustplanner.store import fears
    from trustplanner.ui.fears.fear_dialog import FearDialog
    from trustplanner.ui.fears.fear_record import FearRecord

    ladder = fears.ladders(context.store)[0]
    draft = fears.exposure_for(ladder.steps[-1], today)
    title = QCoreApplication.translate("FearsController", "How did it go?")
    choices = FearRecord.read(context.store).step_choices()
    yield "fear-step", FearDialog(draft, choices, [], today, title, window)
    knowing = context.learned.current(context.settings)
    if knowing is not None:
        yield "how-it-is-computed", LearnedDialog(knowing, window)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--only", nargs=2, metavar=("LANGUAGE", "LOOK"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.only:
        take(args.out, *args.only)
        return 0
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANGUAGE="en")
    for language in ("en", "nl"):
        for look in ("light", "dark"):
            subprocess.run(
                [sys.executable, __file__, "--out", str(args.out), "--only", language, look],
                env=environment,
                check=True,
            )
    for page in ("plan", "progress"):  # the AppStream file's
        shutil.copyfile(args.out / f"{page}-en-light.png", args.out / f"{page}.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
