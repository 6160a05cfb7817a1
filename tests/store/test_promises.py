"""Promises to other people in the store: telling them, and repairing honestly."""

import datetime as dt

import pytest

from trustplanner.domain.agreements import AFTERWARDS, AHEAD, ON_THE_DAY
from trustplanner.domain.promises import ACKNOWLEDGED, ROOM, SORRY
from trustplanner.store import agreements as store_agreements
from trustplanner.store import plans
from trustplanner.store.agreements import AgreementError
from trustplanner.store.evidence import day_evidence


@pytest.fixture
def friday(now):
    return now.date() + dt.timedelta(days=2)


@pytest.fixture
def dinner(store, now, friday):
    """Dinner with Sam on Friday at 19:00, agreed on Wednesday."""
    (item,) = plans.add_items(store, friday, [("Dinner", 90)], now)
    plans.set_promise(store, item, "Sam", "19:00")
    (agreement_id,) = plans.commit_day(store, friday, now)
    return agreement_id


def _score(store, day):
    (evidence,) = day_evidence(store, start=day, end=day)
    return evidence.score


@pytest.mark.parametrize(
    ("told", "lead", "score"),
    [
        (dt.datetime(2026, 11, 26, 20, 0), AHEAD, 85),  # Thursday evening
        (dt.datetime(2026, 11, 27, 9, 0), ON_THE_DAY, 75),  # Friday morning
        (dt.datetime(2026, 11, 27, 17, 30), AFTERWARDS, 0),  # the last moment
        (dt.datetime(2026, 11, 28, 10, 0), AFTERWARDS, 0),  # the day after
    ],
)
def test_a_promise_that_did_not_happen_counts_by_how_early_they_were_told(
    store, now, friday, dinner, told, lead, score
):
    told = told.replace(tzinfo=now.tzinfo)
    store_agreements.mark_didnt_happen(store, dinner, told)
    assert _score(store, friday) == 0
    store_agreements.record_told(store, dinner, told)
    agreement = store_agreements.get_agreement(store, dinner)
    assert (agreement.told_at, agreement.lead) == (told, lead)
    assert _score(store, friday) == score


def test_telling_is_for_an_ending_that_is_not_kept_and_reopening_forgets_it(
    store, now, friday, dinner
):
    with pytest.raises(AgreementError):
        store_agreements.record_told(store, dinner, now)  # still open
    store_agreements.mark_didnt_happen(store, dinner, now)
    store_agreements.record_told(store, dinner, now)
    store_agreements.reopen(store, dinner)
    agreement = store_agreements.get_agreement(store, dinner)
    assert (agreement.told_at, agreement.lead, agreement.is_open) == (None, None, True)


def test_repair_steps_are_noted_and_a_new_agreement_remembers_what_it_repairs(
    store, now, friday, dinner
):
    saturday = friday + dt.timedelta(days=1)
    store_agreements.mark_didnt_happen(store, dinner, now)
    store_agreements.note_repair(store, dinner, frozenset({ACKNOWLEDGED, SORRY}))
    assert store_agreements.get_agreement(store, dinner).repair == {ACKNOWLEDGED, SORRY}
    store_agreements.note_repair(store, dinner, frozenset({ROOM}))
    assert store_agreements.get_agreement(store, dinner).repair == {ROOM}
    new_id = store_agreements.make_repair_agreement(
        store, dinner, now, day=saturday, minutes=60, title="Lunch", promise_time="12:30"
    )
    new = store_agreements.get_agreement(store, new_id)
    assert (new.title, new.person, new.promise_time, new.repair_of, new.is_open) == (
        "Lunch",
        "Sam",
        "12:30",
        dinner,
        True,
    )
    with pytest.raises(AgreementError):
        store_agreements.note_repair(store, dinner, frozenset({"blame"}))


def test_a_renegotiated_promise_keeps_its_someone_and_may_be_told(store, now, friday, dinner):
    new_id = store_agreements.renegotiate(
        store, dinner, now, new_day=friday + dt.timedelta(days=7), new_minutes=90, reason="ill"
    )
    assert store_agreements.get_agreement(store, new_id).person == "Sam"
    store_agreements.record_told(store, dinner, now)
    old = store_agreements.get_agreement(store, dinner)
    assert old.told_at == now and old.lead == AHEAD  # the renegotiation's own lead


def test_how_long_before_a_promise_still_counts_as_in_time_is_the_persons_choice(
    store, now, friday, dinner
):
    told = dt.datetime(2026, 11, 27, 17, 30, tzinfo=now.tzinfo)  # 90 minutes before 19:00
    store_agreements.mark_didnt_happen(store, dinner, told)
    store_agreements.record_told(store, dinner, told, hours=1)
    assert store_agreements.get_agreement(store, dinner).lead == ON_THE_DAY
    store_agreements.reopen(store, dinner)
    store_agreements.mark_didnt_happen(store, dinner, told)
    store_agreements.record_told(store, dinner, told, hours=2)
    assert store_agreements.get_agreement(store, dinner).lead == AFTERWARDS
