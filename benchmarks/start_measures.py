"""What each of the start's measures saves, measured: each with and without, in fresh
processes taking turns, median of several rounds. docs/start-time.md quotes a run.

    python benchmarks/start_measures.py [--rounds N]

It is a benchmark, not a test: nothing here is asserted in the test suite.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Each program prints two numbers: milliseconds spent on what is measured, and the
# resident memory in KiB at its end.
PREAMBLE = """
import os, sys, time, gc
def rss():
    for line in open('/proc/self/status'):
        if line.startswith('VmRSS:'):
            return int(line.split()[1])
start = time.perf_counter()
"""
END = "\nprint((time.perf_counter() - start) * 1000, rss())\n"

PLAIN = (
    "import importlib\n"
    "for name in ('concurrent.futures', 'trustplanner.store.plans', "
    "'trustplanner.store.settings', 'trustplanner.domain.splitting', 'trustplanner.resources'):\n"
    "    importlib.import_module(name)\n"
)

ICON = (
    "from PySide6.QtGui import QGuiApplication, QIcon\n"
    "from trustplanner.resources import resource_path\n"
    "app = QGuiApplication([])\n"
    "start = time.perf_counter()\n"
    "icon = QIcon()\n"
    "for name in FILES:\n"
    "    icon.addFile(str(resource_path('icons', *name.split('/'))))\n"
    "icon.pixmap(48, 48)\n"
)

# (what, the measure taken, the same without it)
MEASURES = {
    "plain modules imported before Qt": (
        PLAIN + "import PySide6.QtCore\n",
        "import PySide6.QtCore\n" + PLAIN,
    ),
    "status without dataclasses": ("pass\n", "import dataclasses\n"),
    "the tray without sqlite-utils": ("import sqlite3\n", "import sqlite3, sqlite_utils\n"),
    "the window's icon from PNGs, not the SVG": (
        ICON.replace("FILES", "[f'app/trustplanner-{s}.png' for s in (16, 32, 48, 256)]"),
        ICON.replace("FILES", "['trustplanner.svg']"),
    ),
    "listening for later starts after the first frame": (
        "from PySide6 import QtCore\n",
        "from PySide6 import QtCore, QtNetwork\n",
    ),
    "matplotlib only when Progress opens": (
        "pass\n",
        "from matplotlib.figure import Figure\nfrom matplotlib.backends import backend_agg\n",
    ),
}


def window_program(held: bool, data_dir: str) -> str:
    """Importing and making the window on a store, with the collector held or not."""
    return (
        ("gc.disable()\n" if held else "")
        + "from trustplanner.ui.app import application\n"
        + "from trustplanner.store.database import open_store\n"
        + "from trustplanner.ui.context import AppContext\n"
        + "from trustplanner.ui.main_window import MainWindow\n"
        + "from pathlib import Path\n"
        + "app = application()\n"
        + f"window = MainWindow(AppContext(open_store(Path({data_dir!r})), Path({data_dir!r})))\n"
        + ("gc.freeze(); gc.enable()\n" if held else "")
    )


def run(program: str) -> tuple[float, int]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": ""}
    done = subprocess.run(
        [sys.executable, "-c", PREAMBLE + program + END],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        check=True,
    )
    milliseconds, kib = done.stdout.split()[-2:]
    return float(milliseconds), int(kib)


def compare(measure: str, without: str, rounds: int) -> tuple[float, float, int, int]:
    """Rounds taking turns, so that a machine slowing down for a while slows both alike."""
    run(measure), run(without)  # the file caches fill first
    taken, left = [], []
    for _ in range(rounds):
        taken.append(run(measure))
        left.append(run(without))
    return (
        statistics.median(t for t, _ in taken),
        statistics.median(t for t, _ in left),
        int(statistics.median(m for _, m in taken)),
        int(statistics.median(m for _, m in left)),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "trustplanner")])
    rows = [(name, *compare(*programs, args.rounds)) for name, programs in MEASURES.items()]
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(
            [sys.executable, "-m", "trustplanner", "demo", "--days", "3650", "--data-dir", folder],
            check=True,
            capture_output=True,
        )
        held, free = window_program(True, folder), window_program(False, folder)
        rows.append(
            ("the collector held while the window is made", *compare(held, free, args.rounds))
        )
    print(f"{'measure':50} {'with':>9} {'without':>9} {'saves':>9} {'memory saved':>13}")
    for name, taken, left, kib_taken, kib_left in rows:
        print(
            f"{name:50} {taken:7.1f}ms {left:7.1f}ms {left - taken:7.1f}ms "
            f"{(kib_left - kib_taken) / 1024:10.1f} MiB"
        )
    print(f"\nmedian of {args.rounds} rounds each, Python {sys.version.split()[0]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
