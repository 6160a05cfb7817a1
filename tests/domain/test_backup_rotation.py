import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from trustplanner.domain.backup_rotation import backup_due, backups_to_keep

START = dt.date(2025, 11, 25)


def test_a_year_of_daily_backups_keeps_7_days_4_weeks_and_12_months():
    days = [START + dt.timedelta(days=n) for n in range(366)]
    today = days[-1]  # Wednesday 25 November 2026
    kept = backups_to_keep(days)
    last_week = {today - dt.timedelta(days=n) for n in range(7)}
    assert last_week <= kept
    # The newest of each earlier week: Sundays 22, 15 and 8 November (and this week's today).
    assert {dt.date(2026, 11, 22), dt.date(2026, 11, 15), dt.date(2026, 11, 8)} <= kept
    # The newest of each of the 12 months: the last day of October back to December 2025.
    month_ends = {dt.date(2026, month, 1) - dt.timedelta(days=1) for month in range(2, 12)}
    assert month_ends | {dt.date(2025, 12, 31)} <= kept
    # 22 November is among the last 7 days already: 7 daily, 2 more weekly, 11 more monthly.
    assert len(kept) == 7 + 2 + 11
    assert START not in kept


def test_after_a_long_break_the_last_backups_are_still_kept():
    days = [dt.date(2026, 1, 1) + dt.timedelta(days=n) for n in range(10)]
    kept = backups_to_keep(days)
    assert max(days) in kept
    assert len([day for day in kept if day >= dt.date(2026, 1, 4)]) == 7


@given(st.sets(st.dates(dt.date(2020, 1, 1), dt.date(2030, 12, 31)), max_size=400))
def test_rotation_keeps_the_newest_and_never_more_than_23(days):
    kept = backups_to_keep(days)
    assert kept <= days
    assert len(kept) <= 7 + 4 + 12
    if days:
        assert max(days) in kept
        assert len(kept) >= min(len(days), 7)


def test_a_backup_is_due_once_a_day():
    today = dt.date(2026, 11, 25)
    assert backup_due(None, today)
    assert backup_due(dt.date(2026, 11, 24), today)
    assert not backup_due(today, today)
