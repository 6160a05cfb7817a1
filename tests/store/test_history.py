import datetime as dt

from trustplanner.domain.trust_index import DayEvidence
from trustplanner.store import agreements as store_agreements
from trustplanner.store import evidence, history, plans


def test_evidence_counts_each_ending_per_day(store, now):
    today = now.date()
    plans.add_items(store, today, [("A", 10), ("B", 10), ("C", 60), ("D", 10), ("E", 10)], now)
    a, b, c, d, _open = plans.commit_day(store, today, now)
    store_agreements.mark_kept(store, a, now)
    store_agreements.mark_kept(store, b, now)
    store_agreements.renegotiate(store, c, now, new_day=today, new_minutes=30, reason="smaller")
    store_agreements.mark_didnt_happen(store, d, now)
    later = now + dt.timedelta(days=1)
    [e_new] = [
        x.id for x in store_agreements.agreements_on(store, today) if x.is_open and x.minutes == 30
    ]
    store_agreements.renegotiate(
        store, e_new, later, new_day=later.date(), new_minutes=30, reason="late"
    )
    assert evidence.day_evidence(store) == [
        DayEvidence(today, kept=2, renegotiated_honestly=1, renegotiated_late=1, didnt_happen=1)
    ]
    assert evidence.endings_on(store, today) == {
        "open": 1,
        "kept": 2,
        "renegotiated": 2,
        "didnt_happen": 1,
    }
    assert history.first_day(store) == today
    assert evidence.day_evidence(store, start=today + dt.timedelta(days=1)) == []


def test_planned_time_counts_a_same_day_smaller_agreement_once(store, now):
    today = now.date()
    tomorrow = today + dt.timedelta(days=1)
    plans.add_items(store, today, [("Write", 60), ("Call", 10)], now)
    write, call = plans.commit_day(store, today, now)
    store_agreements.renegotiate(store, write, now, new_day=today, new_minutes=20, reason="smaller")
    store_agreements.renegotiate(store, call, now, new_day=tomorrow, new_minutes=10, reason="later")
    assert history.planned_minutes(store) == {today: 70, tomorrow: 10}


def test_capacity_overrides_are_read_per_day(store, now):
    plans.set_capacity_override(store, now.date(), 90)
    assert history.capacity_overrides(store) == {now.date(): 90}
    assert history.capacity_overrides(store, start=now.date() + dt.timedelta(days=1)) == {}
