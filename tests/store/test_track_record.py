"""The track record the app learns from, read from the store."""

import datetime as dt

from trustplanner.domain.learning import DayKept, Took
from trustplanner.store import agreements as store_agreements
from trustplanner.store import plans
from trustplanner.store.settings import load_settings
from trustplanner.store.track_record import days_kept, what_it_took


def test_only_kept_agreements_with_a_time_said_teach_estimates(store, now):
    plans.add_items(store, now.date(), [("A", 10), ("B", 20), ("C", 30)], now)
    a, b, c = plans.commit_day(store, now.date(), now)
    store_agreements.mark_kept(store, a, now, took_minutes=15)
    store_agreements.mark_kept(store, b, now)
    store_agreements.mark_didnt_happen(store, c, now)
    assert what_it_took(store) == [Took(now.date(), 10, 15)]
    assert what_it_took(store, end=now.date() - dt.timedelta(days=1)) == []


def test_a_day_counts_its_plan_once_and_what_was_kept_of_it(store, now):
    day = now.date()
    plans.add_items(store, day, [("A", 60), ("B", 60), ("C", 30)], now)
    a, b, _still_open = plans.commit_day(store, day, now)
    store_agreements.mark_kept(store, a, now)
    smaller = store_agreements.renegotiate(
        store, b, now, new_day=day, new_minutes=20, reason="smaller is better"
    )
    store_agreements.mark_kept(store, smaller, now)
    # c stays open: not counted until it ends
    settings = load_settings(store)
    assert days_kept(store, settings) == [
        DayKept(day, 150, settings.capacity_on(day), agreed=2, kept=1)
    ]


def test_a_day_with_its_own_time_uses_it(store, now):
    day = now.date()
    plans.set_capacity_override(store, day, 90)
    plans.add_items(store, day, [("A", 60)], now)
    (a,) = plans.commit_day(store, day, now)
    store_agreements.mark_kept(store, a, now)
    assert days_kept(store, load_settings(store)) == [DayKept(day, 60, 90, agreed=1, kept=1)]
