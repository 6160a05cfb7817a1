"""A data file that is not one to open: a folder or a link in its place, or a file of a
newer version. Every command says so in one plain line, fails, and touches nothing."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3

import pytest

from tests.commands.test_cli import run
from tests.store.damaged_files import from_a_newer_version
from trustplanner.store.refusal import Refusal, refusal

COMMANDS = (
    ("status",),
    ("status", "--json"),
    ("export", "--out", "{out}/everything.json"),
    ("report", "--out", "{out}/report.pdf"),
    ("backup",),
    ("check",),
    ("learned",),
    ("restore",),
)


def fingerprint(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def sound(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sound")
    assert run("demo", "--days", "20", "--data-dir", str(folder)).returncode == 0
    return folder / "trustplanner.db"


def said_plainly(done, *words):
    lines = done.stderr.strip().splitlines()
    assert done.returncode != 0, done.stdout
    assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
    assert all(word in lines[0] for word in words), lines[0]
    assert done.stdout == ""


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_a_link_in_the_data_files_place_is_not_followed(tmp_path, sound, command):
    elsewhere = tmp_path / "elsewhere.db"
    shutil.copyfile(sound, elsewhere)
    before = fingerprint(elsewhere)
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "trustplanner.db").symlink_to(elsewhere)
    words = [w.replace("{out}", str(tmp_path)) for w in command]
    done = run(*words, "--data-dir", str(folder))
    said_plainly(done, "is a link to another place", "nothing was read or changed")
    assert fingerprint(elsewhere) == before
    assert not (tmp_path / "everything.json").exists() and not (tmp_path / "report.pdf").exists()
    assert sorted(p.name for p in folder.iterdir()) == ["trustplanner.db"]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_a_folder_in_the_data_files_place_is_said_and_left_alone(tmp_path, command):
    folder = tmp_path / "data"
    (folder / "trustplanner.db").mkdir(parents=True)
    (folder / "trustplanner.db" / "notes.txt").write_text("mine")
    words = [w.replace("{out}", str(tmp_path)) for w in command]
    done = run(*words, "--data-dir", str(folder))
    said_plainly(done, "there is a folder", "nothing in it was read or changed")
    assert [p.name for p in (folder / "trustplanner.db").iterdir()] == ["notes.txt"]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_a_store_of_a_newer_version_is_refused_and_untouched(tmp_path, sound, command):
    folder = tmp_path / "data"
    folder.mkdir()
    database = folder / "trustplanner.db"
    shutil.copyfile(sound, database)
    from_a_newer_version(database)
    assert refusal(database) is Refusal.NEWER
    before = fingerprint(database)
    words = [w.replace("{out}", str(tmp_path)) for w in command]
    done = run(*words, "--data-dir", str(folder))
    said_plainly(done, "written by a newer version", "nothing was changed")
    assert fingerprint(database) == before
    assert not (folder / "backups").exists()  # not even a backup before a migration
    with sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
