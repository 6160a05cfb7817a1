"""Learning from a person's own history: checked against people whose behaviour is known."""

from __future__ import annotations

import datetime as dt
import itertools
import math
import random

from hypothesis import given
from hypothesis import strategies as st

from trustplanner.domain import learning
from trustplanner.domain.keeping import DayKept, keeping, load_band
from trustplanner.domain.learning import (
    MIN_EVIDENCE,
    Took,
    brier,
    chance,
    estimate_ratio,
    estimate_ratios,
    size_band,
    usual_minutes,
)

TODAY = dt.date(2026, 11, 25)


def hidden_person(ratio: float, days: int, seed: int, falls_off_at: float = 1.0):
    """Someone whose things take `ratio` times the plan (with day-to-day spread), who
    keeps 9 in 10 agreements on days planned up to `falls_off_at` of their time, and
    half of them on fuller days."""
    rng = random.Random(seed)
    tooks, kept_days = [], []
    for back in range(days, 0, -1):
        day = TODAY - dt.timedelta(days=back)
        capacity = 240
        sizes = [rng.choice((10, 15, 20, 30, 45, 60, 90)) for _ in range(rng.randint(2, 7))]
        planned = sum(sizes)
        keep = 0.9 if planned <= falls_off_at * capacity else 0.5
        kept = 0
        for minutes in sizes:
            if rng.random() < keep:
                kept += 1
                if rng.random() < 0.8:  # most, not all, say what it took
                    took = round(minutes * ratio * math.exp(rng.gauss(0, 0.3)))
                    tooks.append(Took(day, minutes, max(1, took)))
        kept_days.append(DayKept(day, planned, capacity, len(sizes), kept))
    return tooks, kept_days


def test_sizes_and_loads_fall_in_their_bands():
    assert [size_band(m) for m in (1, 15, 16, 30, 60, 61, 720)] == [0, 0, 1, 1, 2, 3, 3]
    assert [load_band(p, 240) for p in (0, 120, 121, 192, 240, 300, 301)] == [0, 0, 1, 1, 2, 3, 4]
    assert load_band(30, 0) == 4  # no time set: more than full


def test_after_sixty_days_the_ratio_is_within_a_tenth_of_the_hidden_one():
    for seed, ratio in ((1, 1.4), (2, 1.0), (3, 0.8), (4, 1.8)):
        tooks, _ = hidden_person(ratio, 60, seed)
        learned = estimate_ratio(tooks, TODAY)
        # The figure is the mean on the minute scale: the median times exp(spread²/2).
        mean = ratio * math.exp(0.3**2 / 2)
        assert abs(learned.value - mean) / mean < 0.10, (seed, ratio, learned)
        assert abs(learned.typical - ratio) / ratio < 0.10, (seed, ratio, learned)


def test_what_a_plan_takes_is_right_on_average_not_only_in_the_middle():
    # Times vary a lot around the plan: the median undercounts what they add up to.
    rng = random.Random(8)
    tooks = [
        Took(
            TODAY - dt.timedelta(days=rng.randint(0, 90)),
            30,
            round(30 * math.exp(rng.gauss(0.2, 0.6))),
        )
        for _ in range(2000)
    ]
    ratios = estimate_ratios(tooks, TODAY)
    planned = [30] * 1000
    truth = len(planned) * 30 * math.exp(0.2 + 0.6**2 / 2)  # the log-normal's mean
    assert abs(usual_minutes(planned, ratios) - truth) / truth < 0.05
    assert ratios[1].typical < ratios[1].value  # the median is below the mean


def test_one_odd_agreement_does_not_swing_the_ratio():
    tooks, _ = hidden_person(1.0, 60, 5)
    before = estimate_ratio(tooks, TODAY).value
    odd = Took(TODAY, 10, 600)  # a timer left running
    after = estimate_ratio([*tooks, odd], TODAY).value
    assert abs(after - before) < 0.05


def test_recent_weeks_count_more_than_old_ones():
    old = [Took(TODAY - dt.timedelta(days=300 + i), 30, 60) for i in range(20)]
    recent = [Took(TODAY - dt.timedelta(days=i), 30, 30) for i in range(20)]
    assert estimate_ratio(old + recent, TODAY).value < 1.1


def test_no_figure_is_given_on_less_than_the_minimum_evidence():
    few = [Took(TODAY, 30, 60)] * (MIN_EVIDENCE - 1)
    assert estimate_ratio(few, TODAY) is None
    assert estimate_ratio([*few, Took(TODAY, 30, 60)], TODAY) is not None
    assert keeping([DayKept(TODAY, 60, 240, MIN_EVIDENCE - 1, 2)], TODAY).overall is None


def test_the_ratio_is_learned_per_size():
    tooks = [Took(TODAY, 10, 20)] * 10 + [Took(TODAY, 90, 90)] * 10
    ratios = estimate_ratios(tooks, TODAY)
    assert ratios[0].value > 1.5 and 1.0 < ratios[3].value < 1.15
    assert ratios[1] is None and ratios[2] is None
    # Two of ten minutes take about twenty; ninety a little over ninety, for on ten
    # agreements a size still leans on the person's factor over all sizes.
    assert 125 <= usual_minutes([10, 10, 90], ratios) <= 140
    # With more evidence of its own the lean fades.
    many = [Took(TODAY, 10, 20)] * 10 + [Took(TODAY, 90, 90)] * 100
    assert abs(estimate_ratios(many, TODAY)[3].value - 1.0) < 0.02


def test_the_load_where_keeping_falls_off_is_found():
    _, days = hidden_person(1.0, 120, 6, falls_off_at=1.0)
    found = keeping(days, TODAY)
    light = found.by_load[1] or found.by_load[0]
    heavy = found.by_load[4]
    assert light.value > 0.8
    assert heavy.value < 0.65


def test_the_forecast_beats_the_overall_rate_on_days_it_did_not_learn_from():
    # Learned on 60 days, judged on the 30 after; over several people, since one month
    # of one person is a small sample either way.
    gains = []
    for seed in range(12):
        _, days = hidden_person(1.2, 90, seed, falls_off_at=(0.9, 1.0, 1.2)[seed % 3])
        learned_from, later = days[:60], days[60:]
        found = keeping(learned_from, learned_from[-1].day)
        forecast, plain = [], []
        for day in later:
            rate = found.rate(day.planned, day.capacity, day.day.weekday()).value
            for number in range(day.agreed):
                forecast.append((rate, number < day.kept))
                plain.append((found.overall.value, number < day.kept))
        gains.append(1 - brier(forecast) / brier(plain))
    # Following a person who changes costs a little here, where nobody changes: 0.104
    # before the figures followed a trend, 0.096 since.
    assert sum(gains) / len(gains) >= 0.09


def test_a_change_still_going_on_is_followed_to_today():
    # Keeping rises steadily from half to nine in ten over four months, and things
    # go from 1.7 to 1.1 times the plan: an average of the last weeks lags behind both.
    days, tooks = [], []
    for back in range(120, 0, -1):
        day = TODAY - dt.timedelta(days=back)
        progress = (120 - back) / 119
        days.append(DayKept(day, 120, 240, 10, round(10 * (0.5 + 0.4 * progress))))
        tooks += [Took(day, m, round(m * (1.7 - 0.6 * progress))) for m in (20, 45)]
    yesterday = TODAY - dt.timedelta(days=1)
    # The truth today is 0.9; the last four weeks' plain average says 0.85. The line
    # through time reads 0.87, drawn a little towards no change.
    assert keeping(days, yesterday).rate(120, 240).value > 0.86
    ratios = estimate_ratios(tooks, yesterday)
    assert ratios[1].typical < 1.17 and ratios[2].typical < 1.17


def test_a_weekday_that_keeps_less_is_seen():
    rng = random.Random(10)
    days = []
    for back in range(120, 0, -1):
        day = TODAY - dt.timedelta(days=back)
        keep = 0.4 if day.weekday() == 0 else 0.9
        agreed = 5
        days.append(DayKept(day, 120, 240, agreed, sum(rng.random() < keep for _ in range(5))))
    found = keeping(days, TODAY)
    monday, tuesday = found.rate(120, 240, 0).value, found.rate(120, 240, 1).value
    assert monday < 0.6 < 0.8 < tuesday


days_kept = st.lists(
    st.builds(
        DayKept,
        day=st.dates(TODAY - dt.timedelta(days=400), TODAY),
        planned=st.integers(0, 900),
        capacity=st.integers(0, 720),
        agreed=st.integers(0, 12),
        kept=st.integers(0, 12),
    ).filter(lambda d: d.kept <= d.agreed),
    max_size=60,
)


@given(days=days_kept, planned=st.integers(0, 900), capacity=st.integers(0, 720))
def test_the_forecast_stays_a_chance(days, planned, capacity):
    found = keeping(days, TODAY)
    for weekday in range(7):
        rate = found.rate(planned, capacity, weekday)
        assert rate is None or 0.0 <= rate.value <= 1.0


@given(days=days_kept, rest=st.dates(TODAY - dt.timedelta(days=400), TODAY))
def test_a_rest_day_changes_nothing(days, rest):
    with_rest = keeping([*days, DayKept(rest, 0, 240, 0, 0)], TODAY)
    assert with_rest == keeping(days, TODAY)


took_lists = st.lists(
    st.builds(
        Took,
        day=st.dates(TODAY - dt.timedelta(days=400), TODAY),
        planned=st.integers(1, 720),
        took=st.integers(1, 1440),
    ),
    min_size=MIN_EVIDENCE,
    max_size=40,
)


@given(tooks=took_lists, more=took_lists)
def test_more_evidence_never_pulls_harder_towards_the_prior(tooks, more):
    assert estimate_ratio(tooks + more, TODAY).pull <= estimate_ratio(tooks, TODAY).pull


@given(tooks=st.lists(took_lists.filter(bool).map(lambda t: t[0]), max_size=30))
def test_no_learned_ratio_rests_on_less_than_the_minimum(tooks):
    for learned in estimate_ratios(tooks, TODAY).values():
        assert learned is None or learned.count >= MIN_EVIDENCE


def test_the_chance_has_words_for_every_share():
    assert [chance(r) for r in (0.95, 0.8, 0.7, 0.5, 0.2)] == [
        learning.Chance.LIKELY,
        learning.Chance.LIKELY,
        learning.Chance.FAIR,
        learning.Chance.HALF,
        learning.Chance.HARD,
    ]


def test_planned_and_what_it_took_are_summed_per_size_within_the_span():
    from trustplanner.domain.learning import took_by_size

    tooks = [
        Took(TODAY, 10, 15),
        Took(TODAY, 15, 15),
        Took(TODAY, 45, 90),
        Took(TODAY - dt.timedelta(days=40), 10, 100),  # before the span
    ]
    sizes = took_by_size(tooks, TODAY - dt.timedelta(days=30), TODAY)
    assert [(s.band, s.count, s.planned, s.took) for s in sizes] == [
        (0, 2, 25, 30),
        (1, 0, 0, 0),
        (2, 1, 45, 90),
        (3, 0, 0, 0),
    ]
    assert sizes[0].ratio == 30 / 25 and sizes[1].ratio == 1.0


@given(
    ratio=st.floats(0.3, 3.5),
    ages=st.lists(st.integers(0, 3650), min_size=50, max_size=80),
)
def test_once_a_figure_rests_on_fifty_agreements_its_starting_value_pulls_under_a_tenth(
    ratio, ages
):
    tooks = [Took(TODAY - dt.timedelta(days=age), 60, round(60 * ratio)) for age in ages]
    learned = estimate_ratio(tooks, TODAY)
    assert learned.pull < 0.10
    truth = math.log(round(60 * ratio) / 60)
    # However old the evidence, the figure lies more than nine tenths of the way to it.
    assert abs(math.log(learned.typical) - truth) <= 0.10 * abs(truth) + 1e-9


@given(
    before=st.floats(0.5, 2.5),
    after=st.floats(0.5, 2.5),
    years=st.integers(1, 8),
    per_day=st.integers(1, 3),
)
def test_a_person_who_changes_is_followed_half_way_within_two_months(before, after, years, per_day):
    def tooks(ratio, first, last):
        return [
            Took(TODAY - dt.timedelta(days=back), 30, 30 * ratio)
            for back in range(first, last - 1, -1)
            for _ in range(per_day)
        ]

    old = tooks(before, 365 * years, 61)
    new = tooks(after, 60, 1)
    learned = math.log(estimate_ratio(old + new, TODAY).typical)
    start, goal = math.log(before), math.log(after)
    assert abs(learned - goal) <= 0.5 * abs(goal - start) + 0.02


@given(days=days_kept)
def test_keeping_never_rises_as_the_day_fills(days):
    found = keeping(days, TODAY)
    rates = [learned.value for _, learned in sorted(found.by_load.items()) if learned]
    assert all(a >= b - 1e-9 for a, b in itertools.pairwise(rates))


def test_a_rarely_light_day_borrows_from_its_neighbour_not_from_a_fixed_start():
    days = [DayKept(TODAY - dt.timedelta(days=i), 100, 200, 1, 1) for i in range(1, 13)]
    days += [DayKept(TODAY - dt.timedelta(days=i), 180, 200, 5, 4) for i in range(1, 60)]
    found = keeping(days, TODAY)
    light, usual = found.by_load[0].value, found.by_load[2].value
    assert light > usual > 0.75  # the light days' 12 of 12 show, drawn towards 8 of 10
    assert light > 0.9
    assert found.rate(100, 200).value > found.rate(180, 200).value
    # A load with no days of its own takes its nearest neighbour's figure.
    assert found.rate(400, 200).value == found.rate(180, 200).value


def test_a_person_who_keeps_more_as_months_pass_has_no_weekday_that_keeps_less():
    # Keeping grows from 5 to 9 in 10 over a year, the same on every weekday.
    rng = random.Random(12)
    days = []
    for back in range(365, 0, -1):
        day = TODAY - dt.timedelta(days=back)
        keep = 0.5 + 0.4 * (365 - back) / 365
        days.append(DayKept(day, 120, 240, 6, sum(rng.random() < keep for _ in range(6))))
    found = keeping(days, TODAY)
    assert all(abs(offset.value) < 0.05 for offset in found.by_weekday.values() if offset)


def test_where_keeping_drops_is_found_inside_a_load_band():
    # Keeping falls from 9 to 4 in 10 once a day is planned over 65 % full: the edge lies
    # inside the band "up to 80 %", and days on either side of it are told apart.
    rng = random.Random(21)
    days = []
    for back in range(120, 0, -1):
        planned = rng.randrange(100, 190)
        keep = 0.9 if planned / 240 <= 0.65 else 0.4
        days.append(
            DayKept(
                TODAY - dt.timedelta(days=back),
                planned,
                240,
                6,
                sum(rng.random() < keep for _ in range(6)),
            )
        )
    found = keeping(days, TODAY)
    assert found.rate(140, 240).value > 0.8  # 58 % full
    assert found.rate(180, 240).value < 0.55  # 75 % full, the same band


def test_people_whose_weekdays_do_not_differ_mostly_get_no_weekday_offsets():
    # Twenty people who keep 7 in 10 on every weekday. Over 17 weeks, some weekday of
    # each looks a tenth better or worse by chance alone; the offsets keep little of it.
    offsets, none = [], 0
    for seed in range(20):
        rng = random.Random(seed)
        days = [
            DayKept(
                TODAY - dt.timedelta(days=back),
                120,
                240,
                6,
                sum(rng.random() < 0.7 for _ in range(6)),
            )
            for back in range(120, 0, -1)
        ]
        found = [offset for offset in keeping(days, TODAY).by_weekday.values() if offset]
        offsets += [abs(offset.value) for offset in found]
        none += all(offset.pull > 0.99 for offset in found)
    assert none >= 10  # 13 of 20 get none at all
    assert sum(offsets) / len(offsets) < 0.015  # 0.008 on average
