import datetime as dt

import pytest

from trustplanner.domain.agreements import AFTERWARDS, AHEAD, ON_THE_DAY, RenegotiationProblem
from trustplanner.domain.endings import Ending
from trustplanner.store import agreements as store_agreements
from trustplanner.store import plans
from trustplanner.store.evidence import day_evidence


@pytest.fixture
def made(store, now):
    plans.add_items(store, now.date(), [("Call the dentist", 10), ("Write the proposal", 60)], now)
    return plans.commit_day(store, now.date(), now)


def test_kept(store, now, made):
    store_agreements.mark_kept(store, made[0], now)
    agreement = store_agreements.get_agreement(store, made[0])
    assert agreement.ending is Ending.KEPT
    assert agreement.ended_at == now


def test_kept_says_what_it_took_or_not(store, now, made):
    store_agreements.mark_kept(store, made[0], now, took_minutes=25)
    store_agreements.mark_kept(store, made[1], now)
    first, second = (store_agreements.get_agreement(store, i) for i in made)
    assert (first.took_minutes, second.took_minutes) == (25, None)


def test_what_it_took_can_be_said_later_and_taken_back(store, now, made):
    store_agreements.mark_kept(store, made[0], now)
    with store.action() as change:
        store_agreements.record_what_it_took(store, made[0], 15)
    assert store_agreements.get_agreement(store, made[0]).took_minutes == 15
    store.undo(change)
    assert store_agreements.get_agreement(store, made[0]).took_minutes is None
    store_agreements.record_what_it_took(store, made[0], 15)
    store_agreements.record_what_it_took(store, made[0], None)
    assert store_agreements.get_agreement(store, made[0]).took_minutes is None


@pytest.mark.parametrize("minutes", [0, -5, 1441])
def test_what_it_took_is_a_minute_to_a_day(store, now, made, minutes):
    with pytest.raises(store_agreements.AgreementError):
        store_agreements.mark_kept(store, made[0], now, took_minutes=minutes)
    assert store_agreements.get_agreement(store, made[0]).is_open


def test_only_a_kept_agreement_says_what_it_took(store, now, made):
    store_agreements.mark_didnt_happen(store, made[0], now)
    with pytest.raises(store_agreements.AgreementError):
        store_agreements.record_what_it_took(store, made[0], 10)


def test_reopening_forgets_what_it_took(store, now, made):
    store_agreements.mark_kept(store, made[0], now, took_minutes=12)
    store_agreements.reopen(store, made[0])
    assert store_agreements.get_agreement(store, made[0]).took_minutes is None


def test_the_store_itself_refuses_what_no_day_holds(store, now, made):
    import sqlite3

    with pytest.raises(sqlite3.IntegrityError), store.action():
        store.update("agreements", made[0], took_minutes=2000)


def test_didnt_happen_with_an_optional_note(store, now, made):
    store_agreements.mark_didnt_happen(store, made[0], now, "too tired")
    store_agreements.mark_didnt_happen(store, made[1], now)
    first, second = (store_agreements.get_agreement(store, i) for i in made)
    assert (first.ending, first.note) == (Ending.DIDNT_HAPPEN, "too tired")
    assert (second.ending, second.note) == (Ending.DIDNT_HAPPEN, None)


def test_renegotiating_on_its_day_is_honest_and_makes_a_new_agreement(store, now, made):
    tomorrow = now.date() + dt.timedelta(days=1)
    new_id = store_agreements.renegotiate(
        store, made[1], now, new_day=tomorrow, new_minutes=60, reason="the day filled up"
    )
    old = store_agreements.get_agreement(store, made[1])
    new = store_agreements.get_agreement(store, new_id)
    assert old.ending is Ending.RENEGOTIATED_HONESTLY
    assert old.note == "the day filled up"
    assert (new.day, new.minutes, new.is_open, new.renegotiated_from) == (
        tomorrow,
        60,
        True,
        old.id,
    )
    assert store_agreements.successors(store, [old.id]) == {old.id: new}


def test_renegotiating_smaller_on_the_same_day(store, now, made):
    new_id = store_agreements.renegotiate(
        store,
        made[1],
        now,
        new_day=now.date(),
        new_minutes=20,
        reason="start small",
        new_title="Write the first paragraph",
    )
    new = store_agreements.get_agreement(store, new_id)
    assert (new.title, new.minutes, new.day) == ("Write the first paragraph", 20, now.date())


def test_renegotiating_after_the_day_is_late(store, now, made):
    two_days_later = now + dt.timedelta(days=2)
    store_agreements.renegotiate(
        store,
        made[0],
        two_days_later,
        new_day=two_days_later.date(),
        new_minutes=10,
        reason="forgot",
    )
    assert store_agreements.get_agreement(store, made[0]).ending is Ending.RENEGOTIATED_LATE


@pytest.mark.parametrize(
    ("said", "lead", "day_score"),
    [(-1, AHEAD, 85), (0, ON_THE_DAY, 75), (1, AFTERWARDS, 25)],
)
def test_how_early_a_change_was_said_is_kept_and_counted(store, now, said, lead, day_score):
    day = now.date() + dt.timedelta(days=3)
    plans.add_items(store, day, [("Dinner with Sam", 90)], now)
    (agreement_id,) = plans.commit_day(store, day, now)
    when = dt.datetime.combine(day + dt.timedelta(days=said), now.timetz())
    store_agreements.renegotiate(
        store,
        agreement_id,
        when,
        new_day=day + dt.timedelta(days=7),
        new_minutes=90,
        reason="a week later suits us both",
    )
    assert store_agreements.get_agreement(store, agreement_id).lead == lead
    (evidence,) = day_evidence(store, start=day, end=day)
    assert evidence.score == day_score


def test_an_ending_from_before_leads_were_kept_counts_as_it_did(store, now, made):
    store_agreements.renegotiate(
        store, made[1], now, new_day=now.date(), new_minutes=20, reason="start small"
    )
    with store.action():
        store.update("agreements", made[1], lead=None)  # as every ending before schema 12
    (evidence,) = day_evidence(store, start=now.date(), end=now.date())
    assert evidence.score == 75


def test_a_renegotiation_that_breaks_a_rule_changes_nothing(store, now, made):
    with pytest.raises(store_agreements.AgreementError) as caught:
        store_agreements.renegotiate(
            store, made[1], now, new_day=now.date(), new_minutes=60, reason="x"
        )
    assert caught.value.problem is RenegotiationProblem.NOT_SMALLER
    assert store_agreements.get_agreement(store, made[1]).is_open
    assert store.value("SELECT count(*) FROM agreements") == 2


def test_an_ended_agreement_cannot_end_twice(store, now, made):
    store_agreements.mark_kept(store, made[0], now)
    with pytest.raises(store_agreements.AgreementError):
        store_agreements.mark_didnt_happen(store, made[0], now)


def test_agreements_stay_open_until_the_person_says(store, now, made):
    next_week = now.date() + dt.timedelta(days=7)
    still_open = store_agreements.open_before(store, next_week)
    assert [a.id for a in still_open] == made


def test_reopen_takes_back_kept_and_didnt_happen_only(store, now, made):
    store_agreements.mark_kept(store, made[0], now)
    store_agreements.reopen(store, made[0])
    assert store_agreements.get_agreement(store, made[0]).is_open
    store_agreements.renegotiate(
        store, made[1], now, new_day=now.date() + dt.timedelta(days=1), new_minutes=60, reason="x"
    )
    with pytest.raises(store_agreements.AgreementError):
        store_agreements.reopen(store, made[1])
