"""The app's words for durations, days, numbers, endings, the meter and problems."""

from __future__ import annotations

import datetime as dt

import pytest

from trustplanner.domain.agreements import RenegotiationProblem
from trustplanner.domain.durations import EstimateProblem
from trustplanner.domain.endings import Ending
from trustplanner.domain.fears import FearOutcome, FearProblem
from trustplanner.domain.realism import Verdict, judge
from trustplanner.domain.titles import TitleProblem
from trustplanner.words.dates import (
    compact_day_text,
    day_in_sentence,
    day_text,
    long_date_text,
    pydate,
    qdate,
)
from trustplanner.words.endings import ending_text
from trustplanner.words.fears import fear_problem_text, outcome_text
from trustplanner.words.numbers import minutes_text, number_text, signed_number_text
from trustplanner.words.problems import (
    estimate_problem_text,
    renegotiation_problem_text,
    title_problem_text,
    took_problem_text,
)
from trustplanner.words.realism import load_text, realism_text

TODAY = dt.date(2026, 12, 2)  # a Wednesday


@pytest.mark.parametrize(
    ("minutes", "text"), [(5, "5 min"), (60, "1 h"), (90, "1 h 30 min"), (720, "12 h")]
)
def test_durations_read_as_people_say_them(qapp, minutes, text):
    assert minutes_text(minutes) == text


def test_near_days_have_names_and_others_their_date(qapp):
    assert day_text(TODAY, TODAY) == "Today"
    assert day_text(TODAY + dt.timedelta(days=1), TODAY) == "Tomorrow"
    assert day_in_sentence(TODAY - dt.timedelta(days=1), TODAY) == "yesterday"
    assert day_text(TODAY + dt.timedelta(days=2), TODAY) == "Friday 4 December 2026"
    assert day_in_sentence(TODAY + dt.timedelta(days=2), TODAY) == long_date_text(
        TODAY + dt.timedelta(days=2)
    )


def test_lists_name_the_year_only_when_it_is_another(qapp):
    assert compact_day_text(dt.date(2026, 11, 23), TODAY) == "Mon 23 Nov"
    assert compact_day_text(dt.date(2025, 11, 24), TODAY) == "Mon 24 Nov 2025"
    assert compact_day_text(TODAY, TODAY) == "Today"


def test_dates_go_to_qt_and_back_unchanged():
    for day in (dt.date(2028, 2, 29), dt.date(1999, 12, 31), TODAY):
        assert pydate(qdate(day)) == day


@pytest.mark.parametrize(
    ("value", "text"), [(2.14, "+2.1"), (-0.8, "−0.8"), (0.04, "±0.0"), (-0.04, "±0.0")]
)
def test_a_change_carries_its_sign(qapp, value, text):
    assert signed_number_text(value) == text


def test_numbers_follow_the_dutch_way_of_writing(dutch):
    assert number_text(63.4) == "63,4"
    assert signed_number_text(2.5) == "+2,5"


def test_every_ending_has_its_own_word_and_none_says_failed(qapp):
    words = [ending_text(ending) for ending in Ending] + [ending_text(None)]
    assert len(set(words)) == len(words)
    assert ending_text(None) == "Open"
    assert not any("fail" in word.lower() for word in words)


def test_in_dutch_the_endings_are_dutch(dutch):
    assert ending_text(Ending.KEPT) == "Nagekomen"
    assert ending_text(Ending.RENEGOTIATED_HONESTLY) == "Bijgesteld"


@pytest.mark.parametrize(
    ("planned", "capacity", "verdict", "words"),
    [
        (0, 240, Verdict.NOTHING_PLANNED, "Nothing planned yet"),
        (60, 0, Verdict.NO_TIME_SET, "no time for this day"),
        (60, 240, Verdict.ROOM_TO_SPARE, "room to spare"),
        (230, 240, Verdict.JUST_FITS, "just fits"),
        (270, 240, Verdict.A_BIT_OVER, "about 30 min more"),
        (720, 240, Verdict.TIMES_OVER, "about 3.0 times"),
    ],
)
def test_the_meter_says_its_verdict_plainly(qapp, planned, capacity, verdict, words):
    realism = judge(planned, capacity)
    assert realism.verdict is verdict
    assert words in realism_text(realism)


def test_the_meter_counts_what_has_no_estimate_yet(qapp):
    assert "2 items" in realism_text(judge(60, 240, unestimated=2))
    assert "1 item." in realism_text(judge(60, 240, unestimated=1))


def test_the_load_says_what_is_planned_of_what_there_is(qapp):
    assert load_text(judge(0, 240)) == "4 h available"
    assert load_text(judge(150, 240)) == "2 h 30 min planned of 4 h"


def test_every_problem_is_told_differently_and_kindly(qapp):
    texts = (
        [estimate_problem_text(p) for p in EstimateProblem]
        + [title_problem_text(p, 600) for p in TitleProblem]
        + [renegotiation_problem_text(p) for p in RenegotiationProblem]
        + [fear_problem_text(p) for p in FearProblem if p is not FearProblem.NOT_A_NUMBER]
    )
    # Whether out of range or not a number at all, the way out is the same.
    assert fear_problem_text(FearProblem.NOT_A_NUMBER) == fear_problem_text(
        FearProblem.OUT_OF_RANGE
    )
    assert len(set(texts)) == len(texts)
    for text in texts:
        assert text.endswith((".", "?")), text
        assert not any(word in text.lower() for word in ("error", "invalid", "fail")), text
    assert "600" in title_problem_text(TitleProblem.TOO_LONG, 600)
    assert title_problem_text(TitleProblem.EMPTY, empty="Name it.") == "Name it."


def test_what_was_feared_is_answered_yes_partly_or_no(qapp):
    assert [outcome_text(o) for o in FearOutcome] == ["Yes", "Partly", "No"]


def test_what_it_took_is_told_kindly_and_skipping_stays_open(qapp):
    texts = {problem: took_problem_text(problem) for problem in EstimateProblem}
    assert len(set(texts.values())) == len(texts)
    assert "Skip" in texts[EstimateProblem.EMPTY]
    assert "more than a day" in texts[EstimateProblem.TOO_LONG]
    assert "split" not in texts[EstimateProblem.TOO_LONG]  # an estimate's advice, not this
