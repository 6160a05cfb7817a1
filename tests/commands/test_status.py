import datetime as dt
import json
import os
import subprocess
import sys

from trustplanner.status import read_status
from trustplanner.store import agreements as store_agreements
from trustplanner.store import plans
from trustplanner.store.database import open_store


def run(*args):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "trustplanner", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def test_status_of_a_folder_without_a_store_is_neutral_and_creates_nothing(tmp_path):
    result = run("status", "--json", "--data-dir", str(tmp_path / "none"))
    assert result.returncode == 0, result.stderr
    status = json.loads(result.stdout)
    assert status["index"] == 50.0
    assert status["agreements"] == {
        "total": 0,
        "open": 0,
        "kept": 0,
        "renegotiated": 0,
        "didnt_happen": 0,
    }
    assert not (tmp_path / "none").exists()


def test_status_counts_today_and_reads_the_index(tmp_path):
    today = dt.date.today()
    now = dt.datetime.now().astimezone()
    store = open_store(tmp_path)
    a, b, _c = plans.add_items(store, today, [("A", 10), ("B", 10), ("C", 10)], now)
    plans.set_promise(store, b, "Sam")
    plans.set_promise(store, _c, "Noor", "19:00")
    a, b, _c = plans.commit_day(store, today, now)
    store_agreements.mark_kept(store, a, now)
    store_agreements.mark_didnt_happen(store, b, now)
    store_agreements.record_told(store, b, now)
    store.close()
    result = run("status", "--json", "--data-dir", str(tmp_path))
    status = json.loads(result.stdout)
    assert status["date"] == today.isoformat()
    assert status["agreements"] == {
        "total": 3,
        "open": 1,
        "kept": 1,
        "renegotiated": 0,
        "didnt_happen": 1,
    }
    assert status["promises_to_others"] == {"total": 2, "open": 1, "told": 1}
    assert "Sam" not in result.stdout  # counts only, no names
    # a kept one (100) and one told on the day (75): the index steps from 50 towards 87.5
    assert 50.0 < status["index"] < 87.5
    assert set(status) == {
        "date",
        "agreements",
        "promises_to_others",
        "index",
        "index_change_7_days",
        "index_change_30_days",
        "half_life_days",
    }
    text = run("status", "--data-dir", str(tmp_path)).stdout
    assert "Agreements today: 3 (1 kept, 1 didn't happen, 1 open)" in text
    assert f"Self-trust index: {status['index']}" in text


def test_status_json_loads_only_what_a_glance_needs(tmp_path):
    open_store(tmp_path).close()
    code = (
        "import sys\n"
        "from trustplanner.commands.main import main\n"
        f"main(['status', '--json', '--data-dir', {str(tmp_path)!r}])\n"
        # Besides the big ones: what the glance does not use (the rules of fears, nudges and
        # agreements, all the settings, dataclasses and the inspect module they load; logging
        # and threads; shutil, which argparse would load for its help).
        "heavy = ('PySide6', 'numpy', 'sqlite_utils', 'matplotlib', 'logging', 'threading',\n"
        "         'concurrent.futures', 'shutil', 'trustplanner.domain.fears',\n"
        "         'trustplanner.domain.nudges', 'trustplanner.domain.agreements',\n"
        "         'trustplanner.domain.settings', 'dataclasses', 'inspect')\n"
        "heavy = [m for m in heavy if m in sys.modules]\n"
        "print('HEAVY', heavy)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip().splitlines()[-1] == "HEAVY []"


def test_read_status_matches_ten_days_of_demo(tmp_path):
    from trustplanner.demo import fill_store

    store = open_store(tmp_path)
    today = dt.date.today()
    fill_store(store, 60, today)
    store.close()
    status = read_status(tmp_path, today)
    assert 0 <= status.index <= 100
    assert status.total == status.open + status.kept + status.renegotiated + status.didnt_happen > 0


def test_a_read_only_command_leaves_another_programs_database_as_it_was(tmp_path):
    import hashlib
    import sqlite3

    database = tmp_path / "trustplanner.db"
    with sqlite3.connect(database) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
        conn.execute("CREATE TABLE items (what TEXT)")  # a name that clashes with ours
        conn.execute("INSERT INTO recipes VALUES ('soup')")
    conn.close()
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    result = run("status", "--data-dir", str(tmp_path))
    assert result.returncode != 0
    assert "is not a Trust Planner data file" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["trustplanner.db"]  # no -wal, -shm
    # `check` says what it is, not that it is damaged, and changes nothing either.
    checked = run("check", "--data-dir", str(tmp_path))
    assert checked.returncode == 1
    assert "is not a Trust Planner data file" in checked.stdout
    assert "damaged" not in checked.stdout
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before
