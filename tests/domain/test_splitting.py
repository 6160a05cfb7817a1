import pytest
from hypothesis import given
from hypothesis import strategies as st

from trustplanner.domain.splitting import FIRST_STEP_MAX_MINUTES, is_too_big, propose_steps


def test_a_two_hour_item_becomes_a_tiny_start_and_even_steps():
    assert propose_steps(120, 30) == [10, 30, 30, 25, 25]


def test_a_small_item_needs_no_more_than_it_is():
    assert propose_steps(8, 30) == [8]
    assert propose_steps(40, 30) == [10, 30]


def test_a_step_size_below_ten_minutes_also_limits_the_first_step():
    assert propose_steps(20, 5) == [5, 5, 5, 5]


def test_too_big_means_bigger_than_the_step_size():
    assert is_too_big(31, 30)
    assert not is_too_big(30, 30)
    assert not is_too_big(None, 30)


def test_nonsense_is_refused():
    with pytest.raises(ValueError):
        propose_steps(0, 30)
    with pytest.raises(ValueError):
        propose_steps(60, 0)


@given(st.integers(1, 720), st.sampled_from([5, 10, 15, 20, 25, 30, 45, 60, 90, 120]))
def test_steps_add_up_and_stay_small(minutes, step_size):
    steps = propose_steps(minutes, step_size)
    assert sum(steps) == minutes
    assert steps[0] <= min(FIRST_STEP_MAX_MINUTES, step_size)
    assert all(1 <= step <= step_size for step in steps)
    # No more steps than needed: one fewer could not hold the rest.
    rest = minutes - steps[0]
    assert (len(steps) - 2) * step_size < rest or len(steps) == 1


@given(st.integers(1, 720), st.sampled_from([5, 10, 15, 20, 30, 45, 60]))
def test_steps_are_whole_five_minutes_when_the_time_allows(minutes, step_size):
    steps = propose_steps(minutes, step_size)
    if (minutes - steps[0]) % 5 == 0:
        assert all(step % 5 == 0 for step in steps[1:])
