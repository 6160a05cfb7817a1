"""Two data folders kept in step by two real Syncthing instances: what is done on one
is there on the other, in both directions."""

import datetime as dt
import json
import os
import subprocess
import sys

import pytest

from trustplanner.store import agreements as store_agreements
from trustplanner.store.database import open_store
from trustplanner.sync.segments import SegmentUnreadable, read_segment

from ..waiting import wait_for
from .syncthing import require_syncthing, two_syncthings

pytestmark = pytest.mark.slow


def trustplanner(*args):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "trustplanner", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def arrived(folder, count):
    """Whether `count` whole segments are in the folder (a half-synced one is not)."""
    found = 0
    for path in folder.glob("*/*.segment"):
        try:
            read_segment(path)
        except (SegmentUnreadable, OSError):
            return False
        found += 1
    return found >= count


def test_two_syncthings_keep_two_data_folders_in_step(tmp_path):
    require_syncthing()
    laptop, desktop = tmp_path / "laptop-data", tmp_path / "desktop-data"
    trustplanner("demo", "--days", "14", "--data-dir", str(laptop))
    with two_syncthings(tmp_path) as (on_laptop, on_desktop):
        trustplanner("sync", "--folder", str(on_laptop), "--data-dir", str(laptop))
        wait_for(lambda: arrived(on_desktop, 1), 90, "the laptop's changes on the desktop")
        said = trustplanner("sync", "--folder", str(on_desktop), "--data-dir", str(desktop))
        assert "taken over" in said
        status = [
            json.loads(trustplanner("status", "--json", "--data-dir", str(folder)))
            for folder in (laptop, desktop)
        ]
        assert status[0] == status[1]
        # Reviewed on the desktop: the laptop sees it.
        store = open_store(desktop)
        try:
            today = dt.date.today()
            open_one = next(a for a in store_agreements.agreements_on(store, today) if a.is_open)
            store_agreements.mark_kept(store, open_one.id, dt.datetime.now().astimezone())
        finally:
            store.close()
        trustplanner("sync", "--data-dir", str(desktop))
        wait_for(lambda: arrived(on_laptop, 2), 90, "the desktop's changes on the laptop")
        trustplanner("sync", "--data-dir", str(laptop))
        status = [
            json.loads(trustplanner("status", "--json", "--data-dir", str(folder)))
            for folder in (laptop, desktop)
        ]
        assert status[0] == status[1]
        assert status[0]["agreements"]["kept"] >= 1
