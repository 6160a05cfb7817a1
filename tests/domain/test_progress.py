import datetime as dt

import pytest

from trustplanner.domain.progress import (
    DayLoad,
    Keeping,
    Span,
    calendar_span,
    keeping_by_day,
    realism_by_day,
    span_dates,
    weekday_pattern,
    weekly_endings,
)
from trustplanner.domain.trust_index import DayEvidence, IndexPoint, index_change

TODAY = dt.date(2026, 11, 25)  # a Wednesday


@pytest.mark.parametrize(
    ("span", "days"), [(Span.FOUR_WEEKS, 28), (Span.THREE_MONTHS, 91), (Span.YEAR, 365)]
)
def test_spans_end_today_and_hold_their_number_of_days(span, days):
    start, end = span_dates(span, TODAY, None)
    assert end == TODAY
    assert (end - start).days + 1 == days


def test_all_starts_at_the_first_agreement_and_custom_dates_may_come_in_any_order():
    first = dt.date(2020, 3, 1)
    assert span_dates(Span.ALL, TODAY, first) == (first, TODAY)
    assert span_dates(Span.ALL, TODAY, None)[1] == TODAY
    custom = (dt.date(2026, 2, 1), dt.date(2026, 1, 1))
    assert span_dates(Span.CUSTOM, TODAY, None, custom) == (
        dt.date(2026, 1, 1),
        dt.date(2026, 2, 1),
    )
    with pytest.raises(ValueError):
        span_dates(Span.CUSTOM, TODAY, None)


def test_weekly_endings_cover_every_week_and_count_only_the_span():
    evidence = [
        DayEvidence(dt.date(2026, 11, 2), kept=2, didnt_happen=1),  # Monday
        DayEvidence(dt.date(2026, 11, 8), renegotiated_honestly=1),  # Sunday, same week
        DayEvidence(dt.date(2026, 11, 20), renegotiated_late=3),
        DayEvidence(dt.date(2026, 10, 1), kept=9),  # before the span
    ]
    weeks = weekly_endings(evidence, dt.date(2026, 11, 1), dt.date(2026, 11, 25))
    assert [w.day for w in weeks] == [
        dt.date(2026, 10, 26) + dt.timedelta(days=7 * n) for n in range(5)
    ]
    by_week = {w.day: w for w in weeks}
    assert (
        by_week[dt.date(2026, 11, 2)].kept,
        by_week[dt.date(2026, 11, 2)].renegotiated_honestly,
    ) == (2, 1)
    assert by_week[dt.date(2026, 11, 16)].renegotiated_late == 3
    assert by_week[dt.date(2026, 11, 9)].ended == 0
    assert sum(w.ended for w in weeks) == 7


def test_the_weekday_pattern_shares_kept_per_weekday():
    evidence = [
        DayEvidence(dt.date(2026, 11, 2), kept=3, didnt_happen=1),  # Monday
        DayEvidence(dt.date(2026, 11, 9), kept=1, renegotiated_late=1),  # Monday
        DayEvidence(dt.date(2026, 11, 4), didnt_happen=2),  # Wednesday
    ]
    pattern = weekday_pattern(evidence, dt.date(2026, 11, 1), TODAY)
    assert pattern[0] == Keeping(4, 6)
    assert pattern[0].share == pytest.approx(4 / 6)
    assert pattern[2].share == 0.0
    assert pattern[5].share is None  # Saturdays: nothing ended


def test_the_calendar_is_53_whole_weeks_ending_with_this_week():
    first, last = calendar_span(TODAY)
    assert first.weekday() == 0 and last.weekday() == 6
    assert (last - first).days + 1 == 53 * 7
    assert first <= TODAY <= last
    shares = keeping_by_day(
        [DayEvidence(TODAY, kept=1, didnt_happen=1), DayEvidence(first, fears_faced=1)], first, last
    )
    assert shares == {TODAY: Keeping(1, 2)}  # a day with only a fear has no agreements to share


def test_realism_by_day_keeps_days_with_a_plan_and_their_capacity():
    planned = {dt.date(2026, 11, 23): 300, dt.date(2026, 11, 24): 0, dt.date(2026, 10, 1): 60}
    loads = realism_by_day(planned, lambda day: 240, dt.date(2026, 11, 1), TODAY)
    assert loads == [DayLoad(dt.date(2026, 11, 23), 300, 240)]
    assert loads[0].ratio == 1.25
    assert DayLoad(TODAY, 30, 0).ratio is None


def test_index_change_over_days():
    series = [IndexPoint(TODAY - dt.timedelta(days=n), 80 - n, None) for n in range(40)][::-1]
    assert index_change(series, TODAY, 7) == pytest.approx(7)
    assert index_change(series, TODAY, 30) == pytest.approx(30)
    assert index_change([], TODAY, 7) == 0


def test_recent_evidence_adds_up_the_last_days_with_evidence():
    from trustplanner.domain.progress import recent_evidence

    evidence = [
        DayEvidence(TODAY - dt.timedelta(days=n), kept=n, didnt_happen=1) for n in range(20, 0, -1)
    ]
    count, total = recent_evidence(evidence, 3)
    assert count == 3
    assert (total.kept, total.didnt_happen) == (3 + 2 + 1, 3)
    assert recent_evidence([], 14) == (0, None)


def test_fears_are_counted_per_month_and_per_year_over_long_spans():
    from trustplanner.domain.fears import FearOutcome
    from trustplanner.domain.progress import FearPoint, fears_by_period

    def point(day, outcome=FearOutcome.NOT):
        return FearPoint(day, 60, 30, outcome)

    points = [
        point(dt.date(2026, 11, 3)),
        point(dt.date(2026, 11, 20), FearOutcome.PARTLY),
        point(dt.date(2026, 12, 1), FearOutcome.HAPPENED),
    ]
    months = fears_by_period(points, dt.date(2026, 11, 1), dt.date(2026, 12, 6))
    # Counts, fully or partly: two in November, of which one partly; one in December.
    assert [(p.first, p.faced, p.happened, p.yearly) for p in months] == [
        (dt.date(2026, 11, 1), 2, 1, False),
        (dt.date(2026, 12, 1), 1, 1, False),
    ]
    years = fears_by_period(
        [point(dt.date(2024, 5, 1)), *points], dt.date(2024, 1, 1), dt.date(2026, 12, 6)
    )
    assert [(p.first.year, p.faced, p.happened, p.yearly) for p in years] == [
        (2024, 1, 0, True),
        (2026, 3, 2, True),
    ]
    # What lies outside the span is not counted.
    assert fears_by_period(points, dt.date(2026, 12, 1), dt.date(2026, 12, 6))[0].faced == 1
