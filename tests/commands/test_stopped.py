"""A command stopped midway (SIGTERM at a logout or a kill, or Ctrl+C): what it was
writing is rolled back, it says so in one plain line, and nothing is lost."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys

import pytest

from tests.commands.test_cli import run
from tests.waiting import wait_for


def agreements(folder):
    with sqlite3.connect(folder / "trustplanner.db") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        found = conn.execute("SELECT count(*) FROM agreements").fetchone()[0]
    conn.close()
    return found


@pytest.fixture(scope="module")
def years(tmp_path_factory):
    """An export of years of history: importing it takes long enough to be stopped."""
    folder = tmp_path_factory.mktemp("years")
    assert run("demo", "--days", "2000", "--data-dir", str(folder / "data")).returncode == 0
    out = folder / "years.json"
    assert run("export", "--out", str(out), "--data-dir", str(folder / "data")).returncode == 0
    return out


@pytest.mark.parametrize(("stop", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_an_import_stopped_midway_leaves_the_store_as_it_was(tmp_path, years, stop, code):
    folder = tmp_path / "data"
    assert run("demo", "--days", "10", "--data-dir", str(folder)).returncode == 0
    before = agreements(folder)
    importing = subprocess.Popen(
        [sys.executable, "-m", "trustplanner", "import", str(years), "--data-dir", str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    # Stopped once it is writing: its log of changes has begun to grow.
    log = folder / "trustplanner.db-wal"

    def writing_or_ended() -> bool:
        ended = importing.poll() is not None
        return ended or (log.exists() and log.stat().st_size > 64 * 1024)

    wait_for(writing_or_ended, 60, "the import to begin writing")
    assert importing.poll() is None, "the import ended before it could be stopped"
    importing.send_signal(stop)
    out, err = importing.communicate(timeout=60)
    assert importing.returncode == code, err
    assert "Traceback" not in err and out == ""
    [said] = err.strip().splitlines()
    assert "stopped before the end" in said and "your data is as it was before" in said
    assert agreements(folder) == before
