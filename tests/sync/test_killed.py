"""`trustplanner sync` killed (kill -9) at random moments, while writing its segments
and while applying another computer's: nothing half applied, nothing lost, nothing
twice, and the next run finishes the job."""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading

from tests.commands.test_cli import run

KILLS = 6


def _killed_sync(data_dir, folder, delay: float) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "trustplanner",
            "sync",
            "--folder",
            str(folder),
            "--data-dir",
            str(data_dir),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    threading.Event().wait(delay)  # a moment into the run, not a wait for a state
    if child.poll() is None:
        os.kill(child.pid, signal.SIGKILL)
    child.wait()


def _content(data_dir):
    conn = sqlite3.connect(f"file:{data_dir / 'trustplanner.db'}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        items = sorted(conn.execute("SELECT title, coalesce(minutes, 0), day, state FROM items"))
        agreements = sorted(
            conn.execute("SELECT title, day, coalesce(outcome, ''), late FROM agreements")
        )
        fears = sorted(conn.execute("SELECT situation, day, anxiety_before FROM fears"))
    finally:
        conn.close()
    return items, agreements, fears


def test_a_sync_killed_while_writing_or_applying_finishes_the_job_the_next_time(tmp_path):
    laptop, desktop, folder = tmp_path / "laptop", tmp_path / "desktop", tmp_path / "Sync"
    assert run("demo", "--days", "60", "--data-dir", str(laptop)).returncode == 0
    chance = random.Random(2026)
    for _ in range(KILLS):
        _killed_sync(laptop, folder, chance.uniform(0.2, 1.5))
    assert run("sync", "--folder", str(folder), "--data-dir", str(laptop)).returncode == 0
    for _ in range(KILLS):
        _killed_sync(desktop, folder, chance.uniform(0.2, 1.5))
    done = run("sync", "--folder", str(folder), "--data-dir", str(desktop))
    assert done.returncode == 0, done.stderr
    assert _content(desktop) == _content(laptop)
    # Whatever a kill left half written is never read as a segment.
    for path in folder.glob("*/*"):
        assert path.suffix in (".segment", ".json", ".part"), path
