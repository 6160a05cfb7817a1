"""The command line, run as a person runs it: a separate process, one line on failure."""

import datetime as dt
import os
import re
import sqlite3
import subprocess
import sys

import pytest

from trustplanner import __version__


def run(*args, env=None, **kwargs):
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "trustplanner", *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=120,
        **kwargs,
    )


def test_version():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"trustplanner {__version__}"


def test_demo_fills_the_chosen_folder(tmp_path):
    result = run("demo", "--days", "30", "--data-dir", str(tmp_path / "d"))
    assert result.returncode == 0, result.stderr
    assert str(tmp_path / "d") in result.stdout
    with sqlite3.connect(tmp_path / "d" / "trustplanner.db") as conn:
        assert conn.execute("SELECT count(*) FROM agreements").fetchone()[0] > 0


def test_data_dir_may_come_before_the_command_and_from_the_environment(tmp_path):
    assert run("--data-dir", str(tmp_path / "a"), "demo", "--days", "5").returncode == 0
    assert (tmp_path / "a" / "trustplanner.db").exists()
    assert (
        run("demo", "--days", "5", env={"TRUSTPLANNER_DATA_DIR": str(tmp_path / "b")}).returncode
        == 0
    )
    assert (tmp_path / "b" / "trustplanner.db").exists()
    # --data-dir wins over the environment
    env = {"TRUSTPLANNER_DATA_DIR": str(tmp_path / "env")}
    assert run("demo", "--days", "5", "--data-dir", str(tmp_path / "c"), env=env).returncode == 0
    assert (tmp_path / "c" / "trustplanner.db").exists()
    assert not (tmp_path / "env").exists()


def test_the_default_folder_is_the_per_user_data_folder(tmp_path):
    env = {"XDG_DATA_HOME": str(tmp_path / "xdg"), "HOME": str(tmp_path)}
    assert run("demo", "--days", "3", env=env).returncode == 0
    assert (tmp_path / "xdg" / "trustplanner" / "trustplanner.db").exists()


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["demo", "--days", "abc"], "whole number"),
        (["demo", "--days", "0"], "between 1 and"),
        (["demo", "--nonsense"], "this command does not know --nonsense"),
        (["frobnicate"], "there is no command 'frobnicate'; the commands are 'demo'"),
        (["--lang", "de", "status"], "--lang cannot be 'de'; choose 'en', 'nl'"),
        (["demo", "--seed", "x"], "--seed needs a whole number, not 'x'"),
        (["demo", "--days"], "--days needs a value after it"),
        (["demo", "--person", "4"], "the example person is 1, 2 or 3"),
        (["demo", "--person", "one"], "the example person is 1, 2 or 3"),
        (["report"], "this command needs --out"),
        (["--lang", "nl", "frobnicate"], "er is geen opdracht 'frobnicate'"),
        (["--lang", "nl", "report"], "deze opdracht heeft --out nodig"),
        # The report speaks only once it draws; a bad date is told in Dutch all the same.
        (
            ["--lang", "nl", "report", "--from", "2026-13-01", "--out", "x.pdf"],
            "'2026-13-01' is geen datum; schrijf hem als JJJJ-MM-DD",
        ),
    ],
)
def test_bad_arguments_get_one_line_and_a_non_zero_exit(args, words):
    result = run(*args)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert words in lines[0]
    assert "Traceback" not in result.stderr


def test_demo_offers_each_example_person(tmp_path):
    from trustplanner.commands.parser import DEMO_PEOPLE
    from trustplanner.demo.person import PEOPLE
    from trustplanner.store.database import open_store

    assert len(PEOPLE) == DEMO_PEOPLE
    folder = tmp_path / "third"
    assert run("demo", "--days", "20", "--person", "3", "--data-dir", str(folder)).returncode == 0
    store = open_store(folder)
    try:
        tooks = store.rows("SELECT minutes, took_minutes FROM agreements WHERE took_minutes > 0")
        ratio = sum(r["took_minutes"] for r in tooks) / sum(r["minutes"] for r in tooks)
    finally:
        store.close()
    assert ratio > PEOPLE[0].estimate_ratio + 0.1  # the third takes much longer than the first


def test_demo_refuses_a_folder_with_a_persons_own_data(tmp_path):
    assert run("demo", "--days", "3", "--data-dir", str(tmp_path)).returncode == 0
    result = run("demo", "--days", "3", "--data-dir", str(tmp_path))
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "empty folder" in result.stderr


def test_a_folder_that_cannot_be_used_gets_one_line(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = run("demo", "--data-dir", str(blocker / "inside"))
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_a_damaged_store_gets_one_line_and_stays_untouched(tmp_path):
    (tmp_path / "trustplanner.db").write_bytes(b"garbage" * 1000)
    result = run("demo", "--data-dir", str(tmp_path))
    assert result.returncode == 1
    assert "is not a Trust Planner data file" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert (tmp_path / "trustplanner.db").read_bytes() == b"garbage" * 1000


def test_without_a_desktop_the_window_gets_one_line_and_starts_nothing(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run(
        [sys.executable, "-m", "trustplanner", "--tray", "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "trustplanner: there is no desktop to show the window on (DISPLAY is not set). "
        "Start Trust Planner from your desktop session."
    ]
    assert not (tmp_path / "trustplanner.db").exists()


def test_dutch_help_names_its_parts_in_dutch():
    text = run("--lang", "nl", "import", "--help").stdout
    assert "argumenten:" in text and "opdrachten:" not in text
    assert "BESTAND.json" in text and "--data-dir MAP" in text
    assert "opdrachten:" in run("--lang", "nl", "--help").stdout


def test_sizes_have_the_decimal_mark_of_the_language(tmp_path):
    from trustplanner.demo import fill_store
    from trustplanner.store.database import open_store

    store = open_store(tmp_path)
    fill_store(store, 30, dt.date.today())
    store.close()
    dutch = run("--lang", "nl", "backup", "--data-dir", str(tmp_path)).stdout
    english = run("--lang", "en", "backup", "--data-dir", str(tmp_path)).stdout
    assert re.search(r"\(\d+,\d MB\)", dutch), dutch
    assert re.search(r"\(\d+\.\d MB\)", english), english
