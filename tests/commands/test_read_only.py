"""A data file, or its folder, that may be read but not written: reading goes on where
SQLite can, and everything else says in one plain line that the data is safe.

Permissions bind nobody running as root, as CI does: there the commands run as another
account (setpriv) on files that account owns."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests.commands.test_cli import run

ROOT = os.getuid() == 0
NOBODY = 65534
READ_ONLY_WORDS = ("can be read but not changed just now", "Your data is safe")


@pytest.fixture
def home(tmp_path):
    if not ROOT:
        yield tmp_path
        return
    if shutil.which("setpriv") is None:
        if os.environ.get("TRUSTPLANNER_REQUIRE_TOOLS"):
            raise AssertionError("CI runs this as root, with setpriv (util-linux)")
        pytest.skip("as root, needs setpriv to run as an account that permissions bind")
    # pytest's own folders are closed to other accounts.
    folder = Path(tempfile.mkdtemp(prefix="trustplanner-read-only-", dir="/tmp"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder)


def as_the_person(home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("XDG_RUNTIME_DIR", None)
    prefix = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    return subprocess.run(
        [*(prefix if ROOT else []), sys.executable, "-m", "trustplanner", *args],
        env=env,
        cwd=home,
        capture_output=True,
        text=True,
        timeout=120,
    )


def store_in(home: Path) -> Path:
    folder = home / "data"
    assert run("demo", "--days", "30", "--data-dir", str(folder)).returncode == 0
    exported = run("export", "--out", str(home / "everything.json"), "--data-dir", str(folder))
    assert exported.returncode == 0
    if ROOT:
        for path in (home, *home.rglob("*")):
            os.chown(path, NOBODY, NOBODY)
    return folder


def sound_and_unchanged(database: Path, before: str) -> None:
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before
    with sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()


def said_plainly(done):
    lines = done.stderr.strip().splitlines()
    assert done.returncode != 0 and len(lines) == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert all(words in lines[0] for words in READ_ONLY_WORDS), lines[0]


def test_a_read_only_data_file_is_still_read_and_changes_are_refused_plainly(home):
    folder = store_in(home)
    database = folder / "trustplanner.db"
    database.chmod(0o400)
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    status = as_the_person(home, "status", "--data-dir", str(folder))
    assert status.returncode == 0 and "Self-trust index" in status.stdout, status.stderr
    out = home / "again.json"
    exported = as_the_person(home, "export", "--out", str(out), "--data-dir", str(folder))
    assert exported.returncode == 0 and out.stat().st_size > 0, exported.stderr
    for command in (("backup",), ("import", str(home / "everything.json"))):
        said_plainly(as_the_person(home, *command, "--data-dir", str(folder)))
    sound_and_unchanged(database, before)


def test_a_read_only_folder_is_said_plainly_and_nothing_in_it_changes(home):
    folder = store_in(home)
    database = folder / "trustplanner.db"
    folder.chmod(0o500)
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    try:
        # Reading a WAL file needs a small index file beside it, which cannot be made.
        for command in (("status",), ("backup",), ("import", str(home / "everything.json"))):
            said_plainly(as_the_person(home, *command, "--data-dir", str(folder)))
        assert sorted(path.name for path in folder.iterdir()) == ["trustplanner.db"]
    finally:
        folder.chmod(0o700)
    sound_and_unchanged(database, before)


@pytest.mark.parametrize(
    "command",
    [["status", "--json"], ["report", "--out", "r.pdf"], ["export", "--out", "e.json"], ["check"]],
)
def test_a_store_of_an_older_version_is_read_and_left_exactly_as_it_was(tmp_path, command):
    from trustplanner.store.schema import MIGRATIONS

    fixtures = Path(__file__).resolve().parents[1] / "fixtures"
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(fixtures / f"store_v{len(MIGRATIONS) - 2}.db", folder / "trustplanner.db")
    before = sorted(path.name for path in folder.iterdir())
    digest = hashlib.sha256((folder / "trustplanner.db").read_bytes()).hexdigest()
    done = run(*command, "--data-dir", str(folder), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert hashlib.sha256((folder / "trustplanner.db").read_bytes()).hexdigest() == digest
    assert sorted(path.name for path in folder.iterdir()) == before  # no backup, no -wal
