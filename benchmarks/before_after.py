"""The benchmark figures of this checkout and of an earlier commit, side by side in one run.

    python benchmarks/before_after.py REV [--rounds N]

For a change meant to leave behaviour and speed alone (a restructuring): REV is
checked out into a temporary worktree, and both trees run on the same ten-year demo
store, round by round in turn (before, after, before, ...), so that a machine that
slows down for a while slows both alike. Measured: the start to the first painted
window, `status --json`, the resident memory of `--tray`, and a one-year report.
Writes benchmarks/before_after.json. A benchmark, not a test.
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
import time
from collections.abc import Callable
from pathlib import Path

from desktop import desktop
from measuring import (
    answer_start_at_login,
    build_store,
    copy_store,
    first_frame_seconds,
    settled_memory,
)

ROOT = Path(__file__).resolve().parents[1]
RESULTS = Path(__file__).resolve().parent / "before_after.json"


def program(tree: Path, *arguments: str) -> tuple[list[str], dict[str, str]]:
    """`trustplanner ARGUMENTS` from `tree`: -P keeps the working folder off the path, so
    PYTHONPATH alone says which tree is imported."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    return [sys.executable, "-P", "-m", "trustplanner", *arguments], env


def seconds(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def in_turns(measure: Callable[[Path], float], trees: dict[str, Path], rounds: int) -> dict:
    for tree in trees.values():  # not counted: the caches fill
        measure(tree)
    taken: dict[str, list[float]] = {name: [] for name in trees}
    for _ in range(rounds):
        for name, tree in trees.items():
            taken[name].append(measure(tree))
    return {name: statistics.median(values) for name, values in taken.items()}


def figures(store: Path, trees: dict[str, Path], rounds: int) -> list[tuple[str, str, dict]]:
    last = dt.date.today().year - 1
    found = []
    with tempfile.TemporaryDirectory() as scratch:
        window_store = copy_store(store, Path(scratch) / "window")
        answer_start_at_login(window_store)
        with desktop() as (env, _where):

            def first_paint(tree: Path) -> float:
                command, tree_env = program(tree, "--data-dir", str(window_store))
                return first_frame_seconds(
                    command, {**env, **tree_env, "DISPLAY": env.get("DISPLAY", "")}
                )

            found.append(
                ("start to the first painted window", "s", in_turns(first_paint, trees, rounds))
            )

            def tray_memory(tree: Path) -> float:
                command, tree_env = program(tree, "--tray", "--data-dir", str(store))
                return settled_memory(
                    command, {**env, **tree_env, "DISPLAY": env.get("DISPLAY", "")}
                )

            found.append(
                ("resident memory of --tray", "bytes", in_turns(tray_memory, trees, min(rounds, 5)))
            )

    def status(tree: Path) -> float:
        return seconds(*program(tree, "status", "--json", "--data-dir", str(store)))

    found.append(("status --json", "s", in_turns(status, trees, rounds)))

    def report(tree: Path) -> float:
        with tempfile.TemporaryDirectory() as out:
            command, env = program(
                tree,
                "report",
                "--data-dir",
                str(store),
                "--from",
                f"{last}-01-01",
                "--to",
                f"{last}-12-31",
                "--out",
                str(Path(out) / "year.pdf"),
            )
            return seconds(command, {**env, "QT_QPA_PLATFORM": "offscreen"})

    found.append(("a one-year PDF report", "s", in_turns(report, trees, rounds)))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rev", help="the commit to compare with, e.g. the one before a change")
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()
    commit = subprocess.run(
        ["git", "rev-parse", "--short", args.rev],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    with tempfile.TemporaryDirectory() as scratch:
        before = Path(scratch) / "before"
        subprocess.run(
            ["git", "worktree", "add", "--detach", str(before), commit],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        try:
            trees = {"before": before, "after": ROOT}
            for tree in trees.values():
                subprocess.run(
                    [sys.executable, "-m", "compileall", "-q", str(tree / "trustplanner")],
                    check=True,
                )
            store = Path(scratch) / "store"
            build_store(store)
            found = figures(store, trees, args.rounds)
        finally:
            subprocess.run(
                ["git", "worktree", "remove", "--force", str(before)], cwd=ROOT, check=True
            )
    print(f"\n{'figure':36} {'before ' + commit:>16} {'after':>12} {'after/before':>13}")
    for name, unit, values in found:
        shown = (
            (lambda v: f"{v / 2**20:.1f} MiB")
            if unit == "bytes"
            else (lambda v: f"{v * 1000:.0f} ms")
        )
        ratio = values["after"] / values["before"]
        print(
            f"{name:36} {shown(values['before']):>16} {shown(values['after']):>12} {ratio:>12.2f}x"
        )
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    RESULTS.write_text(
        json.dumps(
            {
                "before": commit,
                "machine": machine,
                "rounds": args.rounds,
                "date": dt.date.today().isoformat(),
                "figures": [
                    {
                        "name": name,
                        "unit": "bytes" if unit == "bytes" else "seconds",
                        **{tree: round(value, 5) for tree, value in values.items()},
                        "after_over_before": round(values["after"] / values["before"], 3),
                    }
                    for name, unit, values in found
                ],
            },
            indent=2,
        )
        + "\n"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
