import datetime as dt

import pytest

from trustplanner.domain.settings import DEFAULT_CAPACITY, Settings


def test_defaults_give_four_hours_on_weekdays_and_two_at_the_weekend():
    settings = Settings()
    assert settings.capacity_on(dt.date(2026, 11, 25)) == 240  # a Wednesday
    assert settings.capacity_on(dt.date(2026, 11, 29)) == 120  # a Sunday
    assert settings.max_step_minutes == 30
    assert settings.half_life_days == 14


@pytest.mark.parametrize(
    "values",
    [
        {"capacity_minutes": (240,) * 6},
        {"capacity_minutes": (240,) * 6 + (-1,)},
        {"capacity_minutes": (240,) * 6 + (1441,)},
        {"capacity_minutes": (240.5,) * 7},
        {"max_step_minutes": 0},
        {"max_step_minutes": True},
        {"half_life_days": 0},
        {"half_life_days": 1000},
        {"mastery_exposures": 0},
        {"mastery_anxiety": 101},
        {"morning_nudge": "8.30"},
        {"evening_nudge": "25:00"},
        {"morning_nudge_on": "yes"},
        {"nudge_weekdays": (0, 7)},
        {"start_at_login": 1},
        {"learning_on": "on"},
        {"learning_on": None},
        {"learn_from": "yesterday"},
        {"learn_from": "2026-13-01"},
        {"learn_from": 20261201},
    ],
)
def test_impossible_settings_are_refused(values):
    with pytest.raises((ValueError, TypeError)):
        Settings(**values)


def test_stored_values_round_trip_and_bad_ones_fall_back_to_defaults():
    settings = Settings(capacity_minutes=(60, 60, 60, 60, 60, 0, 0), max_step_minutes=45)
    assert Settings.from_dict(settings.to_dict()) == settings
    odd = Settings.from_dict({"capacity_minutes": "lots", "max_step_minutes": 45, "unknown": 1})
    assert odd.capacity_minutes == DEFAULT_CAPACITY
    assert odd.max_step_minutes == 45


def test_learning_is_on_from_all_of_history_until_the_person_says_otherwise():
    assert Settings().learning_on is True and Settings().learning_since is None
    afresh = Settings(learn_from="2026-12-01", learning_on=False)
    assert afresh.learning_since == dt.date(2026, 12, 1)
    assert Settings.from_dict(afresh.to_dict()) == afresh
    assert Settings.from_dict({"learn_from": "soon"}).learning_since is None
