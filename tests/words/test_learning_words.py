"""What the meter says once it knows a person's days: kind, plain, with its numbers."""

from __future__ import annotations

import pytest

from trustplanner.domain.forecast import DayForecast
from trustplanner.domain.learning import Chance, Learned
from trustplanner.words.learning import chance_text, load_name, size_name, usual_text


def forecast(planned=120, capacity=240, usual=120, rate=0.8, chance=Chance.LIKELY):
    learned = None if rate is None else Learned(rate, 40, 30.0)
    return DayForecast(planned, capacity, usual, learned, chance)


@pytest.mark.parametrize(
    ("usual", "capacity", "words"),
    [
        (123, 240, "this takes about as long as planned."),
        (156, 240, "this takes about 2 h 36 min. Things often take a bit longer"),
        (156, 130, "about 2 h 36 min, a little more than the 2 h 10 min you have."),
        (90, 240, "this takes about 1 h 30 min: often less than you plan."),
    ],
)
def test_what_the_day_usually_takes_is_said_kindly(qapp, usual, capacity, words):
    text = usual_text(forecast(usual=usual, capacity=capacity))
    assert words in text
    assert "always" not in text and "fail" not in text


def test_without_a_learned_ratio_nothing_is_said_of_the_time(qapp):
    assert usual_text(forecast(usual=None)) == ""
    assert chance_text(forecast(rate=None, chance=None)) == ""


def test_the_chance_is_told_as_so_many_of_ten_with_a_verdict(qapp):
    assert chance_text(forecast(rate=0.84)) == (
        "On days like this one you kept about 8 of 10. A plan you are likely to keep."
    )
    hard = chance_text(forecast(rate=0.35, chance=Chance.HARD))
    assert hard.startswith("On days like this one you kept about 4 of 10. A full day")
    assert "let go of the rest" in hard


def test_the_bands_have_names_a_person_can_follow(qapp):
    assert [size_name(b) for b in range(4)] == [
        "Up to 15 min",
        "Up to 30 min",
        "Up to 1 h",
        "Longer than 1 h",
    ]
    assert load_name(0) == "Days planned up to half full"
    assert load_name(4) == "Days planned over 125 %"


def test_nearly_all_is_not_said_as_ten_of_ten(qapp):
    text = chance_text(forecast(rate=0.97))
    assert text.startswith("On days like this one you kept nearly all of them.")
    assert "10 of 10" not in text


def test_a_likely_day_that_will_not_fit_is_not_also_called_likely_to_keep(qapp):
    # The meter is red: things usually take longer than the time there is.
    text = chance_text(forecast(usual=300, capacity=240, rate=0.84))
    assert text == "On days like this one you kept about 8 of 10."


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (0.12, "about 1 in 10 more kept than four weeks before"),
        (-0.21, "about 2 in 10 fewer kept than four weeks before"),
        (0.03, "about as much kept as four weeks before"),
    ],
)
def test_the_change_lately_is_told_in_tenths_with_what_it_rests_on(qapp, change, words):
    from trustplanner.words.learning import change_line

    text = change_line(Learned(change, 240, 180.0, 200.0))
    assert text.startswith(words)
    assert "240" in text  # the agreements it rests on
