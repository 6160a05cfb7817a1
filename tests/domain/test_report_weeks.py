"""The report's summary groups agreements by week, with their endings and reasons."""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from trustplanner.domain.endings import Ending
from trustplanner.domain.report import AgreementLine
from trustplanner.domain.report_weeks import by_week

MONDAY = dt.date(2026, 11, 2)


def line(day, ending, note=None):
    return AgreementLine(day, "Tidy", 15, ending, note)


def test_a_week_counts_each_ending_and_names_the_reasons_most_given_first():
    lines = [
        line(MONDAY, Ending.KEPT),
        line(MONDAY + dt.timedelta(days=2), Ending.RENEGOTIATED_HONESTLY, "The day filled up"),
        line(MONDAY + dt.timedelta(days=3), Ending.RENEGOTIATED_LATE, "I felt unwell"),
        line(MONDAY + dt.timedelta(days=6), Ending.DIDNT_HAPPEN, "The day filled up"),
        line(MONDAY + dt.timedelta(days=6), None),
        line(MONDAY + dt.timedelta(days=7), Ending.KEPT),  # the next Monday
    ]
    first, second = by_week(lines)
    assert first.start == MONDAY and second.start == MONDAY + dt.timedelta(days=7)
    assert (first.made, first.kept, first.in_time, first.afterwards) == (5, 1, 1, 1)
    assert (first.didnt_happen, first.still_open) == (1, 1)
    assert first.reasons == (("The day filled up", 2), ("I felt unwell", 1))
    assert second.made == 1 and second.reasons == ()


@given(
    st.lists(
        st.builds(
            line,
            st.dates(dt.date(2025, 1, 1), dt.date(2027, 1, 1)),
            st.sampled_from([*Ending, None]),
            st.sampled_from([None, "", "Busy", "Tired"]),
        ),
        max_size=60,
    )
)
def test_every_agreement_is_in_exactly_one_week(lines):
    weeks = by_week(lines)
    assert sum(week.made for week in weeks) == len(lines)
    for week in weeks:
        assert week.start.weekday() == 0
        assert week.made == (
            week.kept + week.in_time + week.afterwards + week.didnt_happen + week.still_open
        )
    assert [week.start for week in weeks] == sorted({week.start for week in weeks})


def test_fears_are_told_per_month_with_anxiety_on_average_and_what_came_true():
    from trustplanner.domain.fears import FearOutcome
    from trustplanner.domain.report import FearLine
    from trustplanner.domain.report_weeks import fears_by_month

    lines = [
        FearLine(dt.date(2026, 10, 3), "Call", 60, 30, FearOutcome.NOT, None),
        FearLine(dt.date(2026, 10, 20), "Ask", 80, 40, FearOutcome.PARTLY, "Fine"),
        FearLine(dt.date(2026, 11, 1), "Shop", 50, 20, FearOutcome.HAPPENED, None),
    ]
    october, november = fears_by_month(lines)
    assert october.start == dt.date(2026, 10, 1) and october.faced == 2
    assert (october.before, october.after) == (70, 35)
    assert (october.happened, october.partly, october.not_happened) == (0, 1, 1)
    assert november.start == dt.date(2026, 11, 1) and november.happened == 1
