import datetime as dt

import pytest

from tests.fear_entries import faced
from trustplanner.domain.fears import FearOutcome, FearProblem
from trustplanner.domain.trust_index import DayEvidence
from trustplanner.store import agreements as store_agreements
from trustplanner.store import evidence, fears


def test_log_edit_and_find(store, now):
    entry = faced(fears.exposure_for(_step(store), now.date()))
    fear_id = fears.log_fear(store, entry, now)
    stored = fears.get_fear(store, fear_id)
    assert stored.situation == "Ask a question" and stored.step_id is not None
    changed = stored.__class__(**{**stored.__dict__, "anxiety_after": 10, "tags": ("work", "Team")})
    fears.edit_fear(store, changed)
    assert fears.get_fear(store, fear_id).anxiety_after == 10
    assert fears.all_tags(store) == ["Team", "work"]
    assert [e.id for e in fears.find_fears(store, fears.FearFilter(tag="WORK"))] == [fear_id]
    assert fears.find_fears(store, fears.FearFilter(tag="family")) == []
    assert [e.id for e in fears.find_fears(store, fears.FearFilter(words="QUESTION"))] == [fear_id]
    ladder_id = fears.get_step(store, stored.step_id).ladder_id
    assert len(fears.find_fears(store, fears.FearFilter(ladder_id=ladder_id))) == 1
    assert fears.find_fears(store, fears.FearFilter(ladder_id=ladder_id + 1)) == []
    later = fears.FearFilter(start=now.date() + dt.timedelta(days=1))
    assert fears.find_fears(store, later) == []


def _step(store):
    now = dt.datetime(2026, 11, 25, 9, tzinfo=dt.UTC)
    ladder_id = fears.create_ladder(store, "Speaking up at work", now)
    step_id = fears.add_step(store, ladder_id, "Ask a question", 40)
    return fears.get_step(store, step_id)


def test_an_entry_that_cannot_be_saved_changes_nothing(store, now):
    bad = faced(fears.exposure_for(_step(store), now.date()))
    bad = bad.__class__(**{**bad.__dict__, "situation": " ", "anxiety_before": 120})
    with pytest.raises(fears.FearError) as caught:
        fears.log_fear(store, bad, now)
    assert caught.value.problems == {
        "situation": FearProblem.EMPTY,
        "anxiety_before": FearProblem.OUT_OF_RANGE,
    }
    assert store.value("SELECT count(*) FROM fears") == 0


def test_deleting_can_be_undone(store, now):
    fear_id = fears.log_fear(store, faced(fears.exposure_for(_step(store), now.date())), now)
    with store.action() as change:
        fears.delete_fears(store, [fear_id])
    assert store.value("SELECT count(*) FROM fears") == 0
    store.undo(change)
    assert fears.get_fear(store, fear_id).situation == "Ask a question"


def test_ladder_steps_keep_their_order_and_can_be_moved(store, now):
    ladder_id = fears.create_ladder(store, "Phone calls", now)
    hard = fears.add_step(store, ladder_id, "Call the landlord", 80)
    easy = fears.add_step(store, ladder_id, "Call a friend", 20)
    middle = fears.add_step(store, ladder_id, "Call the dentist", 50)
    assert [s.id for s in fears.get_ladder(store, ladder_id).steps] == [easy, middle, hard]
    assert fears.move_step(store, hard, -1)
    assert [s.id for s in fears.get_ladder(store, ladder_id).steps] == [easy, hard, middle]
    assert not fears.move_step(store, easy, -1)
    fears.edit_step(store, middle, "Call the dentist's office", 45)
    assert fears.get_step(store, middle).expected_anxiety == 45


def test_deleting_a_ladder_keeps_the_fears_faced(store, now):
    step = _step(store)
    fear_id = fears.log_fear(store, faced(fears.exposure_for(step, now.date())), now)
    fears.delete_ladder(store, step.ladder_id)
    assert fears.ladders(store) == []
    assert fears.get_fear(store, fear_id).step_id is None


def test_planning_a_step_makes_an_agreement_linked_to_it(store, now):
    step = _step(store)
    tomorrow = now.date() + dt.timedelta(days=1)
    agreement_id = fears.plan_step(store, step.id, tomorrow, 20, now)
    agreement = store_agreements.get_agreement(store, agreement_id)
    assert (agreement.title, agreement.day, agreement.minutes, agreement.step_id) == (
        "Ask a question",
        tomorrow,
        20,
        step.id,
    )
    assert fears.step_of_agreement(store, agreement_id) == step


def test_a_fear_faced_is_evidence_for_the_index(store, now):
    today = now.date()
    fears.log_fear(store, faced(fears.exposure_for(_step(store), today)), now)
    assert evidence.day_evidence(store) == [DayEvidence(today, fears_faced=1)]
    assert evidence.fears_per_day(store) == {today: 1}


def test_the_outcome_is_stored_as_its_name(store, now):
    entry = faced(fears.exposure_for(_step(store), now.date()))
    entry = entry.__class__(**{**entry.__dict__, "outcome": FearOutcome.PARTLY})
    fear_id = fears.log_fear(store, entry, now)
    assert store.value("SELECT outcome FROM fears WHERE id = ?", [fear_id]) == "partly"


def test_what_a_person_writes_of_a_fear_is_kept_without_hidden_controls(store, now):
    from dataclasses import replace

    from trustplanner.domain.fears import FearEntry
    from trustplanner.store.fears import FearError

    entry = FearEntry(
        day=now.date(),
        situation="Call \u202ethe bank\u202c\x00",
        anxiety_before=60,
        anxiety_after=30,
        outcome=FearOutcome.NOT,
        feared="They\x1b[31m say no\n",
    )
    fear_id = fears.log_fear(store, entry, now)
    row = store.rows("SELECT situation, feared FROM fears WHERE id = ?", [fear_id])[0]
    assert (row["situation"], row["feared"]) == ("Call the bank", "They[31m say no")
    with pytest.raises(FearError) as refused:
        fears.log_fear(store, replace(entry, situation="\u200b\u202e"), now)
    assert refused.value.problems == {"situation": FearProblem.EMPTY}
