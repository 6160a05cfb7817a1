"""Writes that fail midway (a file-size limit the system enforces, as a full disk
would): nothing is lost, the file stays sound, and what was being done is all or
nothing."""

from __future__ import annotations

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
