"""Speed figures of trustplanner, each measured against its reference in the same run.

    python benchmarks/run.py [--rounds N] [--keep DIR]

Builds a ten-year demo store (`trustplanner demo --days 3650`) in a temporary
folder, measures every figure and its reference several rounds each, prints a
table of medians and ratios, and writes benchmarks/results.json. It is a
benchmark, not a test: nothing here is asserted in the test suite.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from learning import calibration_figure, factor_figure, forecast_figure, plan_minutes_figure
from measuring import (
    ROOT,
    Figure,
    answer_start_at_login,
    build_store,
    compile_app,
    copy_store,
    first_frame_seconds,
    installed_command,
    median_seconds,
    program_against_reference,
    settled_memory,
)

RESULTS = Path(__file__).resolve().parent / "results.json"


def index_series_figure(folder: Path, rounds: int) -> Figure:
    """The whole index series, against one SQL pass that reads the same rows."""
    from trustplanner.domain.trust_index import index_series
    from trustplanner.store import evidence
    from trustplanner.store.database import open_reader

    reader = open_reader(folder)
    today = dt.date.today()

    def whole_series() -> None:
        index_series(evidence.day_evidence(reader, end=today), end=today)

    def one_pass() -> None:
        reader.conn.execute(
            "SELECT day, outcome, late FROM agreements WHERE outcome IS NOT NULL AND day <= ?",
            [today.isoformat()],
        ).fetchall()

    figure = Figure("index series", "at most 3 x one SQL pass over the same rows", 3.0, "ratio")
    figure.measured = median_seconds(whole_series, rounds)
    figure.reference = median_seconds(one_pass, rounds)
    reader.close()
    return figure


def _progress_page(folder: Path):
    """The Progress page on the store in `folder`, shown, with its history read."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop

    from trustplanner.store.database import open_store
    from trustplanner.ui.app import application
    from trustplanner.ui.context import AppContext
    from trustplanner.ui.progress.progress_controller import ProgressController

    app = application()
    context = AppContext(open_store(folder), folder)
    controller = ProgressController(context)
    controller.view.resize(1000, 700)
    loop = QEventLoop()
    controller.loader.loaded.connect(loop.quit)
    controller.view.show()  # reads the history on a worker thread, as in the window
    loop.exec()
    return app, context, controller


def _until_drawn(app, canvas) -> None:
    """Wait in an event loop, as the window does (a loop polling for it would compete with
    the drawing thread for Python's lock and slow it down)."""
    from PySide6.QtCore import QEventLoop

    if canvas.settled():
        return
    loop = QEventLoop()
    canvas.drawn.connect(loop.quit)
    while not canvas.settled():
        loop.exec()
    canvas.drawn.disconnect(loop.quit)


def chart_redraw_figure(folder: Path, rounds: int) -> Figure:
    """Redrawing the index chart after a span change, against a bare figure with as many
    points: from the change until the new picture is on screen (drawn on a worker thread)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure as MplFigure

    from trustplanner.domain.progress import Span

    app, context, controller = _progress_page(folder)
    combo = controller.view.span_combo
    spans = [combo.findData(Span.ALL), combo.findData(Span.YEAR)]
    canvas = controller.canvas(0)

    def to_year() -> None:
        combo.setCurrentIndex(spans[1])
        _until_drawn(app, canvas)

    def to_all() -> None:
        combo.setCurrentIndex(spans[0])  # redraws the index chart: ten years of days
        _until_drawn(app, canvas)

    controller.draw()
    _until_drawn(app, canvas)
    to_year()
    to_all()  # both drawn once already: a chart's first draw is not what is measured
    points = len(canvas.chart._artists[-1].get_xdata())
    width, height = canvas.figure.get_size_inches()

    bare_figure = MplFigure(figsize=(width, height), dpi=canvas.figure.dpi)
    bare_canvas = FigureCanvasAgg(bare_figure)
    axes = bare_figure.add_subplot()
    xs = list(range(points))

    def bare() -> None:
        axes.clear()
        axes.plot(xs, [50 + (i % 50) for i in xs], linestyle="none", marker="o", markersize=3)
        axes.plot(xs, [50 + (i % 40) for i in xs])
        bare_canvas.draw()

    bare()
    figure = Figure(
        "chart redraw after a span change", "at most 2 x a bare figure, same points", 2.0, "ratio"
    )
    figure.measured = median_seconds(to_all, rounds, setup=to_year)
    figure.reference = median_seconds(bare, rounds)
    context.store.close()
    return figure


def took_chart_figure(folder: Path, rounds: int) -> Figure:
    """Redrawing "Planned and what it took" after a span change on ten years, against a
    bare figure with the same bars and labels."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure as MplFigure

    from trustplanner.charts.data import TOOK
    from trustplanner.domain.progress import Span

    app, context, controller = _progress_page(folder)
    view = controller.view
    view.chart_list.setCurrentIndex(view.chart_model.index(TOOK, 0))
    combo = view.span_combo
    spans = [combo.findData(Span.ALL), combo.findData(Span.YEAR)]
    canvas = controller.canvas(TOOK)

    def to_year() -> None:
        combo.setCurrentIndex(spans[1])
        _until_drawn(app, canvas)

    def to_all() -> None:
        combo.setCurrentIndex(spans[0])
        _until_drawn(app, canvas)

    controller.draw()
    _until_drawn(app, canvas)
    to_year()
    to_all()
    sizes = len(canvas.chart._sizes)
    width, height = canvas.figure.get_size_inches()
    bare_figure = MplFigure(figsize=(width, height), dpi=canvas.figure.dpi)
    bare_canvas = FigureCanvasAgg(bare_figure)
    axes = bare_figure.add_subplot()
    xs = list(range(sizes))

    def bare() -> None:
        axes.clear()
        axes.bar([x - 0.2 for x in xs], [20 + 10 * x for x in xs], 0.38)
        axes.bar([x + 0.2 for x in xs], [30 + 12 * x for x in xs], 0.38)
        for x in xs:
            axes.text(x + 0.2, 40 + 12 * x, "×1.3", ha="center", fontsize=8)
        axes.set_xticks(xs, [f"size {x}" for x in xs])
        axes.legend(["As planned", "What it took"], loc="upper left", ncols=2)
        bare_canvas.draw()

    bare()
    figure = Figure(
        "redraw of Planned and what it took (ten years)",
        "at most 2 x a bare figure, same bars",
        2.0,
        "ratio",
    )
    figure.measured = median_seconds(to_all, rounds, setup=to_year)
    figure.reference = median_seconds(bare, rounds)
    context.store.close()
    return figure


def progress_stall_figure(folder: Path, rounds: int) -> Figure:
    """The longest the window's thread is busy while a person goes through every chart and
    span of Progress on ten years of history, each chart drawn for the first time."""
    from stalls import StallWatch

    from trustplanner.domain.progress import Span

    app, context, controller = _progress_page(folder)
    view = controller.view
    watch = StallWatch()
    watch.start()
    combo = view.span_combo
    for number in range(view.chart_model.rowCount()):
        view.chart_list.setCurrentIndex(view.chart_model.index(number, 0))
        for span in (Span.ALL, Span.YEAR, Span.FOUR_WEEKS, Span.ALL):
            watch.doing = f"chart {number}, {span.name}"
            combo.setCurrentIndex(combo.findData(span))
            _until_drawn(app, controller.current_canvas())
    watch.stop()
    figure = Figure(
        "longest stall of the window in Progress",
        "under 0.1 s (ten years, every chart)",
        0.1,
        "seconds",
    )
    figure.measured = watch.longest_ms / 1000
    figure.note = f"the longest while showing {watch.worst}"
    context.store.close()
    return figure


def tray_memory_figure(folder: Path, rounds: int) -> Figure | None:
    """The resident memory of `trustplanner --tray`, against a bare PySide6 tray program."""
    if not Path("/proc/self/status").exists():
        print("tray memory: skipped, it reads /proc (Linux)")
        return None
    from desktop import desktop

    tray = [sys.executable, "-m", "trustplanner", "--tray", "--data-dir", str(folder)]
    bare = [sys.executable, str(Path(__file__).with_name("bare_tray.py"))]
    rounds = min(rounds, 5)  # each round is a process that must settle: seconds each
    with desktop() as (env, where):
        # The first round is not counted: the first start of the day shows a nudge once.
        measured, reference = (
            statistics.median(values)
            for values in program_against_reference(settled_memory, tray, bare, env, rounds)
        )
    figure = Figure(
        "resident memory of trustplanner --tray",
        "at most 1.3 x a bare PySide6 program with one tray icon",
        1.3,
        "ratio",
        quantity="memory",
        note=f"on {where}",
    )
    figure.measured, figure.reference = measured, reference
    return figure


def first_paint_figure(folder: Path, rounds: int) -> Figure:
    """Start to the first painted main window, on ten years of data, against a bare
    PySide6 program that shows an empty QMainWindow."""
    from desktop import desktop

    with tempfile.TemporaryDirectory() as scratch:
        store = copy_store(folder, Path(scratch))
        answer_start_at_login(store)
        app = [*installed_command(), "--data-dir", str(store)]
        bare = [sys.executable, str(Path(__file__).with_name("bare_window.py"))]
        with desktop() as (env, where):
            measured, reference = program_against_reference(
                first_frame_seconds, app, bare, env, rounds
            )

    def spread(values: list[float]) -> str:
        return f"{min(values) * 1000:.0f}-{max(values) * 1000:.0f} ms"

    figure = Figure(
        "start to the first painted window",
        "at most 2 x a bare PySide6 QMainWindow",
        2.0,
        "ratio",
        note=f"on {where}; rounds: the app {spread(measured)}, bare {spread(reference)}",
    )
    figure.measured, figure.reference = statistics.median(measured), statistics.median(reference)
    return figure


def fresh_rounds(script: str, folder: Path, rounds: int) -> list[list[float]]:
    """Run `script` (a round in benchmarks/) on a fresh copy of the store, in a fresh
    process, `rounds` times; the milliseconds it printed each time, in seconds."""
    printed = []
    with tempfile.TemporaryDirectory() as scratch:
        for number in range(rounds):
            copy = copy_store(folder, Path(scratch) / str(number))
            done = subprocess.run(
                [sys.executable, str(Path(__file__).with_name(script)), str(copy)],
                check=True,
                capture_output=True,
                text=True,
                cwd=ROOT,
                env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            )
            printed.append([int(word) / 1000 for word in done.stdout.splitlines()[-1].split()])
    return printed


def fresh_round_stalls(script: str, folder: Path, rounds: int) -> list[float]:
    """The longest stall each fresh round of `script` printed (its last figure)."""
    return [figures[-1] for figures in fresh_rounds(script, folder, rounds)]


def planner_figure(folder: Path, rounds: int) -> Figure:
    """The longest the window's thread is busy while the Plan page opens on 10,000 open
    items and is scrolled from top to bottom; each round in a fresh process."""
    stalls = fresh_round_stalls("planner_round.py", folder, rounds)
    figure = Figure(
        "longest stall of the planner, 10,000 items",
        "under 0.1 s (opening, scrolling to the end)",
        0.1,
        "seconds",
        note=f"the longest in one round: {max(stalls) * 1000:.0f} ms",
    )
    figure.measured = statistics.median(stalls)
    return figure


def status_figure(folder: Path, rounds: int) -> Figure:
    """`trustplanner status --json` on ten years, against Python starting, importing
    sqlite3 and running one query that reads the rows the index is made of."""
    command = [*installed_command(), "status", "--json", "--data-dir", str(folder)]
    query = "SELECT day, outcome, late FROM agreements WHERE outcome IS NOT NULL"
    database = (folder / "trustplanner.db").as_uri() + "?mode=ro"
    reference = [
        sys.executable,
        "-c",
        f"import sqlite3; sqlite3.connect({database!r}, uri=True).execute({query!r}).fetchall()",
    ]
    for program in (command, reference):  # once each first: the file caches fill
        subprocess.run(program, check=True, capture_output=True)
    figure = Figure(
        "trustplanner status --json",
        "at most 2 x python, sqlite3 and one query",
        2.0,
        "ratio",
    )
    figure.measured = median_seconds(
        lambda: subprocess.run(command, check=True, capture_output=True), rounds
    )
    figure.reference = median_seconds(
        lambda: subprocess.run(reference, check=True, capture_output=True), rounds
    )
    return figure


def report_figure(folder: Path, rounds: int) -> Figure:
    """`trustplanner report` for one year of the ten, as a script runs it: a fresh process,
    from start to the PDF written and the process ended."""
    last = dt.date.today().year - 1
    with tempfile.TemporaryDirectory() as scratch:
        command = [
            sys.executable,
            "-m",
            "trustplanner",
            "report",
            "--data-dir",
            str(folder),
            "--from",
            f"{last}-01-01",
            "--to",
            f"{last}-12-31",
            "--out",
            str(Path(scratch) / "year.pdf"),
        ]
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        figure = Figure(
            "a one-year PDF report (the command)", "under 3 s (ten years of data)", 3.0, "seconds"
        )
        figure.measured = median_seconds(
            lambda: subprocess.run(command, check=True, env=env, capture_output=True), rounds
        )
    return figure


def plan_learning_figure(folder: Path, rounds: int) -> Figure:
    """The longest the window's thread is busy while Plan opens with learning on, on ten
    years of history, and five items are added; each round in a fresh process."""
    stalls = fresh_round_stalls("plan_learning_round.py", folder, rounds)
    figure = Figure(
        "longest stall of Plan, learning from ten years",
        "under 50 ms (opening, adding, learning afresh)",
        0.05,
        "seconds",
        note=f"the longest in one round: {max(stalls) * 1000:.0f} ms",
    )
    figure.measured = statistics.median(stalls)
    return figure


def fit_figure(folder: Path, rounds: int) -> Figure:
    """The longest the window's thread is busy while Make it fit proposes a plan for 200
    items on ten years of history and moves them; each round in a fresh process."""
    stalls = fresh_round_stalls("fit_round.py", folder, rounds)
    figure = Figure(
        "longest stall of Make it fit, 200 items",
        "under 100 ms (proposing, moving, reading the plan again)",
        0.1,
        "seconds",
        note=f"the longest in one round: {max(stalls) * 1000:.0f} ms",
    )
    figure.measured = statistics.median(stalls)
    return figure


def import_undo_figure(folder: Path, rounds: int) -> Figure:
    """The longest the window's thread is busy while Edit → Undo takes back an import of
    ten years; each round in a fresh process."""
    rounds_done = fresh_rounds("import_undo_round.py", folder, rounds)
    undos = [undo for undo, _ in rounds_done]
    stalls = [stall for _, stall in rounds_done]
    figure = Figure(
        "longest stall of undoing a ten-year import",
        "under 100 ms (the undo runs beside the window)",
        0.1,
        "seconds",
        note=f"the undo itself took {statistics.median(undos):.1f} s; "
        f"the longest stall in one round: {max(stalls) * 1000:.0f} ms",
    )
    figure.measured = statistics.median(stalls)
    return figure


def sync_figure(folder: Path, rounds: int) -> Figure:
    """The longest the window's thread is busy while a new computer catches up on ten
    years from the sync folder; each round in a fresh process."""
    # A round takes some twenty seconds.
    rounds_done = fresh_rounds("sync_round.py", folder, min(rounds, 3))
    figure = Figure(
        "longest stall while a new computer catches up",
        "under 100 ms (ten years from the sync folder, beside the window)",
        0.1,
        "seconds",
        note=f"catching up took {statistics.median(t for t, _ in rounds_done):.1f} s",
    )
    figure.measured = statistics.median(stall for _, stall in rounds_done)
    return figure


def big_import_figure(folder: Path, rounds: int) -> Figure:
    """The peak resident memory of importing an export of about 200 MB, against the
    file's size. One round: the figure hardly varies, and a round takes minutes."""
    done = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("big_import_round.py")), str(folder)],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    size, peak = (int(word) for word in done.stdout.split()[-2:])
    figure = Figure(
        "peak memory of importing about 200 MB",
        "at most about 3 x the file's size",
        3.0,
        "ratio",
        quantity="memory",
        note=(
            f"a file of {size / 2**20:.0f} MiB; its text is held while its records are "
            "parsed one at a time; the peak is at the end of the import: the ids the file "
            "and the store know each record by, and what Undo needs to take it back"
        ),
    )
    figure.measured, figure.reference = peak, size
    return figure


FIGURES = (
    first_paint_figure,
    tray_memory_figure,
    index_series_figure,
    chart_redraw_figure,
    took_chart_figure,
    progress_stall_figure,
    report_figure,
    planner_figure,
    plan_learning_figure,
    fit_figure,
    import_undo_figure,
    big_import_figure,
    sync_figure,
    status_figure,
    factor_figure,
    plan_minutes_figure,
    forecast_figure,
    calibration_figure,
)


def _entry(f: Figure, today: str) -> dict:
    return {
        "name": f.name,
        "date": today,
        "target": f.target,
        **(
            {"measured_bytes": f.measured, "reference_bytes": f.reference}
            if f.quantity == "memory"
            else {
                "measured_seconds": round(f.measured, 5),
                "reference_seconds": round(f.reference, 5),
            }
            if f.quantity == "time"
            else {"measured": round(f.measured, 4), "reference": round(f.reference, 4)}
        ),
        **({"measured_on": f.note} if f.note else {}),
        "value": round(f.value, 3),
        "met": f.met,
    }


def _place(name: str, earlier: dict) -> int:
    """Where a figure stands: where it stood in results.json, new ones at the end."""
    names = [entry["name"] for entry in earlier["figures"]]
    return names.index(name) if name in names else len(names)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--keep", metavar="DIR", help="build (or reuse) the demo store in DIR")
    parser.add_argument(
        "--only",
        metavar="NAME",
        action="append",
        choices=[measure.__name__.removesuffix("_figure") for measure in FIGURES],
        help="measure only this figure (may be given more than once); results.json is "
        "then left as it was, unless --write",
    )
    parser.add_argument(
        "--write",
        action="store_true",
        help="with --only: put the figures measured into results.json beside the others, "
        "each with the day it was measured",
    )
    args = parser.parse_args()
    chosen = [
        m for m in FIGURES if not args.only or m.__name__.removesuffix("_figure") in args.only
    ]
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(args.keep) if args.keep else Path(scratch) / "store"
        build_store(folder)
        compile_app()
        figures = [measure(folder, args.rounds) for measure in chosen]
        figures = [figure for figure in figures if figure is not None]
    machine = (
        f"{platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, {platform.system()}"
    )
    print(f"\n{'figure':44} {'measured':>10} {'reference':>10} {'result':>9}  target")
    for figure in figures:
        result = {"ratio": f"{figure.value:.2f}x", "share": f"{figure.value:.1%}"}.get(
            figure.unit, f"{figure.value:.2f}s"
        )
        mark = "met" if figure.met else "MISSED"
        note = f"; {figure.note}" if figure.note else ""
        print(
            f"{figure.name:44} {figure.shown(figure.measured):>10} "
            f"{figure.shown(figure.reference) if figure.reference else '-':>10} "
            f"{result:>9}  {figure.target} ({mark}{note})"
        )
    print(f"\nmeasured on {machine}, median of {args.rounds} rounds")
    today = dt.date.today().isoformat()
    if args.only and not args.write:
        return 0 if all(f.met for f in figures) else 1
    entries = [_entry(figure, today) for figure in figures]
    if args.only:
        # The figures not measured now stay as they were, each with the day it was.
        earlier = json.loads(RESULTS.read_text())
        measured = {entry["name"] for entry in entries}
        kept = [
            {"date": earlier["date"], **entry}
            for entry in earlier["figures"]
            if entry["name"] not in measured
        ]
        entries = sorted(kept + entries, key=lambda e: _place(e["name"], earlier))
    RESULTS.write_text(
        json.dumps(
            {"machine": machine, "rounds": args.rounds, "date": today, "figures": entries},
            indent=2,
        )
        + "\n"
    )
    return 0 if all(f.met for f in figures) else 1


if __name__ == "__main__":
    raise SystemExit(main())
