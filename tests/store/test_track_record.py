"""The track record the app learns from, read from the store."""

import datetime as dt

from trustplanner.domain.keeping import DayKept
from trustplanner.domain.learning import Took
from trustplanner.store import agreements as store_agreements
from trustplanner.store import plans
from trustplanner.store.history import what_it_took
from trustplanner.store.settings import load_settings
from trustplanner.store.track_record import days_kept


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


def _a_kept_day(store, day, now, minutes=(30, 30), took=45):
    now = dt.datetime.combine(day, now.timetz())
    plans.add_items(store, day, [(f"Item {n}", m) for n, m in enumerate(minutes)], now)
    for agreement in plans.commit_day(store, day, now):
        store_agreements.mark_kept(store, agreement, now, took_minutes=took)


def test_what_is_learned_leaves_out_today_and_days_before_a_fresh_start(store, now):
    from dataclasses import replace

    from trustplanner.store.track_record import learned

    today = now.date()
    for back in range(0, 5):
        _a_kept_day(store, today - dt.timedelta(days=back), now)
    settings = load_settings(store)
    knowing = learned(store, settings, today)
    assert knowing.days == 4 and knowing.took_count == 8  # today waits for tomorrow
    afresh = replace(settings, learn_from=(today - dt.timedelta(days=2)).isoformat())
    assert learned(store, afresh, today).days == 2


def test_the_evidence_mark_moves_with_every_ending_before_today_and_only_then(store, now):
    from trustplanner.store.track_record import evidence_mark

    today = now.date()
    yesterday = today - dt.timedelta(days=1)
    before = evidence_mark(store, today)
    _a_kept_day(store, today, now)
    assert evidence_mark(store, today) == before  # today's endings count from tomorrow
    then = now - dt.timedelta(days=1)
    plans.add_items(store, yesterday, [("Late", 20)], then)
    (late,) = plans.commit_day(store, yesterday, then)
    assert evidence_mark(store, today) == before  # open: not yet evidence
    store_agreements.mark_kept(store, late, now)
    kept = evidence_mark(store, today)
    assert kept != before
    plans.set_capacity_override(store, yesterday, 60)
    assert evidence_mark(store, today) != kept


def test_the_minutes_planned_on_a_day_are_its_items_and_standing_agreements(store, now):
    from trustplanner.store.track_record import minutes_planned_on

    day = now.date()
    plans.add_items(store, day, [("A", 10), ("B", 20), ("C", 40)], now)
    a, b, _c = plans.commit_day(store, day, now)
    plans.add_items(store, day, [("Not yet agreed", 25), ("No estimate", None)], now)
    store_agreements.renegotiate(store, b, now, new_day=day, new_minutes=5, reason="smaller")
    store_agreements.mark_kept(store, a, now)
    assert sorted(minutes_planned_on(store, day)) == [5, 10, 25, 40]
