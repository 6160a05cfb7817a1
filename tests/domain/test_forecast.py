"""What the meter adds once it knows a person's days: gated, dated, and a chance."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from trustplanner.domain.forecast import ENOUGH_DAYS, forecast_day, learn
from trustplanner.domain.keeping import DayKept
from trustplanner.domain.learning import Chance, Took

TODAY = dt.date(2026, 11, 25)


def steady_days(count: int, *, planned=120, capacity=240, agreed=4, kept=3, took_ratio=1.5):
    """`count` days before TODAY, each with the same plan and endings."""
    tooks, days = [], []
    for back in range(1, count + 1):
        day = TODAY - dt.timedelta(days=back)
        days.append(DayKept(day, planned, capacity, agreed, kept))
        tooks += [Took(day, planned // agreed, round(planned // agreed * took_ratio))] * kept
    return tooks, days


def test_until_a_fortnight_has_endings_nothing_is_forecast():
    tooks, days = steady_days(ENOUGH_DAYS - 1)
    knowing = learn(tooks, days, TODAY)
    assert knowing.days == ENOUGH_DAYS - 1 and not knowing.ready
    assert forecast_day(knowing, [30, 30], 240, TODAY.weekday()) is None
    tooks, days = steady_days(ENOUGH_DAYS)
    assert learn(tooks, days, TODAY).ready


def test_days_without_agreements_do_not_count_as_days_learned_from():
    tooks, days = steady_days(ENOUGH_DAYS)
    rest = [DayKept(TODAY - dt.timedelta(days=30 + n), 0, 240, 0, 0) for n in range(10)]
    assert learn(tooks, days + rest, TODAY).days == ENOUGH_DAYS


def test_learning_afresh_leaves_out_what_came_before():
    tooks, days = steady_days(40)
    since = TODAY - dt.timedelta(days=10)
    knowing = learn(tooks, days, TODAY, since=since)
    assert knowing.days == 10 and not knowing.ready
    assert knowing.took_count == 30  # three a day, ten days
    assert learn(tooks, days, TODAY).took_count == 120


def test_what_lies_after_today_is_not_learned_from():
    tooks, days = steady_days(20)
    knowing = learn(tooks, days, TODAY - dt.timedelta(days=10))
    assert knowing.days == 11


def test_the_counts_say_what_each_figure_rests_on():
    tooks, days = steady_days(ENOUGH_DAYS, planned=120, agreed=4, kept=3)
    knowing = learn(tooks, days, TODAY)
    # Four agreements of 30 minutes a day: the "up to 30" size, the half-full load.
    assert knowing.size_counts == {0: 0, 1: 3 * ENOUGH_DAYS, 2: 0, 3: 0}
    assert knowing.load_counts[0] == 4 * ENOUGH_DAYS
    assert sum(knowing.load_counts.values()) == 4 * ENOUGH_DAYS


def test_a_known_day_is_forecast_with_its_usual_time_and_chance():
    tooks, days = steady_days(40, took_ratio=1.5, agreed=4, kept=3)
    knowing = learn(tooks, days, TODAY)
    forecast = forecast_day(knowing, [30, 30, 30, 30, 0], 240, TODAY.weekday())
    assert forecast.planned == 120 and not forecast.fits_only_as_planned
    tight = forecast_day(knowing, [30, 30, 30, 30], 130, TODAY.weekday())
    assert tight.fits_only_as_planned  # 2 h fits 2 h 10 min, about 2 h 50 min does not
    # A size starts from the person's own factor over all sizes, itself drawn a hair
    # towards the plan.
    assert 170 < forecast.usual <= 180
    assert 0.7 < forecast.rate.value < 0.8 and forecast.kept_of_ten in (7, 8)
    assert forecast.chance in (Chance.FAIR, Chance.LIKELY)


def test_nothing_planned_is_not_forecast():
    tooks, days = steady_days(40)
    knowing = learn(tooks, days, TODAY)
    assert forecast_day(knowing, [], 240, 0) is None
    assert forecast_day(knowing, [0, 0], 240, 0) is None


def test_without_any_time_said_the_chance_is_still_forecast():
    _tooks, days = steady_days(40)
    forecast = forecast_day(learn([], days, TODAY), [30], 240, 0)
    assert forecast.usual is None and forecast.rate is not None


@given(
    days=st.lists(
        st.builds(
            DayKept,
            day=st.dates(TODAY - dt.timedelta(days=200), TODAY),
            planned=st.integers(0, 900),
            capacity=st.integers(0, 720),
            agreed=st.integers(1, 10),
            kept=st.integers(0, 10),
        ).filter(lambda d: d.kept <= d.agreed),
        min_size=ENOUGH_DAYS,
        max_size=50,
    ),
    planned=st.lists(st.integers(0, 600), max_size=12),
    capacity=st.integers(0, 720),
    weekday=st.integers(0, 6),
)
def test_the_forecast_of_a_day_stays_a_chance(days, planned, capacity, weekday):
    forecast = forecast_day(learn([], days, TODAY), planned, capacity, weekday)
    if forecast is not None and forecast.rate is not None:
        assert 0.0 <= forecast.rate.value <= 1.0
        assert 0 <= forecast.kept_of_ten <= 10
