"""Whatever two computers do, in whatever order they sync, they end with the same records."""

import datetime as dt
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trustplanner.store import agreements as store_agreements
from trustplanner.store import plans
from trustplanner.store.database import open_store
from trustplanner.sync import engine

NOW = dt.datetime(2026, 12, 7, 9, 0).astimezone()
TODAY = NOW.date()

steps = st.lists(
    st.tuples(
        st.sampled_from([0, 1]),
        st.sampled_from(["add", "rename", "commit", "keep", "sync", "push", "move"]),
        st.integers(0, 50),
    ),
    max_size=25,
)


def _content(store):
    items = sorted(
        (row["title"], row["minutes"], row["day"], row["state"])
        for row in store.rows("SELECT * FROM items")
    )
    agreements = sorted(
        (row["title"], row["day"], row["outcome"]) for row in store.rows("SELECT * FROM agreements")
    )
    return items, agreements


def _do(store, action, number):
    planned = plans.planned_items(store, TODAY)
    open_ones = [a for a in store_agreements.agreements_on(store, TODAY) if a.is_open]
    if action == "add":
        plans.add_items(store, TODAY, [(f"Thing {number}", 5 + number)], NOW)
    elif action == "rename" and planned:
        plans.rename_item(store, planned[number % len(planned)].id, f"Renamed {number}")
    elif action == "move" and planned:
        later = TODAY + dt.timedelta(days=1 + number % 3)
        plans.move_items(store, [planned[number % len(planned)].id], later, NOW)
    elif action == "commit" and planned:
        plans.commit_day(store, TODAY, NOW)
    elif action == "keep" and open_ones:
        store_agreements.mark_kept(store, open_ones[number % len(open_ones)].id, NOW)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps)
def test_two_computers_converge_whatever_the_order(history):
    scratch = Path(tempfile.mkdtemp())
    folder = scratch / "Sync"
    stores = [open_store(scratch / "laptop"), open_store(scratch / "desktop")]
    try:
        for store in stores:
            engine.turn_on(store, folder)
        for who, action, number in history:
            store = stores[who]
            if action == "sync":
                engine.sync_once(store, folder)
            elif action == "push":
                engine.push(store, folder)  # written, not yet read by the other
            else:
                _do(store, action, number)
        for _ in range(2):
            for store in stores:
                engine.sync_once(store, folder)
        assert _content(stores[0]) == _content(stores[1])
    finally:
        for store in stores:
            store.close()
        shutil.rmtree(scratch)
