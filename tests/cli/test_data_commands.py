"""backup, check, restore, export and import, run as a person runs them."""

import json
import sqlite3

import pytest

from tests.cli.test_cli import run
from tests.store.damaged_files import KINDS, overwrite_middle_pages


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    assert run("demo", "--days", "30", "--data-dir", str(folder)).returncode == 0
    return folder


def _one_line_failure(result) -> str:
    assert result.returncode == 1, result.stdout
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_backup_then_check_lists_it(tmp_path):
    folder = tmp_path / "d"
    assert run("demo", "--days", "5", "--data-dir", str(folder)).returncode == 0
    made = run("backup", "--data-dir", str(folder))
    assert made.returncode == 0, made.stderr
    (backup,) = (folder / "backups").iterdir()
    assert str(backup) in made.stdout
    checked = run("check", "--data-dir", str(folder))
    assert checked.returncode == 0
    assert "is sound" in checked.stdout
    assert f"{backup.name}" in checked.stdout and "sound" in checked.stdout.splitlines()[-1]


def test_a_damaged_store_gets_one_line_then_restore_puts_the_backup_back(tmp_path):
    folder = tmp_path / "d"
    assert run("demo", "--days", "30", "--data-dir", str(folder)).returncode == 0
    assert run("backup", "--data-dir", str(folder)).returncode == 0
    database = overwrite_middle_pages(folder / "trustplanner.db")
    damaged = database.read_bytes()

    # status only reads, and checks the file's header only: quick to start, it writes nothing.
    for command in (["demo"], ["backup"], ["export", "--out", str(tmp_path / "x.json")]):
        line = _one_line_failure(run(*command, "--data-dir", str(folder)))
        assert "is damaged" in line and "trustplanner restore" in line, command
    assert database.read_bytes() == damaged
    checked = run("check", "--data-dir", str(folder))
    assert checked.returncode == 1 and "is damaged" in checked.stdout

    restored = run("restore", "--data-dir", str(folder))
    assert restored.returncode == 0, restored.stderr
    # The damaged file is kept as it was found, with SQLite's files beside it.
    (aside,) = (
        path
        for path in folder.glob("trustplanner.db.damaged-*")
        if not path.name.endswith(("-wal", "-shm"))
    )
    assert aside.read_bytes() == damaged
    assert str(aside) in restored.stdout
    assert run("check", "--data-dir", str(folder)).returncode == 0
    assert run("status", "--data-dir", str(folder)).returncode == 0


@pytest.mark.parametrize("kind", ["empty", "not a database"])
def test_without_a_backup_the_message_says_so(tmp_path, kind):
    KINDS[kind](tmp_path)
    line = _one_line_failure(run("status", "--data-dir", str(tmp_path)))
    assert "no backup to restore" in line
    assert _one_line_failure(run("restore", "--data-dir", str(tmp_path)))


def test_restore_leaves_a_sound_store_alone(demo_dir):
    line = _one_line_failure(run("restore", "--data-dir", str(demo_dir)))
    assert "nothing to restore" in line


def test_export_then_import_into_a_new_folder_and_again(demo_dir, tmp_path):
    out = tmp_path / "everything.json"
    exported = run("export", "--out", str(out), "--data-dir", str(demo_dir))
    assert exported.returncode == 0, exported.stderr
    assert json.loads(out.read_text())["version"] == 1
    new = tmp_path / "new"
    first = run("import", str(out), "--data-dir", str(new))
    assert first.returncode == 0, first.stderr
    assert "Imported" in first.stdout
    second = run("import", str(out), "--data-dir", str(new))
    assert "Imported 0 new records" in second.stdout
    with (
        sqlite3.connect(demo_dir / "trustplanner.db") as a,
        sqlite3.connect(new / "trustplanner.db") as b,
    ):
        count = "SELECT count(*) FROM agreements"
        assert a.execute(count).fetchone() == b.execute(count).fetchone()


def test_export_as_csv_writes_one_file_per_kind(demo_dir, tmp_path):
    out = tmp_path / "csv"
    assert (
        run("export", "--format", "csv", "--out", str(out), "--data-dir", str(demo_dir)).returncode
        == 0
    )
    names = sorted(path.name for path in out.iterdir())
    assert "agreements.csv" in names and "fears.csv" in names and "settings.csv" in names
    header = (out / "agreements.csv").read_text().splitlines()[0]
    assert header.startswith("id,item_id,title,minutes,day")


def test_a_bad_import_gets_one_line_and_changes_nothing(demo_dir, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps(
            {
                "format": "trustplanner-export",
                "version": 1,
                "source": "x",
                "fears": [{"id": 1, "situation": ""}],
            }
        )
    )
    before = (demo_dir / "trustplanner.db").read_bytes()
    line = _one_line_failure(run("import", str(bad), "--data-dir", str(demo_dir)))
    assert "nothing was imported" in line and "fears, record 1" in line
    assert (demo_dir / "trustplanner.db").read_bytes() == before


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["export", "--out", "{tmp}"], "is a folder"),
        (["export", "--format", "csv", "--out", "{tmp}/file.txt"], "is a file"),
        (["export", "--out", "/proc/no/such/place.json"], "cannot write"),
        (["import", "{tmp}/missing.json"], "cannot be read"),
    ],
)
def test_export_and_import_mistakes_get_one_line(demo_dir, tmp_path, args, words):
    (tmp_path / "file.txt").write_text("x")
    line = _one_line_failure(
        run(*[a.replace("{tmp}", str(tmp_path)) for a in args], "--data-dir", str(demo_dir))
    )
    assert words in line


def test_commands_speak_the_language_asked_for_or_chosen_in_settings(tmp_path):
    folder = tmp_path / "data"
    assert run("demo", "--days", "5", "--data-dir", str(folder)).returncode == 0
    assert "is sound" in run("check", "--data-dir", str(folder)).stdout
    dutch = run("--lang", "nl", "check", "--data-dir", str(folder)).stdout
    assert "is in orde" in dutch and "reservekopie" not in dutch.split("\n")[0]

    from trustplanner.domain.settings import Settings
    from trustplanner.store.database import open_store
    from trustplanner.store.settings import save_settings

    store = open_store(folder)
    save_settings(store, Settings(language="nl"))
    store.close()
    assert "is in orde" in run("check", "--data-dir", str(folder)).stdout
    assert "is sound" in run("check", "--lang", "en", "--data-dir", str(folder)).stdout
    # The glance for scripts speaks JSON, in any language, and loads no Qt for it.
    assert '"index"' in run("status", "--json", "--data-dir", str(folder)).stdout


def test_a_dutch_demo_writes_its_example_history_in_dutch(tmp_path):
    folder = tmp_path / "voorbeeld"
    result = run("--lang", "nl", "demo", "--days", "30", "--data-dir", str(folder))
    assert result.returncode == 0 and "dagen voorbeeldgeschiedenis" in result.stdout
    with sqlite3.connect(folder / "trustplanner.db") as conn:
        titles = {title for (title,) in conn.execute("SELECT title FROM items")}
        themes = {theme for (theme,) in conn.execute("SELECT theme FROM ladders")}
    conn.close()
    assert "Clean the kitchen" not in titles
    assert any(title.startswith("Begin maken: ") for title in titles)
    assert "Je uitspreken op het werk" in themes
