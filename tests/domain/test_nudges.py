"""The nudge schedule with a fake clock: a little simulator plays the tray's checks."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trustplanner.domain.nudges import (
    Nudge,
    NudgeState,
    NudgeTimes,
    Snooze,
    Today,
    due,
    snoozed,
    waiting,
)
from trustplanner.domain.settings import read_time

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
TIMES = NudgeTimes()


class Tray:
    """Plays what the tray does on each check; the states are "the store", kept over restarts."""

    def __init__(self, times: NudgeTimes = TIMES):
        self.times = times
        self.states: dict[dt.date, dict[Nudge, NudgeState]] = {}
        self.paused: set[dt.date] = set()
        self.committed: set[dt.date] = set()
        self.reviewed: set[dt.date] = set()
        self.shown: list[tuple[dt.datetime, Nudge]] = []

    def today(self, now: dt.datetime) -> Today:
        day = now.date()
        return Today(
            day,
            day in self.paused,
            day in self.committed,
            day in self.reviewed or day not in self.committed,
            self.states.setdefault(day, {}),
        )

    def check(self, now: dt.datetime) -> Nudge | None:
        nudge = due(now, self.times, self.today(now))
        if nudge is not None:
            old = self.states[now.date()].get(nudge, NudgeState())
            self.states[now.date()][nudge] = NudgeState(now, old.snoozed_until, old.closed)
            self.shown.append((now, nudge))
        return nudge

    def snooze(self, now: dt.datetime, nudge: Nudge, choice: Snooze) -> None:
        day = self.states[now.date()]
        day[nudge] = snoozed(day.get(nudge, NudgeState()), now, choice)

    def run(
        self, start: dt.datetime, end: dt.datetime, every: dt.timedelta = dt.timedelta(seconds=30)
    ):
        now = start
        while now <= end:
            self.check(now)
            now += every


def at(day: int, hour: int, minute: int = 0, month: int = 11) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, minute, tzinfo=AMSTERDAM)


def test_the_morning_and_evening_nudges_come_at_their_times_once():
    tray = Tray()
    tray.run(at(25, 6), at(25, 9))
    tray.committed.add(at(25, 0).date())  # the person makes today's agreements
    tray.run(at(25, 9), at(25, 23))
    assert [(when.time(), nudge) for when, nudge in tray.shown] == [
        (dt.time(8, 30), Nudge.MORNING),
        (dt.time(20, 0), Nudge.EVENING),
    ]


def test_a_restart_does_not_repeat_a_nudge():
    tray = Tray()
    tray.run(at(25, 8), at(25, 9))
    restarted = Tray()
    restarted.states = tray.states  # the store survives the restart
    restarted.run(at(25, 9), at(25, 10))
    assert restarted.shown == []


def test_a_nudge_missed_while_asleep_comes_once_on_waking():
    tray = Tray()
    tray.run(at(25, 7), at(25, 7, 59))
    tray.run(at(25, 10, 12), at(25, 12))  # the laptop slept from 8:00 to 10:12
    assert tray.shown == [(at(25, 10, 12), Nudge.MORNING)]


def test_once_the_evening_has_come_the_missed_morning_nudge_is_past():
    tray = Tray()
    tray.run(at(25, 21), at(25, 22))  # the app was not running all day
    assert tray.shown == []  # nothing to choose any more, nothing agreed to look back on
    tray.committed.add(at(25, 0).date())  # the person makes agreements late in the day
    tray.run(at(25, 22), at(25, 22, 5))
    assert [nudge for _, nudge in tray.shown] == [Nudge.EVENING]


def test_a_nudge_missed_yesterday_is_never_shown_today():
    tray = Tray()
    tray.run(at(24, 7), at(24, 8))  # switched off before 8:30
    tray.run(at(25, 7), at(25, 8, 29))  # the next morning, before today's time
    assert tray.shown == []


def test_snoozing_brings_it_back_after_15_minutes_or_an_hour_or_tomorrow():
    tray = Tray()
    tray.run(at(25, 8, 30), at(25, 8, 30))
    tray.snooze(at(25, 8, 31), Nudge.MORNING, Snooze.QUARTER)
    tray.run(at(25, 8, 31), at(25, 9, 0))
    assert [when for when, _ in tray.shown] == [at(25, 8, 30), at(25, 8, 46)]
    tray.snooze(at(25, 8, 47), Nudge.MORNING, Snooze.HOUR)
    tray.run(at(25, 8, 47), at(25, 10))
    assert tray.shown[-1] == (at(25, 9, 47), Nudge.MORNING)
    tray.snooze(at(25, 9, 48), Nudge.MORNING, Snooze.TOMORROW)
    tray.run(at(25, 9, 48), at(25, 19, 59))
    assert len(tray.shown) == 3
    tray.run(at(26, 8), at(26, 9))
    assert tray.shown[-1] == (at(26, 8, 30), Nudge.MORNING)


def test_a_pause_holds_for_the_day_only():
    tray = Tray()
    tray.paused.add(at(25, 0).date())
    tray.run(at(25, 6), at(25, 23))
    tray.run(at(26, 6), at(26, 9))
    assert tray.shown == [(at(26, 8, 30), Nudge.MORNING)]


def test_a_nudge_whose_job_is_done_is_not_shown():
    tray = Tray()
    tray.committed.add(at(25, 0).date())  # the plan for today was made before 8:30
    tray.run(at(25, 6), at(25, 19))
    assert tray.shown == []
    tray.reviewed.add(at(25, 0).date())  # and reviewed before 20:00
    tray.run(at(25, 19), at(25, 23))
    assert tray.shown == []


def test_no_agreements_today_means_nothing_to_review():
    tray = Tray()
    tray.run(at(25, 19), at(25, 23))
    # the missed morning nudge comes once at 19:00; at 20:00 there is nothing to look back on
    assert tray.shown == [(at(25, 19), Nudge.MORNING)]


def test_switched_off_nudges_and_weekdays_without_nudges():
    tray = Tray(NudgeTimes(evening_on=False, weekdays=(0, 1, 2, 3, 4)))
    tray.run(at(25, 6), at(25, 23))  # a Wednesday
    tray.run(at(28, 6), at(28, 23))  # a Saturday
    assert tray.shown == [(at(25, 8, 30), Nudge.MORNING)]


def test_a_clock_set_back_does_not_repeat_and_set_forward_does_not_skip():
    tray = Tray()
    tray.run(at(25, 8, 29), at(25, 8, 31))
    tray.run(at(25, 7), at(25, 9))  # set back an hour and a half
    assert len(tray.shown) == 1
    tray.committed.add(at(25, 0).date())
    tray.run(at(25, 20, 30), at(25, 20, 30))  # jumped forward past the evening
    assert [nudge for _, nudge in tray.shown] == [Nudge.MORNING, Nudge.EVENING]


def test_spring_forward_a_nudge_in_the_missing_hour_comes_when_the_clock_jumps():
    tray = Tray(NudgeTimes(morning=dt.time(2, 30)))
    utc = dt.datetime(2026, 3, 29, 0, 0, tzinfo=dt.UTC)  # 01:00 in Amsterdam
    for minute in range(0, 180):
        tray.check((utc + dt.timedelta(minutes=minute)).astimezone(AMSTERDAM))
    [(when, _nudge)] = [s for s in tray.shown if s[1] is Nudge.MORNING]
    assert when.strftime("%H:%M") == "03:00"  # 02:30 never happened that night


def test_fall_back_a_nudge_in_the_twice_lived_hour_comes_once():
    tray = Tray(NudgeTimes(morning=dt.time(2, 30)))
    utc = dt.datetime(2026, 10, 24, 23, 0, tzinfo=dt.UTC)  # 01:00 in Amsterdam
    for minute in range(0, 240):
        tray.check((utc + dt.timedelta(minutes=minute)).astimezone(AMSTERDAM))
    assert [nudge for _, nudge in tray.shown] == [Nudge.MORNING]


def test_waiting_until_opened_snoozed_or_done():
    state = NudgeState(shown_at=at(25, 8, 30))
    today = Today(at(25, 0).date(), False, False, False, {Nudge.MORNING: state})
    assert waiting(at(25, 9), today) is Nudge.MORNING
    assert waiting(at(26, 9), today) is None  # a new day
    later = Today(
        today.day, False, False, False, {Nudge.MORNING: snoozed(state, at(25, 9), Snooze.HOUR)}
    )
    assert waiting(at(25, 9, 30), later) is None
    done = Today(today.day, False, True, False, {Nudge.MORNING: state})
    assert waiting(at(25, 9), done) is None


@given(st.lists(st.integers(0, 24 * 60 - 1), min_size=1, max_size=60), st.booleans())
def test_without_a_snooze_no_nudge_is_ever_shown_twice_a_day(minutes, committed):
    """Checks in any order (sleep, clock jumps, restarts) show each nudge at most once."""
    tray = Tray()
    if committed:
        tray.committed.add(at(25, 0).date())  # then only the evening nudge has a job
    for minute in minutes:
        tray.check(at(25, 0) + dt.timedelta(minutes=minute))
    shown = [nudge for _, nudge in tray.shown]
    assert shown.count(Nudge.MORNING) <= 1
    assert shown.count(Nudge.EVENING) <= 1
    assert all(when.time() >= TIMES.time_of(nudge) for when, nudge in tray.shown)


def test_times_are_read_strictly():
    assert read_time("08:30") == dt.time(8, 30)
    for text in ("8.30", "25:00", "08:3", "noon", ""):
        with pytest.raises(ValueError):
            read_time(text)
