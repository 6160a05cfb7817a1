"""Writes that fail midway (a file-size limit the system enforces, as a full disk
would): nothing is lost, the file stays sound, and what was being done is all or
nothing."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap

from tests.commands.test_cli import run

LIMITED = textwrap.dedent(
    """
    import resource, signal, sys
    # Past the limit, a write fails (EFBIG) instead of the process being stopped.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    limit = int(sys.argv[1])
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    from trustplanner.commands.main import main
    sys.exit(main(sys.argv[2:]))
    """
)


def counts(folder):
    with sqlite3.connect(folder / "trustplanner.db") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        found = tuple(
            conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("items", "agreements", "fears")
        )
    conn.close()
    return found


def test_an_import_whose_writes_fail_midway_leaves_the_store_as_it_was(tmp_path):
    source, target = tmp_path / "source", tmp_path / "target"
    assert run("demo", "--days", "300", "--data-dir", str(source)).returncode == 0
    document = tmp_path / "everything.json"
    assert run("export", "--out", str(document), "--data-dir", str(source)).returncode == 0
    assert run("demo", "--days", "10", "--data-dir", str(target)).returncode == 0
    before = counts(target)
    limit = 96 * 1024  # the -wal file may not grow past this: the import cannot fit
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            LIMITED,
            str(limit),
            "import",
            str(document),
            "--data-dir",
            str(target),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode != 0
    said = done.stderr.strip().splitlines()
    assert len(said) == 1 and "Traceback" not in done.stderr
    # Plain words: the data is safe; never that it "cannot be read".
    assert "your data is safe" in said[0] and "cannot be read" not in said[0]
    assert counts(target) == before  # all or nothing: nothing
    # And without the limit, the same import goes through whole.
    assert run("import", str(document), "--data-dir", str(target)).returncode == 0
    assert counts(target)[1] > before[1]


def test_a_backup_whose_writes_fail_leaves_no_half_copy(tmp_path):
    folder = tmp_path / "data"
    assert run("demo", "--days", "30", "--data-dir", str(folder)).returncode == 0
    before = counts(folder)
    backups = folder / "backups"
    existing = set(backups.iterdir()) if backups.exists() else set()
    done = subprocess.run(
        [sys.executable, "-c", LIMITED, "4096", "backup", "--data-dir", str(folder)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    left = set(backups.iterdir()) if backups.exists() else set()
    assert left == existing  # no half copy where the person would look
    assert counts(folder) == before


def test_a_report_whose_writes_fail_midway_is_not_left_half_written(tmp_path):
    folder = tmp_path / "data"
    assert run("demo", "--days", "400", "--data-dir", str(folder)).returncode == 0
    before = counts(folder)
    out = tmp_path / "report.pdf"
    period = ("--from", "2025-12-01", "--to", "2026-11-30")
    # Room for SQLite's own small files while it reads, not for a year's report.
    limit = str(96 * 1024)
    args = ["report", "--out", str(out), *period, "--data-dir", str(folder)]
    done = subprocess.run(
        [sys.executable, "-c", LIMITED, limit, *args],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode != 0, done.stdout
    said = done.stderr.strip().splitlines()
    assert len(said) == 1 and "Traceback" not in done.stderr
    assert "could not be written whole" in said[0] and "your data is safe" in said[0]
    assert sorted(path.name for path in tmp_path.iterdir()) == ["data"]  # no half PDF
    assert counts(folder) == before
    # Without the limit, the same report is written whole.
    assert run(*args).returncode == 0 and out.read_bytes().rstrip().endswith(b"%%EOF")


def test_an_update_of_an_old_store_whose_backup_cannot_be_written_changes_nothing(tmp_path):
    import shutil
    from pathlib import Path

    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "store_v1.db"
    folder = tmp_path / "data"
    folder.mkdir()
    database = folder / "trustplanner.db"
    shutil.copyfile(fixture, database)

    def rows():
        with sqlite3.connect(database) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            found = [
                conn.execute(f"SELECT id, title, day FROM {table}").fetchall()
                for table in ("items", "agreements")
            ]
            applied = conn.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0]
        conn.close()
        return found, applied

    before = rows()
    # Too little room for the copy made before the update.
    done = subprocess.run(
        [sys.executable, "-c", LIMITED, str(40 * 1024), "backup", "--data-dir", str(folder)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode != 0 and "Traceback" not in done.stderr
    [said] = done.stderr.strip().splitlines()
    assert "a backup could not be made" in said and "your data is safe" in said
    assert rows() == before  # not updated, nothing lost
    assert not any((folder / "backups").glob("*.db"))  # no half copy
    assert run("backup", "--data-dir", str(folder)).returncode == 0
    assert rows()[0] == before[0] and rows()[1] > before[1]


ACTION_LIMITED = textwrap.dedent(
    """
    import json, resource, signal, sys
    from pathlib import Path
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from trustplanner.store import plans
    from trustplanner.store.database import open_store
    from trustplanner.ui.context import AppContext
    folder = Path(sys.argv[1])
    store = open_store(folder)
    context = AppContext(store, folder)
    said = []
    context.message.connect(said.append)
    limit = int(sys.argv[2])
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    many = [("Sort the old letters " + "x" * 300, 5)] * 3000
    day = context.today()
    result = context.perform("Add", lambda: plans.add_items(store, day, many, context.now()))
    print(json.dumps({"result": result, "said": said}))
    """
)


def test_a_window_action_whose_writes_fail_midway_changes_nothing_and_says_so(tmp_path):
    import json

    folder = tmp_path / "data"
    assert run("demo", "--days", "30", "--data-dir", str(folder)).returncode == 0
    before = counts(folder)
    limit = (folder / "trustplanner.db").stat().st_size + 256 * 1024
    done = subprocess.run(
        [sys.executable, "-c", ACTION_LIMITED, str(folder), str(limit)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    told = json.loads(done.stdout.strip().splitlines()[-1])
    assert told["result"] is None  # rolled back, and no crash
    [said] = told["said"]
    assert "could not be written to the disk" in said and "Your data is safe" in said
    assert counts(folder) == before
