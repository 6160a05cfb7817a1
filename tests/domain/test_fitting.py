"""Make it fit: a day cut to what fits, the rest spread over days with room."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from trustplanner.domain.fitting import Candidate, Room, make_it_fit, usual

TODAY = dt.date(2026, 12, 7)


def days(*free):
    return [Room(TODAY + dt.timedelta(days=n + 1), minutes) for n, minutes in enumerate(free)]


def test_the_twelve_item_list_becomes_a_day_that_fits_and_days_that_fit_too():
    sizes = [45, 120, 10, 20, 90, 30, 30, 240, 5, 30, 60, 15]  # 11 h 35 min
    items = [Candidate(n, minutes) for n, minutes in enumerate(sizes)]
    fitted = make_it_fit(items, 120, days(180, 180, 180, 180, 0, 120))
    kept = [sizes[n] for n in fitted.today]
    assert sum(kept) <= 120 and fitted.today == sorted(fitted.today)
    # In the person's order: the first that fit are kept, a small one later fills in.
    assert fitted.today == [0, 2, 3, 5, 8] and fitted.today_minutes == 110
    for ids in fitted.later.values():
        assert sum(sizes[n] for n in ids) <= 180
    assert TODAY + dt.timedelta(days=5) not in fitted.later  # a day with no time
    assert fitted.someday == [7]  # four hours fit on no coming day
    assert not fitted.over_anyway


def test_today_whatever_happens_is_always_kept_and_said_when_it_does_not_fit():
    items = [Candidate(1, 90, must=True), Candidate(2, 60, must=True), Candidate(3, 10)]
    fitted = make_it_fit(items, 120, days(60))
    assert fitted.today[:2] == [1, 2] and fitted.over_anyway
    assert fitted.later == {TODAY + dt.timedelta(days=1): [3]}


def test_what_things_usually_take_decides_what_fits():
    items = [Candidate(1, 60), Candidate(2, 60)]
    assert make_it_fit(items, 120, days(120)).today == [1, 2]
    # Things take this person 1.5 times the plan: only one fits.
    slower = make_it_fit(items, 120, days(120), factor=1.5)
    assert slower.today == [1] and slower.today_minutes == 90


def test_a_big_item_that_does_not_fit_whole_is_started_today_by_its_first_step():
    items = [Candidate(1, 60), Candidate(2, 240, first_step=10), Candidate(3, 30)]
    fitted = make_it_fit(items, 100, days(180, 240))
    # The painting does not fit today whole; its first step does, the rest goes on.
    assert fitted.today == [1, 2, 3] and fitted.first_steps == {2: 10}
    assert fitted.today_minutes == 100
    assert fitted.later == {TODAY + dt.timedelta(days=2): [2]}  # 230 min: the 240 day
    # Where the whole fits, it stays whole; where not even the first step fits, it moves.
    assert make_it_fit(items, 400, days()).first_steps == {}
    squeezed = make_it_fit(items, 65, days(300))
    assert squeezed.today == [1] and squeezed.first_steps == {}
    assert squeezed.later == {TODAY + dt.timedelta(days=1): [2, 3]}


def today_part(item, fitted):
    return fitted.first_steps.get(item.id, item.minutes)


def rest_part(item, fitted):
    return item.minutes - fitted.first_steps.get(item.id, 0)


sizes = st.one_of(st.none(), st.integers(1, 600))
candidates = st.lists(st.tuples(sizes, st.booleans(), st.integers(1, 10)), max_size=40).map(
    lambda drawn: [
        Candidate(n, m, must, first if m is not None and m > 30 else None)
        for n, (m, must, first) in enumerate(drawn)
    ]
)


@given(
    candidates,
    st.integers(0, 600),
    st.lists(st.integers(-60, 600), max_size=12),
    st.floats(0.5, 3.0),
)
def test_a_made_to_fit_plan_keeps_everything_and_overfills_no_day(items, room, free, factor):
    coming = days(*free)
    fitted = make_it_fit(items, room, coming, factor)
    elsewhere = [i for ids in fitted.later.values() for i in ids] + fitted.someday
    # Nothing lost, nothing twice: an item started today has its rest placed elsewhere.
    assert sorted(set(fitted.today) | set(elsewhere)) == [item.id for item in items]
    assert len(elsewhere) == len(set(elsewhere))
    assert set(fitted.today) & set(elsewhere) == set(fitted.first_steps)
    by_id = {item.id: item for item in items}
    assert all(
        item.id in fitted.today and item.id not in fitted.first_steps for item in items if item.must
    )
    if not fitted.over_anyway:
        assert fitted.today_minutes <= room
    assert fitted.today_minutes == sum(
        usual(today_part(by_id[i], fitted), factor) for i in fitted.today
    )
    for room_day in coming:
        taken = sum(
            usual(rest_part(by_id[i], fitted), factor) for i in fitted.later.get(room_day.day, [])
        )
        assert taken <= max(0, room_day.free)


@given(candidates, st.integers(0, 600), st.lists(st.integers(0, 600), min_size=1, max_size=12))
def test_nothing_waits_for_some_day_that_a_coming_day_had_room_for(items, room, free):
    coming = days(*free)
    fitted = make_it_fit(items, room, coming)
    left = dict(zip([r.day for r in coming], free, strict=True))
    by_id = {item.id: item for item in items}
    for day, ids in fitted.later.items():
        left[day] -= sum(rest_part(by_id[i], fitted) for i in ids)
    for waiting in fitted.someday:
        assert all(rest_part(by_id[waiting], fitted) > still for still in left.values())
