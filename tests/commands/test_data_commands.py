"""backup, check, restore, export and import, run as a person runs them."""

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.commands.test_cli import run
from tests.store.damaged_files import KINDS, damage_index, damage_table
from trustplanner.commands.damage_words import EXIT_EXPORTED_FROM_DAMAGE
from trustplanner.exchange.fields import KINDS as KINDS_OF_RECORD


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


def _records(export: Path) -> int:
    document = json.loads(export.read_text())
    return sum(len(document[kind]) for kind in KINDS_OF_RECORD)


def test_a_damaged_store_gets_one_line_then_restore_puts_the_backup_back(tmp_path):
    folder = tmp_path / "d"
    assert run("demo", "--days", "30", "--data-dir", str(folder)).returncode == 0
    assert run("backup", "--data-dir", str(folder)).returncode == 0
    # The rows of the agreements themselves: every command that reads them meets it.
    database = damage_table(folder / "trustplanner.db", "agreements")
    damaged = database.read_bytes()

    # status only reads, and checks the file's header only: quick to start, it writes nothing.
    for command in (["demo"], ["backup"]):
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


def _exported_from_damage(result) -> str:
    assert result.returncode == EXIT_EXPORTED_FROM_DAMAGE, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and result.stdout == ""
    (line,) = result.stderr.strip().splitlines()
    return line


def test_export_of_damaged_table_pages_saves_what_can_be_read_and_says_so(demo_dir, tmp_path):
    folder = tmp_path / "d"
    shutil.copytree(demo_dir, folder)
    whole = tmp_path / "whole.json"
    assert run("export", "--out", str(whole), "--data-dir", str(folder)).returncode == 0
    assert run("backup", "--data-dir", str(folder)).returncode == 0
    database = damage_table(folder / "trustplanner.db", "agreements")
    damaged = database.read_bytes()

    out = tmp_path / "saved.json"
    line = _exported_from_damage(run("export", "--out", str(out), "--data-dir", str(folder)))
    saved = _records(out)
    assert "is damaged; exported what could be read" in line and f"{saved} records" in line
    assert "'trustplanner restore' puts back the backup of" in line
    assert database.read_bytes() == damaged
    document = json.loads(out.read_text())
    lost = len(json.loads(whole.read_text())["agreements"]) - len(document["agreements"])
    # One page of agreements is lost, the rest is there, and so is everything else.
    assert 0 < lost < len(document["agreements"])
    assert document["items"] == json.loads(whole.read_text())["items"]

    # The saved export imports whole: what it holds fits together.
    new = tmp_path / "new"
    imported = run("import", str(out), "--data-dir", str(new))
    assert imported.returncode == 0, imported.stderr
    with sqlite3.connect(new / "trustplanner.db") as conn:
        assert conn.execute("SELECT count(*) FROM agreements").fetchone()[0] == len(
            document["agreements"]
        )
    conn.close()

    dutch = _exported_from_damage(
        run("--lang", "nl", "export", "--out", str(out), "--data-dir", str(folder))
    )
    assert "is beschadigd" in dutch and "trustplanner restore" in dutch


def test_export_of_a_damaged_index_saves_everything_and_still_says_so(demo_dir, tmp_path):
    folder = tmp_path / "d"
    shutil.copytree(demo_dir, folder)
    whole = tmp_path / "whole.json"
    assert run("export", "--out", str(whole), "--data-dir", str(folder)).returncode == 0
    damage_index(folder / "trustplanner.db", "agreements_by_day")

    out = tmp_path / "saved.json"
    csv_out = tmp_path / "csv"
    line = _exported_from_damage(run("export", "--out", str(out), "--data-dir", str(folder)))
    assert "is damaged" in line and "no backup to restore, so keep this export safe" in line
    kept = json.loads(out.read_text())
    assert {kind: kept[kind] for kind in KINDS_OF_RECORD} == {
        kind: json.loads(whole.read_text())[kind] for kind in KINDS_OF_RECORD
    }
    as_csv = run("export", "--format", "csv", "--out", str(csv_out), "--data-dir", str(folder))
    assert f"{_records(out)} records" in _exported_from_damage(as_csv)
    assert (csv_out / "agreements.csv").read_text().count("\n") == len(kept["agreements"]) + 1


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
    assert any(title.startswith("Eerste stap van ") for title in titles)
    assert "Je uitspreken op het werk" in themes
