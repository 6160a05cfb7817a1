"""Each rule of the self-trust index, proven over many generated histories."""

import datetime as dt
import itertools
import random

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from trustplanner.domain.endings import Ending
from trustplanner.domain.trust_index import (
    START,
    DayEvidence,
    evidence_from_events,
    index_on,
    index_on_days,
    index_series,
    step_factor,
)

DAY0 = dt.date(2026, 1, 5)
KINDS = [
    Ending.KEPT,
    "ahead",  # renegotiated a day or more ahead
    Ending.RENEGOTIATED_HONESTLY,
    Ending.RENEGOTIATED_LATE,
    Ending.DIDNT_HAPPEN,
    "fear",
]
RANK = {
    Ending.DIDNT_HAPPEN: 0,
    Ending.RENEGOTIATED_LATE: 1,
    Ending.RENEGOTIATED_HONESTLY: 2,
    "ahead": 3,
    Ending.KEPT: 4,
    "fear": 5,
}

events = st.lists(
    st.tuples(
        st.integers(0, 60).map(lambda n: DAY0 + dt.timedelta(days=n)), st.sampled_from(KINDS)
    ),
    max_size=80,
)
half_lives = st.integers(3, 120)


def final(event_list, half_life=14, end=DAY0 + dt.timedelta(days=61)):
    series = index_series(
        evidence_from_events(event_list), start=DAY0, end=end, half_life=half_life
    )
    return series[-1].index


@given(events, half_lives)
def test_the_index_stays_between_0_and_100(event_list, half_life):
    for point in index_series(evidence_from_events(event_list), half_life=half_life):
        assert 0.0 <= point.index <= 100.0


def test_it_starts_at_a_neutral_50():
    assert final([]) == START == 50.0
    assert index_series([], start=DAY0, end=DAY0)[0].index == 50.0


@given(events, half_lives)
def test_a_rest_day_never_changes_the_index(event_list, half_life):
    series = index_series(evidence_from_events(event_list), half_life=half_life)
    for before, point in itertools.pairwise(series):
        if point.score is None:
            assert point.index == before.index


@given(events, st.integers(1, 30), half_lives)
def test_a_pause_in_use_changes_nothing_that_follows(event_list, gap, half_life):
    """Moving all later evidence by a number of empty days gives the same values after it."""
    assume(event_list)
    cut = DAY0 + dt.timedelta(days=30)
    shifted = [(d + dt.timedelta(days=gap) if d >= cut else d, kind) for d, kind in event_list]
    plain = [
        p
        for p in index_series(evidence_from_events(event_list), half_life=half_life)
        if p.score is not None
    ]
    moved = [
        p
        for p in index_series(evidence_from_events(shifted), half_life=half_life)
        if p.score is not None
    ]
    assert [p.index for p in plain] == pytest.approx([p.index for p in moved])


@given(events, half_lives, st.randoms())
def test_the_order_of_events_within_a_day_does_not_matter(event_list, half_life, rnd):
    shuffled = list(event_list)
    rnd.shuffle(shuffled)
    assert final(shuffled, half_life) == pytest.approx(final(event_list, half_life))


@given(events, st.data())
def test_a_better_ending_never_lowers_the_index(event_list, data):
    """kept counts most, then said a day or more ahead, then on the day itself, then
    afterwards, then didn't happen."""
    assume(event_list)
    position = data.draw(st.integers(0, len(event_list) - 1))
    day, kind = event_list[position]
    better = data.draw(st.sampled_from([k for k in KINDS if RANK[k] >= RANK[kind]]))
    improved = list(event_list)
    improved[position] = (day, better)
    assert final(improved) >= final(event_list) - 1e-9


@given(events, st.data())
def test_saying_it_earlier_never_lowers_the_index_and_ahead_counts_more(event_list, data):
    """The order kept > a day ahead > on the day > afterwards > didn't happen is strict:
    moving one ending up that order raises the score of its day."""
    day = data.draw(st.integers(0, 60).map(lambda n: DAY0 + dt.timedelta(days=n)))
    order = [Ending.DIDNT_HAPPEN, Ending.RENEGOTIATED_LATE, Ending.RENEGOTIATED_HONESTLY]
    order += ["ahead", Ending.KEPT]
    scores = []
    for kind in order:
        (evidence,) = [e for e in evidence_from_events([*event_list, (day, kind)]) if e.day == day]
        scores.append(evidence.score)
    assert scores == sorted(scores) and len(set(scores)) == len(scores)


@given(events, st.data())
def test_a_fear_faced_counts_at_least_as_much_as_a_kept_agreement(event_list, data):
    day = data.draw(st.integers(0, 60).map(lambda n: DAY0 + dt.timedelta(days=n)))
    with_kept = [*event_list, (day, Ending.KEPT)]
    with_fear = [*event_list, (day, "fear")]
    assert final(with_fear) >= final(with_kept) - 1e-9


def test_the_values_of_each_ending():
    assert DayEvidence(DAY0, kept=1).score == 100
    assert DayEvidence(DAY0, renegotiated_honestly=1).score == 75
    assert DayEvidence(DAY0, renegotiated_honestly=1, renegotiated_ahead=1).score == 85
    assert DayEvidence(DAY0, renegotiated_late=1).score == 25
    assert DayEvidence(DAY0, didnt_happen=1).score == 0
    assert DayEvidence(DAY0).score is None
    # a fear faced counts double
    assert DayEvidence(DAY0, fears_faced=1, didnt_happen=2).score == 50


@pytest.mark.parametrize("half_life", [7, 14, 30])
def test_after_one_half_life_of_kept_days_half_the_distance_is_gone(half_life):
    days = [(DAY0 + dt.timedelta(days=n), Ending.KEPT) for n in range(half_life)]
    series = index_series(evidence_from_events(days), half_life=half_life)
    assert series[-1].index == pytest.approx(75.0)  # halfway from 50 to 100
    assert step_factor(half_life) ** half_life == pytest.approx(0.5)


def test_a_shorter_half_life_reacts_faster():
    days = [(DAY0 + dt.timedelta(days=n), Ending.KEPT) for n in range(5)]
    assert final(days, half_life=3) > final(days, half_life=30)


def test_index_on_a_day_uses_the_last_value_before_it():
    series = index_series(
        evidence_from_events([(DAY0, Ending.KEPT)]), end=DAY0 + dt.timedelta(days=3)
    )
    assert index_on(series, DAY0 - dt.timedelta(days=1)) == START
    assert index_on(series, DAY0 + dt.timedelta(days=10)) == series[-1].index


def test_a_series_can_start_later_and_still_remember_what_came_before():
    events_list = [(DAY0, Ending.KEPT), (DAY0 + dt.timedelta(days=10), Ending.KEPT)]
    full = index_series(evidence_from_events(events_list))
    later = index_series(evidence_from_events(events_list), start=DAY0 + dt.timedelta(days=5))
    assert later[0].day == DAY0 + dt.timedelta(days=5)
    assert later[-1].index == full[-1].index
    assert later[0].index > START


def test_ten_years_of_evidence_is_computed_per_day():
    rnd = random.Random(1)
    evidence = [
        DayEvidence(
            DAY0 + dt.timedelta(days=n), kept=rnd.randint(0, 8), didnt_happen=rnd.randint(0, 3)
        )
        for n in range(3650)
    ]
    series = index_series(evidence)
    assert len(series) == 3650
    assert 50 < series[-1].index < 100


@given(events, half_lives, st.lists(st.integers(-5, 70), min_size=1, max_size=5))
def test_the_index_on_some_days_is_what_the_series_says(event_list, half_life, offsets):
    evidence = evidence_from_events(event_list)
    days = [DAY0 + dt.timedelta(days=n) for n in offsets]
    series = index_series(evidence, end=DAY0 + dt.timedelta(days=70), half_life=half_life)
    assert index_on_days(evidence, days, half_life=half_life) == pytest.approx(
        [index_on(series, day) for day in days]
    )
