import dataclasses
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trustplanner.domain.fears import (
    MAX_SITUATION_LENGTH,
    MAX_TEXT_LENGTH,
    FearEntry,
    FearOutcome,
    FearProblem,
    Ladder,
    LadderStep,
    check_entry,
    counts_towards_mastery,
    highest_anxiety,
    ladder_progress,
    mastery_changes,
    next_step,
    position_for,
    read_rating,
    read_tags,
    summarize,
    swapped_positions,
    weeks_in_a_row,
)

DAY = dt.date(2026, 11, 25)  # a Wednesday


def entry(**changes) -> FearEntry:
    values = dict(
        day=DAY,
        situation="Speak up in the meeting",
        anxiety_before=70,
        anxiety_after=30,
        outcome=FearOutcome.NOT,
    )
    values.update(changes)
    return FearEntry(**values)


def test_a_quick_entry_is_enough():
    assert check_entry(entry()) == {}
    assert entry().drop == 40


@pytest.mark.parametrize(
    ("changes", "field", "problem"),
    [
        ({"situation": "  "}, "situation", FearProblem.EMPTY),
        ({"situation": "x" * (MAX_SITUATION_LENGTH + 1)}, "situation", FearProblem.TOO_LONG),
        ({"anxiety_before": 101}, "anxiety_before", FearProblem.OUT_OF_RANGE),
        ({"anxiety_after": -1}, "anxiety_after", FearProblem.OUT_OF_RANGE),
        ({"anxiety_after": None}, "anxiety_after", FearProblem.EMPTY),
        ({"peak_anxiety": 150}, "peak_anxiety", FearProblem.OUT_OF_RANGE),
        ({"belief_before": 2.5}, "belief_before", FearProblem.NOT_A_NUMBER),
        ({"learned": "y" * (MAX_TEXT_LENGTH + 1)}, "learned", FearProblem.TOO_LONG),
        ({"tags": tuple(f"t{n}" for n in range(11))}, "tags", FearProblem.TOO_MANY_TAGS),
        ({"tags": ("z" * 41,)}, "tags", FearProblem.TAG_TOO_LONG),
    ],
)
def test_each_problem_is_named_at_its_field(changes, field, problem):
    assert check_entry(entry(**changes)) == {field: problem}


@given(st.integers(-1000, 1000))
def test_a_rating_outside_0_to_100_is_refused(value):
    if 0 <= value <= 100:
        assert read_rating(str(value)) == value
        assert read_rating(f"{value} %") == value
    else:
        with pytest.raises(ValueError):
            read_rating(str(value))


def test_ratings_may_be_left_empty_but_not_be_words():
    assert read_rating("  ") is None
    with pytest.raises(ValueError) as caught:
        read_rating("a lot")
    assert caught.value.args[0] is FearProblem.NOT_A_NUMBER


def test_tags_are_a_tidy_list():
    assert read_tags(" work, speaking up ,Work,, family ") == ("work", "speaking up", "family")
    assert read_tags("") == ()


def step(step_id, anxiety, position):
    return LadderStep(step_id, 1, f"step {step_id}", anxiety, position)


def test_a_new_step_takes_its_place_by_expected_anxiety():
    steps = [step(1, 20, 1.0), step(2, 50, 2.0), step(3, 80, 3.0)]
    assert 2.0 < position_for(60, steps) < 3.0
    assert position_for(10, steps) < 1.0
    assert position_for(90, steps) > 3.0
    assert 1.0 < position_for(50, steps) <= 2.5  # equal anxiety: after the easier steps
    assert position_for(30, []) == 1.0


@given(st.lists(st.integers(0, 100), min_size=1, max_size=15))
def test_steps_added_one_by_one_stay_in_order_of_anxiety(anxieties):
    steps: list[LadderStep] = []
    for number, anxiety in enumerate(anxieties):
        steps.append(step(number, anxiety, position_for(anxiety, steps)))
    ordered = [s.expected_anxiety for s in sorted(steps, key=lambda s: s.position)]
    assert ordered == sorted(anxieties)


def test_steps_can_be_reordered_by_hand():
    steps = [step(1, 20, 1.0), step(2, 50, 2.0), step(3, 80, 3.0)]
    assert swapped_positions(steps, 2, -1) == {2: 1.0, 1: 2.0}
    assert swapped_positions(steps, 1, -1) == {}
    assert swapped_positions(steps, 3, +1) == {}


def test_a_step_is_mastered_when_what_was_feared_did_not_happen_and_anxiety_stayed_low():
    ladder = Ladder(1, "Speaking up", (step(1, 20, 1.0), step(2, 50, 2.0), step(3, 80, 3.0)))
    faced = [
        entry(step_id=1, anxiety_before=25, anxiety_after=20),
        entry(step_id=1, anxiety_before=25, anxiety_after=40),  # higher afterwards: no
        entry(step_id=1, anxiety_before=30, anxiety_after=10),  # at the threshold counts
        entry(step_id=1, anxiety_before=10, anxiety_after=5, outcome=FearOutcome.PARTLY),
        entry(step_id=2, anxiety_before=20, anxiety_after=10),
    ]
    progress = ladder_progress(ladder, faced)
    assert [(p.exposures, p.counted, p.mastered) for p in progress] == [
        (4, 2, True),
        (1, 1, False),
        (0, 0, False),
    ]
    assert next_step(progress).id == 2
    # the person sets the rule
    stricter = ladder_progress(ladder, faced, exposures_needed=3, calm_at=30)
    assert next_step(stricter).id == 1
    assert next_step(ladder_progress(ladder, faced, exposures_needed=1)).id == 3


def test_the_highest_anxiety_given_is_the_one_that_counts():
    calm = entry(anxiety_before=20, anxiety_after=10)
    assert counts_towards_mastery(calm)
    assert not counts_towards_mastery(dataclasses.replace(calm, peak_anxiety=60))
    # A highest given lower than before or after is read as no lower than those.
    assert highest_anxiety(dataclasses.replace(calm, peak_anxiety=5)) == 20


ratings = st.integers(0, 100)


@given(ratings, ratings, st.one_of(st.none(), ratings), ratings)
def test_a_feared_outcome_that_happened_never_counts(before, after, peak, calm_at):
    for outcome in (FearOutcome.HAPPENED, FearOutcome.PARTLY):
        faced = entry(
            anxiety_before=before, anxiety_after=after, peak_anxiety=peak, outcome=outcome
        )
        assert not counts_towards_mastery(faced, calm_at)


@given(st.data(), st.integers(0, 99))
def test_a_fall_that_came_only_afterwards_never_counts(data, calm_at):
    # Anxious in the situation (above the level), calm only once out of it: relief.
    before = data.draw(st.integers(calm_at + 1, 100))
    after = data.draw(st.integers(0, calm_at))
    assert not counts_towards_mastery(entry(anxiety_before=before, anxiety_after=after), calm_at)


def test_the_steps_the_new_rule_sees_otherwise_are_found():
    ladder = Ladder(1, "Crowds", (step(1, 20, 1.0), step(2, 60, 2.0)))
    faced = [
        # Relief afterwards, twice: mastered by the old rule, not by the new.
        entry(step_id=1, anxiety_before=70, anxiety_after=20),
        entry(step_id=1, anxiety_before=65, anxiety_after=25),
        # Calm throughout, and nothing happened: mastered by both.
        entry(step_id=2, anxiety_before=20, anxiety_after=20),
        entry(step_id=2, anxiety_before=25, anxiety_after=10),
    ]
    no_longer, now = mastery_changes([ladder], faced)
    assert [s.id for s in no_longer] == [1] and now == []


def test_weeks_in_a_row():
    mondays = [DAY - dt.timedelta(days=DAY.weekday() + 7 * n) for n in range(4)]
    assert weeks_in_a_row(mondays, DAY) == 4
    assert weeks_in_a_row(mondays[1:], DAY) == 3  # this week is not over yet
    assert weeks_in_a_row(mondays[2:], DAY) == 0  # last week was missed
    assert weeks_in_a_row([], DAY) == 0


def test_the_summary_counts_what_happened_and_the_anxiety_as_it_was():
    faced = [
        entry(outcome=FearOutcome.NOT, anxiety_before=80, anxiety_after=20),
        entry(outcome=FearOutcome.PARTLY, anxiety_before=60, anxiety_after=40),
        entry(outcome=FearOutcome.HAPPENED, anxiety_before=50, anxiety_after=60),
        entry(outcome=FearOutcome.NOT, anxiety_before=40, anxiety_after=10),
    ]
    summary = summarize(faced, DAY)
    assert (summary.faced, summary.happened, summary.partly, summary.not_happened) == (4, 1, 1, 2)
    assert summary.average_before == pytest.approx((80 + 60 + 50 + 40) / 4)
    assert summary.average_after == pytest.approx((20 + 40 + 60 + 10) / 4)
    assert not summary.still_anxious  # it fell, to well under half
    assert summary.share_happened == pytest.approx(1.5 / 4)
    assert summary.weeks_in_a_row == 1
    assert summarize([], DAY).share_happened is None


@given(st.integers(0, 100), st.integers(0, 100))
def test_anxiety_that_rose_or_stayed_high_gets_a_kind_word(before, after):
    from trustplanner.domain.fears import STILL_HIGH, still_anxious

    assert still_anxious(before, after) == (after >= before or after >= STILL_HIGH)
    if after > before:
        assert still_anxious(before, after)
