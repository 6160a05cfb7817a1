"""Make it fit, made so and undone: the plan comes back exactly."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from trustplanner.domain.fitting import Candidate, Room, make_it_fit
from trustplanner.domain.splitting import is_too_big, propose_steps
from trustplanner.store import plans
from trustplanner.store.database import open_store
from trustplanner.store.fitting import make_it_so

NOW = dt.datetime(2026, 12, 7, 9, 0)
TODAY = NOW.date()
TABLES = ("items", "events")


def snapshot(store):
    return {table: store.rows(f"SELECT * FROM {table} ORDER BY 1") for table in TABLES}


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.tuples(st.integers(1, 600), st.booleans()), min_size=1, max_size=15),
    st.integers(0, 480),
    st.lists(st.integers(0, 480), max_size=10),
)
def test_a_plan_made_to_fit_holds_what_was_shown_and_one_undo_restores_it(drawn, room, free):
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder))
        try:
            ids = plans.add_items(
                store, TODAY, [(f"Item {n}", m) for n, (m, _) in enumerate(drawn)], NOW
            )
            items = [
                Candidate(item_id, m, must, propose_steps(m, 30)[0] if is_too_big(m, 30) else None)
                for item_id, (m, must) in zip(ids, drawn, strict=True)
            ]
            coming = [
                Room(TODAY + dt.timedelta(days=n + 1), minutes) for n, minutes in enumerate(free)
            ]
            fitted = make_it_fit(items, room, coming)
            before = snapshot(store)
            titles = {
                item_id: (f"First {item_id}", f"Rest {item_id}") for item_id in fitted.first_steps
            }
            with store.action() as change:
                make_it_so(store, fitted, titles, NOW)
            today = plans.planned_items(store, TODAY)
            assert sum(item.minutes for item in today) == fitted.today_minutes
            for room_day in coming:
                later = plans.planned_items(store, room_day.day)
                assert sum(item.minutes for item in later) <= room_day.free
            assert len(plans.someday_items(store)) == len(fitted.someday)
            store.undo(change)
            assert snapshot(store) == before
        finally:
            store.close()
