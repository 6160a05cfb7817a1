"""How the benchmarks measure: a figure and its target, medians of rounds, fresh
processes and their memory, the first frame on the screen, and the demo store."""

from __future__ import annotations

import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


DEMO_DAYS = 3650


@dataclass
class Figure:
    name: str
    target: str  # in words, as the issue states it
    limit: float  # the highest ratio (or, for "under", the highest seconds) that meets the target
    unit: str  # "ratio", "seconds", or "share" (a fraction, shown as a percentage)
    measured: float = 0.0
    reference: float = 0.0
    quantity: str = "time"  # "time" in seconds, "memory" in bytes, or "score" (a plain number)
    note: str = ""
    at_least: bool = False  # the target is a floor: met when the value reaches the limit

    def shown(self, amount: float) -> str:
        if self.unit == "share":
            return f"{amount:.1%}"
        if self.quantity == "memory":
            return f"{amount / 2**20:.1f} MiB"
        if self.quantity == "score":
            return f"{amount:.3f}"
        return f"{amount * 1000:.1f} ms"

    @property
    def value(self) -> float:
        return self.measured / self.reference if self.unit == "ratio" else self.measured

    @property
    def met(self) -> bool:
        return self.value >= self.limit if self.at_least else self.value <= self.limit


def median_seconds(
    action: Callable[[], object], rounds: int, setup: Callable[[], object] | None = None
) -> float:
    times = []
    for _ in range(rounds):
        if setup is not None:
            setup()
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def build_store(folder: Path) -> None:
    if (folder / "trustplanner.db").exists():
        return
    subprocess.run(
        [
            sys.executable,
            "-m",
            "trustplanner",
            "demo",
            "--days",
            str(DEMO_DAYS),
            "--data-dir",
            str(folder),
        ],
        check=True,
        cwd=ROOT,
    )


def resident_bytes(pid: int) -> int:
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    raise RuntimeError("no VmRSS")


def settled_memory(command: list[str], env: dict[str, str]) -> int:
    """Start `command`, wait until its resident memory has not changed for two seconds
    (it has started and is idle), and return that; then stop it."""
    process = subprocess.Popen(
        command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        last, steady_since, deadline = -1, time.monotonic(), time.monotonic() + 30
        while time.monotonic() < deadline:
            time.sleep(0.1)
            if process.poll() is not None:
                raise RuntimeError(f"{command} ended early")
            now = resident_bytes(process.pid)
            if now != last:
                last, steady_since = now, time.monotonic()
            elif time.monotonic() - steady_since >= 2:
                break
        return last
    finally:
        process.terminate()
        process.wait(10)


def program_against_reference(
    measure: Callable[[list[str], dict[str, str]], float],
    program: list[str],
    reference: list[str],
    env: dict[str, str],
    rounds: int,
) -> tuple[list[float], list[float]]:
    """Each round's `measure` of a program and of its reference, after one round of each
    that is not counted (it fills the system's caches). The rounds alternate, so that a
    machine that slows down for a while slows both down alike."""
    measure(program, env)
    measure(reference, env)
    measured, references = [], []
    for _ in range(rounds):
        measured.append(measure(program, env))
        references.append(measure(reference, env))
    return measured, references


def copy_store(folder: Path, scratch: Path) -> Path:
    """A copy of the store in `folder`, made with SQLite's backup, so that a figure may
    change it without changing what the others measure."""
    copy = scratch / "store"
    copy.mkdir(parents=True)
    for extra in ("window.ini",):
        if (folder / extra).exists():
            shutil.copy(folder / extra, copy / extra)
    source = sqlite3.connect(folder / "trustplanner.db")
    target = sqlite3.connect(copy / "trustplanner.db")
    source.backup(target)
    source.close()
    target.close()
    return copy


def answer_start_at_login(folder: Path) -> None:
    """Whether to start at login is asked once in a person's life, on the first start."""
    from dataclasses import replace

    from trustplanner.store.database import open_store
    from trustplanner.store.settings import load_settings, save_settings

    store = open_store(folder)
    save_settings(store, replace(load_settings(store), start_at_login=False))
    store.close()


FIRST_FRAME = re.compile(r"Flushing .* of \w*MainWindow\(")


def first_frame_seconds(command: list[str], env: dict[str, str]) -> float:
    """From starting `command` until its main window's first frame is on the screen.

    Qt says when it flushes a frame to the screen (the qt.widgets.painting log); the
    same words, read the same way, time the app and its reference.
    """
    env = {**env, "QT_LOGGING_RULES": "qt.widgets.painting=true"}
    start = time.monotonic()
    process = subprocess.Popen(
        command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    try:
        for line in process.stderr:
            if FIRST_FRAME.search(line):
                return time.monotonic() - start
        raise RuntimeError(f"{command} showed no main window")
    finally:
        process.kill()
        process.wait(10)


def installed_command() -> list[str]:
    """`trustplanner` as a person or a script starts it: the installed command."""
    script = Path(sys.executable).with_name("trustplanner")
    return [str(script)] if script.exists() else [sys.executable, "-m", "trustplanner"]


def compile_app() -> None:
    # Installed, the app's modules are byte-compiled (pip does so); a checkout run with
    # PYTHONDONTWRITEBYTECODE would compile them again in every round.
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "trustplanner")], check=True
    )
