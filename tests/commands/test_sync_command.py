"""`trustplanner sync`: two data folders, one synced folder, the same history on both."""

import datetime as dt
import json
import platform

from pypdf import PdfReader

from tests.commands.test_cli import run

END = dt.date.today().isoformat()
START = (dt.date.today() - dt.timedelta(days=13)).isoformat()


def test_two_data_folders_kept_in_step_show_the_same_status(tmp_path):
    laptop, desktop, folder = tmp_path / "laptop", tmp_path / "desktop", tmp_path / "Sync"
    assert run("demo", "--days", "20", "--data-dir", str(laptop)).returncode == 0
    first = run("sync", "--folder", str(folder), "--data-dir", str(laptop))
    assert first.returncode == 0, first.stderr
    assert "change(s) written" in first.stdout or "changes written" in first.stdout
    second = run("sync", "--folder", str(folder), "--data-dir", str(desktop))
    assert second.returncode == 0, second.stderr
    assert "taken over" in second.stdout
    on_laptop = json.loads(run("status", "--json", "--data-dir", str(laptop)).stdout)
    on_desktop = json.loads(run("status", "--json", "--data-dir", str(desktop)).stdout)
    assert on_desktop == on_laptop
    # The same report on both, word for word.
    texts = []
    for data in (laptop, desktop):
        out = tmp_path / f"{data.name}.pdf"
        made = run(
            "report", "--from", START, "--to", END, "--out", str(out), "--data-dir", str(data)
        )
        assert made.returncode == 0, made.stderr
        texts.append([page.extract_text() for page in PdfReader(out).pages])
    assert texts[0] == texts[1] and "Self-trust" in texts[0][0]
    # Remembered: the next time needs no folder.
    assert run("sync", "--data-dir", str(desktop)).returncode == 0
    status = run("sync", "--status", "--data-dir", str(desktop))
    assert str(folder) in status.stdout and "Other computers in the folder: 1" in status.stdout
    # Each computer goes by its own name (its host name, here the same for both).
    assert f"({platform.node()})" in status.stdout


def test_without_a_folder_the_first_time_one_line_says_how(tmp_path):
    done = run("sync", "--data-dir", str(tmp_path / "data"))
    assert done.returncode != 0
    assert done.stderr.strip().count("\n") == 0 and "--folder" in done.stderr
    file = tmp_path / "a file"
    file.write_text("x")
    done = run("sync", "--folder", str(file), "--data-dir", str(tmp_path / "data"))
    assert done.returncode != 0 and "is not a folder" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_sync_that_cannot_go_on_makes_no_data_folder(tmp_path):
    assert run("sync", "--data-dir", str(tmp_path / "data")).returncode != 0
    assert run("sync", "--status", "--data-dir", str(tmp_path / "data")).returncode == 0
    assert not (tmp_path / "data").exists()
