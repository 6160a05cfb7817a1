"""Whatever two computers do, whenever their files arrive (late, out of order, twice),
and however far apart their clocks are, they end with the same records."""

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
HOURS = 3_600_000
TWINS = """SELECT item_id, day FROM agreements
           WHERE item_id IS NOT NULL AND renegotiated_from IS NULL AND step_id IS NULL
           GROUP BY item_id, day HAVING count(*) > 1"""

steps = st.lists(
    st.tuples(
        st.sampled_from([0, 1]),
        st.sampled_from(
            ["add", "rename", "commit", "keep", "move", "delete", "push", "deliver", "pull"]
        ),
        st.integers(0, 50),
    ),
    max_size=30,
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
    chosen = planned[number % len(planned)] if planned else None
    if action == "add":
        plans.add_items(store, TODAY, [(f"Thing {number}", 5 + number)], NOW)
    elif action == "rename" and chosen:
        plans.rename_item(store, chosen.id, f"Renamed {number}")
    elif action == "move" and chosen:
        plans.move_items(store, [chosen.id], TODAY + dt.timedelta(days=1 + number % 3), NOW)
    elif action == "delete" and chosen:
        plans.delete_items(store, [chosen.id])
    elif action == "commit" and planned:
        plans.commit_day(store, TODAY, NOW)
    elif action == "keep" and open_ones:
        store_agreements.mark_kept(store, open_ones[number % len(open_ones)].id, NOW)


def _deliver(source: Path, target: Path, number: int, everything: bool = False) -> None:
    """Copy one of the other computer's files (or all of them) into this one's copy of
    the folder, as a sync tool would: perhaps late, out of order, or again."""
    files = sorted(source.glob("*/*.segment"))
    if not files:
        return
    for path in files if everything else [files[number % len(files)]]:
        (target / path.parent.name).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, target / path.parent.name / path.name)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps, st.randoms(use_true_random=False))
def test_two_computers_converge_whatever_the_order(history, rnd):
    real_wall = engine._wall_ms
    base = 1_800_000_000_000
    # Clocks hours apart, and going back now and then.
    engine._wall_ms = lambda: base + rnd.randint(-3 * HOURS, 3 * HOURS)
    scratch = Path(tempfile.mkdtemp())
    folders = [scratch / "laptop-sync", scratch / "desktop-sync"]
    stores = [open_store(scratch / "laptop"), open_store(scratch / "desktop")]
    try:
        for store, folder in zip(stores, folders, strict=True):
            engine.turn_on(store, folder)
        for who, action, number in history:
            store, own, other = stores[who], folders[who], folders[1 - who]
            if action == "push":
                engine.push(store, own)
            elif action == "deliver":
                _deliver(other, own, number)
            elif action == "pull":
                engine.pull(store, own)
            else:
                _do(store, action, number)
        for _ in range(3):  # in the end every file arrives, and both sync
            for who in (0, 1):
                engine.push(stores[who], folders[who])
            for who in (0, 1):
                _deliver(folders[1 - who], folders[who], 0, everything=True)
            for who in (0, 1):
                engine.pull(stores[who], folders[who])
        assert _content(stores[0]) == _content(stores[1])
        for store in stores:  # and a planned item made an agreement on both is one
            assert not store.rows(TWINS)
    finally:
        engine._wall_ms = real_wall
        for store in stores:
            store.close()
        shutil.rmtree(scratch)
