"""No crash loses a committed write or leaves a half one; two writers lose nothing."""

import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from trustplanner.store.connection import DB_FILENAME
from trustplanner.store.database import open_store

ROOT = Path(__file__).resolve().parents[2]
KILLS = 50
WRITES = 1000


def _writer(data_dir, count, name):
    return subprocess.Popen(
        [sys.executable, "-m", "tests.store.writer", str(data_dir), str(count), name],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _start(*children) -> None:
    """Once every child has opened the store, let them all write."""
    for child in children:
        assert child.stdout.readline() == "ready\n", child.stderr.read()
    for child in children:
        child.stdin.write("go\n")
        child.stdin.flush()


def test_killed_at_random_moments_every_reported_write_is_there(data_dir):
    open_store(data_dir).close()
    chance = random.Random(2026)
    reported: set[int] = set()
    unreported: set[int] = set()
    for _ in range(KILLS):
        child = _writer(data_dir, 100_000, "crash")
        _start(child)
        for _ in range(chance.randint(1, 60)):
            line = child.stdout.readline()
            assert line, child.stderr.read()
            reported.add(int(line))
        # A moment later, so that some kills land inside a transaction.
        select.select([child.stdout], [], [], chance.uniform(0, 0.005))
        os.kill(child.pid, signal.SIGKILL)
        # Through the same reader: lines it has taken from the pipe already wait in its
        # buffer, where communicate(), which reads the pipe itself, would miss them.
        rest = child.stdout.read()
        child.stdout.close()
        child.stdin.close()
        child.stderr.close()
        child.wait()
        reported.update(int(line) for line in rest.split())
        assert child.returncode == -signal.SIGKILL

        conn = sqlite3.connect(data_dir / DB_FILENAME)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            stored = {key for (key,) in conn.execute("SELECT id FROM agreements")}
            titles = conn.execute(
                "SELECT count(*) FROM agreements WHERE title NOT LIKE 'crash %'"
            ).fetchone()[0]
        finally:
            conn.close()
        assert reported <= stored, sorted(reported - stored)[:5]
        assert titles == 0
        # Each kill leaves at most the one write that was committed but not yet reported.
        assert len(stored - reported - unreported) <= 1, sorted(stored - reported - unreported)
        unreported = stored - reported
    assert len(reported) >= KILLS


@pytest.mark.parametrize("writers", [2, 3])
def test_writers_at_once_lose_nothing_and_are_never_locked_out(data_dir, writers):
    open_store(data_dir).close()
    children = [_writer(data_dir, WRITES, f"writer{n}") for n in range(writers)]
    _start(*children)
    results = [child.communicate(timeout=120) for child in children]  # closes stdin too
    for child, (_out, err) in zip(children, results, strict=True):
        assert child.returncode == 0, err
        assert "locked" not in err
    reported = {int(key) for out, _ in results for key in out.split()}
    assert len(reported) == WRITES * writers
    store = open_store(data_dir)
    try:
        rows = store.rows("SELECT id, title FROM agreements ORDER BY id")
    finally:
        store.close()
    assert {row["id"] for row in rows} == reported
