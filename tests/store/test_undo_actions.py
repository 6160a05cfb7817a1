"""Every user action can be undone and redone exactly, through the rows it recorded."""

import datetime as dt

import pytest

from trustplanner.store import agreements as store_agreements
from trustplanner.store import plans

TABLES = ("items", "agreements", "events", "day_capacity", "settings")


def snapshot(store):
    return {table: store.rows(f"SELECT * FROM {table} ORDER BY 1") for table in TABLES}


def setup_day(store, now):
    today = now.date()
    ids = plans.add_items(store, today, [("A", 10), ("Big", 120), ("C", 30)], now)
    return today, ids


ACTIONS = {
    "add": lambda s, n, ids: plans.add_items(s, n.date(), [("New", 15)], n),
    "rename": lambda s, n, ids: plans.rename_item(s, ids[0], "Renamed"),
    "estimate": lambda s, n, ids: plans.estimate_item(s, ids[0], 25),
    "move": lambda s, n, ids: plans.move_items(
        s, ids[:2], n.date() + dt.timedelta(days=1), n, "later"
    ),
    "let go": lambda s, n, ids: plans.let_go(s, [ids[2]], n, "no"),
    "some day": lambda s, n, ids: plans.put_aside(s, ids[1:], n, "later"),
    "rank": lambda s, n, ids: plans.rank_items(s, [ids[2]], ids[0]),
    "split": lambda s, n, ids: plans.split_item(s, ids[1], [("S1", 10), ("S2", 110)], n),
    "delete": lambda s, n, ids: plans.delete_items(s, [ids[0]]),
    "commit": lambda s, n, ids: plans.commit_day(s, n.date(), n),
    "capacity": lambda s, n, ids: plans.set_capacity_override(s, n.date(), 60),
}


@pytest.mark.parametrize("name", ACTIONS)
def test_plan_actions_undo_and_redo(store, now, name):
    _, ids = setup_day(store, now)
    before = snapshot(store)
    with store.action() as change:
        ACTIONS[name](store, now, ids)
    after = snapshot(store)
    assert after != before
    store.undo(change)
    assert snapshot(store) == before
    store.redo(change)
    assert snapshot(store) == after


@pytest.mark.parametrize("ending", ["kept", "didnt", "renegotiate"])
def test_endings_undo_and_redo(store, now, ending):
    setup_day(store, now)
    made = plans.commit_day(store, now.date(), now)
    before = snapshot(store)
    with store.action() as change:
        if ending == "kept":
            store_agreements.mark_kept(store, made[0], now)
        elif ending == "didnt":
            store_agreements.mark_didnt_happen(store, made[0], now, "tired")
        else:
            store_agreements.renegotiate(
                store, made[1], now, new_day=now.date(), new_minutes=30, reason="smaller"
            )
    after = snapshot(store)
    store.undo(change)
    assert snapshot(store) == before
    store.redo(change)
    assert snapshot(store) == after
