"""Names of the people a promise is for or with: short, plain, and optional."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trustplanner.domain.promises import (
    MAX_NAME_LENGTH,
    NameProblem,
    PersonNameError,
    PromiseTimeError,
    clean_name,
    parse_promise_time,
    reminder_due,
)


@pytest.mark.parametrize(
    ("typed", "kept"),
    [("Sam", "Sam"), ("  Sam de Vries ", "Sam de Vries"), ("", None), ("   ", None), (None, None)],
)
def test_a_name_is_kept_as_typed_or_is_no_one(typed, kept):
    assert clean_name(typed) == kept


def test_a_name_of_80_characters_is_kept_and_81_are_refused():
    assert clean_name("a" * MAX_NAME_LENGTH) == "a" * MAX_NAME_LENGTH
    with pytest.raises(PersonNameError) as refused:
        clean_name("a" * (MAX_NAME_LENGTH + 1))
    assert refused.value.problem is NameProblem.TOO_LONG
    assert refused.value.length == MAX_NAME_LENGTH + 1


@pytest.mark.parametrize("pasted", ["Sam\x00", "Sam\x1b[31m", "\u202eSam", "Sa\nm"])
def test_control_characters_are_refused_not_hidden(pasted):
    with pytest.raises(PersonNameError) as refused:
        clean_name(pasted)
    assert refused.value.problem is NameProblem.CONTROL


@given(st.text(max_size=120))
def test_whatever_is_typed_is_a_clean_name_no_one_or_a_plain_refusal(typed):
    try:
        name = clean_name(typed)
    except PersonNameError:
        return
    assert name is None or (0 < len(name) <= MAX_NAME_LENGTH and name == name.strip())


@pytest.mark.parametrize(
    ("typed", "kept"),
    [("19:00", "19:00"), ("7.30", "07:30"), ("19", "19:00"), (" 9:05 ", "09:05"), ("", None)],
)
def test_a_promise_time_is_a_time_of_day(typed, kept):
    assert parse_promise_time(typed) == kept


@pytest.mark.parametrize("typed", ["25:00", "19:60", "soon", "7pm", "19:0", "-1"])
def test_what_is_not_a_time_of_day_is_refused(typed):
    with pytest.raises(PromiseTimeError):
        parse_promise_time(typed)


EVENING = dt.time(20, 0)
FRIDAY = dt.date(2026, 12, 11)


@pytest.mark.parametrize(
    ("now", "time", "due"),
    [
        (dt.datetime(2026, 12, 10, 19, 59), "19:00", False),  # before the evening before
        (dt.datetime(2026, 12, 10, 20, 0), "19:00", True),
        (dt.datetime(2026, 12, 11, 18, 59), "19:00", True),
        (dt.datetime(2026, 12, 11, 19, 0), "19:00", False),  # its time has come
        (dt.datetime(2026, 12, 11, 23, 59), None, True),  # no time: the whole day
        (dt.datetime(2026, 12, 12, 0, 0), None, False),
    ],
)
def test_a_promise_is_recalled_from_the_evening_before_until_its_time(now, time, due):
    assert reminder_due(FRIDAY, time, now, EVENING) is due
