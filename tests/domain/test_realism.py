import pytest
from hypothesis import given
from hypothesis import strategies as st

from trustplanner.domain.realism import Level, Verdict, judge


@pytest.mark.parametrize(
    ("planned", "capacity", "verdict", "level"),
    [
        (0, 240, Verdict.NOTHING_PLANNED, Level.CALM),
        (120, 240, Verdict.ROOM_TO_SPARE, Level.CALM),
        (192, 240, Verdict.ROOM_TO_SPARE, Level.CALM),  # exactly 80 %
        (193, 240, Verdict.JUST_FITS, Level.AMBER),
        (240, 240, Verdict.JUST_FITS, Level.AMBER),  # exactly 100 %
        (241, 240, Verdict.A_BIT_OVER, Level.RED),
        (360, 240, Verdict.A_BIT_OVER, Level.RED),  # exactly 1.5 times
        (552, 240, Verdict.TIMES_OVER, Level.RED),
        (30, 0, Verdict.NO_TIME_SET, Level.RED),
        (0, 0, Verdict.NOTHING_PLANNED, Level.CALM),
    ],
)
def test_verdict_and_colour(planned, capacity, verdict, level):
    realism = judge(planned, capacity)
    assert realism.verdict is verdict
    assert realism.level is level


def test_ratio_and_minutes_over():
    realism = judge(552, 240)
    assert realism.ratio == pytest.approx(2.3)
    assert realism.over == 312
    assert judge(100, 240).over == 0
    assert judge(10, 0).ratio == float("inf")


def test_negative_numbers_are_refused():
    with pytest.raises(ValueError):
        judge(-1, 240)


@given(st.integers(0, 5000), st.integers(1, 1440))
def test_the_colour_follows_the_share_of_capacity(planned, capacity):
    level = judge(planned, capacity).level
    share = planned / capacity
    assert (level is Level.RED) == (share > 1.0)
    assert (level is Level.AMBER) == (0.8 < share <= 1.0)
