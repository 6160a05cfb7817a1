import pytest
from hypothesis import given
from hypothesis import strategies as st

from trustplanner.domain.durations import (
    MAX_ESTIMATE_MINUTES,
    EstimateError,
    EstimateProblem,
    parse_duration,
    parse_estimate,
    split_trailing_estimate,
)


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("20", 20),
        ("20m", 20),
        ("45 min", 45),
        ("1h30", 90),
        ("1.5h", 90),
        ("1,5 uur", 90),
        ("90 minuten", 90),
        ("1 h 30 min", 90),
        ("1 u 30 min", 90),
        ("2 hours 15 minutes", 135),
        ("1:45", 105),
        ("  30  MIN ", 30),
        ("12h", 720),
        ("1 uur", 60),
        ("3 mins", 3),
    ],
)
def test_understands_english_and_dutch_estimates(text, minutes):
    assert parse_estimate(text) == minutes


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("abc", EstimateProblem.NOT_UNDERSTOOD),
        ("-5", EstimateProblem.NOT_POSITIVE),
        ("0", EstimateProblem.NOT_POSITIVE),
        ("0.2", EstimateProblem.NOT_POSITIVE),
        ("13h", EstimateProblem.TOO_LONG),
        ("721", EstimateProblem.TOO_LONG),
        ("", EstimateProblem.EMPTY),
        ("   ", EstimateProblem.EMPTY),
        ("5 apples", EstimateProblem.NOT_UNDERSTOOD),
        ("1h75", EstimateProblem.NOT_UNDERSTOOD),
        ("1 min 30 h", EstimateProblem.NOT_UNDERSTOOD),
    ],
)
def test_refuses_nonsense_with_the_reason(text, problem):
    with pytest.raises(EstimateError) as caught:
        parse_estimate(text)
    assert caught.value.problem is problem


def test_a_duration_may_allow_zero_and_a_longer_maximum():
    assert parse_duration("0", minimum=0, maximum=1440) == 0
    assert parse_duration("16 h", minimum=0, maximum=1440) == 960
    with pytest.raises(EstimateError):
        parse_duration("25 h", minimum=0, maximum=1440)


@given(st.integers(min_value=1, max_value=MAX_ESTIMATE_MINUTES))
def test_every_valid_number_of_minutes_reads_back(minutes):
    assert parse_estimate(str(minutes)) == minutes
    hours, rest = divmod(minutes, 60)
    if hours:
        assert parse_estimate(f"{hours} h {rest} min" if rest else f"{hours} h") == minutes


@given(st.text(max_size=40))
def test_any_text_either_parses_within_range_or_raises(text):
    try:
        minutes = parse_estimate(text)
    except EstimateError:
        return
    assert 1 <= minutes <= MAX_ESTIMATE_MINUTES


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Write report (45 min)", ("Write report", 45)),
        ("Call mum - 10m", ("Call mum", 10)),
        ("Clean [1h]", ("Clean", 60)),
        ("Paint hallway 1h30", ("Paint hallway", 90)),
        ("Read chapter 2", ("Read chapter 2", None)),
        ("Buy 2 apples", ("Buy 2 apples", None)),
        ("Walk 5 km", ("Walk 5 km", None)),
        ("45 min", ("45 min", None)),
    ],
)
def test_an_estimate_at_the_end_of_a_line_needs_a_unit(line, expected):
    assert split_trailing_estimate(line) == expected
