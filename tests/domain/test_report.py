"""The report's figures and what it says helped, from plain rows."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trustplanner.domain.endings import Ending
from trustplanner.domain.fears import FearOutcome
from trustplanner.domain.report import (
    AgreementLine,
    FearLine,
    FindingKind,
    Period,
    PeriodProblem,
    check_period,
    paper_for_territory,
    period_dates,
    summarize,
    what_helped,
)
from trustplanner.domain.trust_index import DayEvidence, index_series

WEDNESDAY = dt.date(2026, 11, 25)


@pytest.mark.parametrize(
    ("period", "expected"),
    [
        (Period.THIS_WEEK, (dt.date(2026, 11, 23), dt.date(2026, 11, 29))),
        (Period.LAST_WEEK, (dt.date(2026, 11, 16), dt.date(2026, 11, 22))),
        (Period.THIS_MONTH, (dt.date(2026, 11, 1), dt.date(2026, 11, 30))),
        (Period.LAST_MONTH, (dt.date(2026, 10, 1), dt.date(2026, 10, 31))),
    ],
)
def test_named_periods(period, expected):
    assert period_dates(period, WEDNESDAY) == expected


def test_last_month_in_january_is_last_december_and_february_knows_leap_years():
    assert period_dates(Period.LAST_MONTH, dt.date(2027, 1, 10)) == (
        dt.date(2026, 12, 1),
        dt.date(2026, 12, 31),
    )
    assert period_dates(Period.LAST_MONTH, dt.date(2028, 3, 31))[1] == dt.date(2028, 2, 29)


def test_a_custom_period_has_no_dates_of_its_own():
    with pytest.raises(ValueError):
        period_dates(Period.CUSTOM, WEDNESDAY)


def test_period_problems():
    assert check_period(WEDNESDAY, WEDNESDAY) is None
    assert check_period(WEDNESDAY, WEDNESDAY - dt.timedelta(days=1)) is (
        PeriodProblem.START_AFTER_END
    )
    assert check_period(dt.date(1900, 1, 1), WEDNESDAY) is PeriodProblem.TOO_LONG


@pytest.mark.parametrize(
    ("code", "paper"), [("US", "letter"), ("ca", "letter"), ("NL", "a4"), ("BE", "a4"), ("", "a4")]
)
def test_paper_follows_the_country(code, paper):
    assert paper_for_territory(code) == paper


def line(day, ending, minutes=20, note=None):
    return AgreementLine(day, "Something", minutes, ending, note)


DAY1, DAY2 = dt.date(2026, 11, 2), dt.date(2026, 11, 3)


def test_summary_counts_the_period():
    agreements = [
        line(DAY1, Ending.KEPT, 30),
        line(DAY1, Ending.RENEGOTIATED_HONESTLY, 60, "too much"),
        line(DAY2, Ending.RENEGOTIATED_LATE),
        line(DAY2, Ending.DIDNT_HAPPEN),
        line(DAY2, None),
    ]
    fears = [
        FearLine(DAY1, "Call", 80, 30, FearOutcome.NOT, None),
        FearLine(DAY2, "Ask", 60, 50, FearOutcome.PARTLY, "It went fine"),
    ]
    planned = {DAY1: 90, DAY2: 60, DAY2 + dt.timedelta(days=30): 999}  # the last is outside
    series = index_series([DayEvidence(DAY1, kept=1), DayEvidence(DAY2, didnt_happen=1)])
    summary = summarize(DAY1, DAY2, agreements, fears, planned, lambda day: 60, series)
    assert (summary.made, summary.kept, summary.renegotiated_honestly) == (5, 1, 1)
    assert (summary.renegotiated_late, summary.didnt_happen, summary.still_open) == (1, 1, 1)
    assert summary.ended == 4
    assert summary.keep_rate == 0.25
    assert (summary.planned_minutes, summary.capacity_minutes) == (150, 120)
    assert (summary.days_planned, summary.days_over) == (2, 1)
    assert summary.fears_faced == 2
    assert (summary.fears_happened, summary.fears_partly) == (0, 1)
    assert (summary.anxiety_before, summary.anxiety_after) == (70, 40)
    assert summary.index_start == 50  # before the first day: where every index starts
    assert summary.index_end == series[-1].index


def test_an_empty_period_has_no_rates():
    summary = summarize(DAY1, DAY2, [], [], {}, lambda day: 60, [])
    assert summary.made == 0
    assert summary.keep_rate is None and summary.load is None
    assert summary.anxiety_before is None and summary.anxiety_after is None
    assert [f.kind for f in what_helped([], summary, {}, lambda d: 60, 30)] == [
        FindingKind.NOT_ENOUGH_YET
    ]


endings = st.sampled_from([None, *Ending])


@given(st.lists(st.tuples(st.integers(0, 13), endings, st.integers(1, 240)), max_size=60))
def test_every_agreement_is_counted_once(rows):
    agreements = [line(DAY1 + dt.timedelta(days=d), e, m) for d, e, m in rows]
    summary = summarize(DAY1, DAY1 + dt.timedelta(days=13), agreements, [], {}, lambda d: 60, [])
    assert summary.made == len(rows)
    assert summary.ended + summary.still_open == summary.made
    if summary.keep_rate is not None:
        assert 0 <= summary.keep_rate <= 1


def days(count, start=DAY1):
    return [start + dt.timedelta(days=i) for i in range(count)]


def kinds(findings):
    return [f.kind for f in findings]


def test_keeping_more_on_days_that_fit_is_pointed_out_and_not_the_other_way_round():
    fitting, full = days(3), days(3, DAY1 + dt.timedelta(days=7))
    agreements = [line(d, Ending.KEPT) for d in fitting] + [
        line(d, e) for d in full for e in (Ending.KEPT, Ending.DIDNT_HAPPEN)
    ]
    planned = {**{d: 60 for d in fitting}, **{d: 120 for d in full}}
    summary = summarize(DAY1, full[-1], agreements, [], planned, lambda d: 60, [])
    found = what_helped(agreements, summary, planned, lambda d: 60, 30)
    [finding] = [f for f in found if f.kind is FindingKind.WITHIN_TIME_HELPED]
    assert finding.values == (1.0, 0.5)
    # when full days went better, nothing is claimed about fitting
    swapped = {**{d: 120 for d in fitting}, **{d: 60 for d in full}}
    found = what_helped(agreements, summary, swapped, lambda d: 60, 30)
    assert FindingKind.WITHIN_TIME_HELPED not in kinds(found)


def test_too_few_days_to_compare_says_nothing_about_time():
    agreements = [line(DAY1, Ending.KEPT), line(DAY2, Ending.DIDNT_HAPPEN)]
    planned = {DAY1: 30, DAY2: 300}
    summary = summarize(DAY1, DAY2, agreements, [], planned, lambda d: 60, [])
    found = kinds(what_helped(agreements, summary, planned, lambda d: 60, 30))
    assert FindingKind.WITHIN_TIME_HELPED not in found
    assert FindingKind.ALL_WITHIN_TIME not in found


def test_all_days_within_time():
    agreements = [line(d, Ending.KEPT) for d in days(4)]
    planned = {d: 20 for d in days(4)}
    summary = summarize(DAY1, days(4)[-1], agreements, [], planned, lambda d: 60, [])
    found = what_helped(agreements, summary, planned, lambda d: 60, 30)
    assert found[0].kind is FindingKind.ALL_WITHIN_TIME and found[0].values == (4,)


def test_small_steps_and_the_best_weekday():
    monday = dt.date(2026, 11, 2)
    mondays = [monday + dt.timedelta(weeks=w) for w in range(5)]
    tuesdays = [d + dt.timedelta(days=1) for d in mondays]
    agreements = [line(d, Ending.KEPT, 20) for d in mondays] + [
        line(d, Ending.DIDNT_HAPPEN, 90) for d in tuesdays
    ]
    summary = summarize(monday, tuesdays[-1], agreements, [], {}, lambda d: 60, [])
    found = {f.kind: f.values for f in what_helped(agreements, summary, {}, lambda d: 60, 30)}
    assert found[FindingKind.SMALL_HELPED] == (30, 1.0, 0.0)
    assert found[FindingKind.BEST_WEEKDAY] == (0, 1.0)


def test_honest_changes_and_fears_are_named():
    agreements = [line(DAY1, Ending.RENEGOTIATED_HONESTLY)]
    fears = [
        FearLine(DAY1, "Call", 70, 20, FearOutcome.NOT, None),
        FearLine(DAY2, "Ask", 50, 40, FearOutcome.HAPPENED, None),
        FearLine(DAY2, "Ask", 50, 40, FearOutcome.NOT, None),
    ]
    summary = summarize(DAY1, DAY2, agreements, fears, {}, lambda d: 60, [])
    found = {f.kind: f.values for f in what_helped(agreements, summary, {}, lambda d: 60, 30)}
    assert found[FindingKind.HONEST_CHANGES] == (1,)
    # What was learned first, then the anxiety as it was.
    assert found[FindingKind.FEARS_LEARNED] == (3, 1, 0)
    assert found[FindingKind.ANXIETY_AS_IT_WAS] == (pytest.approx(170 / 3), pytest.approx(100 / 3))
    order = kinds(what_helped(agreements, summary, {}, lambda d: 60, 30))
    assert order.index(FindingKind.FEARS_LEARNED) < order.index(FindingKind.ANXIETY_AS_IT_WAS)
    assert FindingKind.NOT_ENOUGH_YET not in found


def test_fears_whose_anxiety_rose_are_told_as_they_were_with_a_kind_word(qapp):
    from trustplanner.report.words import finding_text

    fears = [FearLine(DAY1, "Call", 50, 60, FearOutcome.HAPPENED, None)] * 2
    summary = summarize(DAY1, DAY2, [], fears, {}, lambda d: 60, [])
    found = what_helped([], summary, {}, lambda d: 60, 30)
    texts = [finding_text(f) for f in found]
    assert texts[0] == "You faced 2 fears. What you feared happened in 2 of them."
    assert texts[1] == (
        "Your anxiety was 50 on average just before, and 60 afterwards. "
        "Feeling nervous and doing it anyway is exactly how confidence grows."
    )


def test_what_things_took_is_told_once_enough_people_said_so():
    from trustplanner.domain.learning import Took

    summary = summarize(DAY1, DAY2, [], [], {}, lambda d: 60, [])
    few = [Took(DAY1, 30, 45)] * 4
    assert FindingKind.TIME_TAKEN not in kinds(what_helped([], summary, {}, lambda d: 60, 30, few))
    enough = [*few, Took(DAY2, 60, 60)]
    [finding] = [
        f
        for f in what_helped([], summary, {}, lambda d: 60, 30, enough)
        if f.kind is FindingKind.TIME_TAKEN
    ]
    assert finding.values == (240 / 180, 5)
