import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trustplanner.domain.agreements import (
    MAX_NOTE_LENGTH,
    Agreement,
    Item,
    ItemState,
    Outcome,
    RenegotiationProblem,
    check_renegotiation,
    clean_note,
    renegotiation_is_late,
)
from trustplanner.domain.endings import Ending
from trustplanner.domain.planning import (
    CommitProblem,
    commit_problem,
    earliest_move_day,
    plan_realism,
)
from trustplanner.domain.realism import Verdict

TZ = dt.UTC
DAY = dt.date(2026, 11, 25)


def agreement(**changes) -> Agreement:
    values = dict(
        id=1,
        item_id=1,
        title="Call",
        minutes=30,
        day=DAY,
        made_at=dt.datetime(2026, 11, 25, 8, tzinfo=TZ),
    )
    values.update(changes)
    return Agreement(**values)


def item(minutes=30, state=ItemState.PLANNED, day=DAY) -> Item:
    return Item(id=1, title="Call", minutes=minutes, day=day, state=state)


def test_renegotiating_before_midnight_is_honest_and_after_is_late():
    assert not renegotiation_is_late(DAY, dt.datetime(2026, 11, 25, 23, 59, tzinfo=TZ))
    assert renegotiation_is_late(DAY, dt.datetime(2026, 11, 26, 0, 0, tzinfo=TZ))
    assert not renegotiation_is_late(DAY, dt.datetime(2026, 11, 20, 12, 0, tzinfo=TZ))


def test_endings_tell_honest_and_late_renegotiation_apart():
    assert agreement().ending is None
    assert agreement(outcome=Outcome.KEPT).ending is Ending.KEPT
    assert agreement(outcome=Outcome.RENEGOTIATED).ending is Ending.RENEGOTIATED_HONESTLY
    assert agreement(outcome=Outcome.RENEGOTIATED, late=True).ending is Ending.RENEGOTIATED_LATE
    assert agreement(outcome=Outcome.DIDNT_HAPPEN).ending is Ending.DIDNT_HAPPEN


def test_a_renegotiation_needs_a_reason_and_a_later_day_or_a_smaller_size():
    old = agreement(minutes=60)
    check = check_renegotiation
    assert check(old, DAY, 30, "too much", DAY) is None
    assert check(old, DAY + dt.timedelta(days=1), 60, "busy", DAY) is None
    assert check(old, DAY, 60, "busy", DAY) is RenegotiationProblem.NOT_SMALLER
    assert check(old, DAY, 90, "busy", DAY) is RenegotiationProblem.NOT_SMALLER
    assert check(old, DAY + dt.timedelta(days=1), 60, "  ", DAY) is RenegotiationProblem.NO_REASON
    assert check(old, DAY - dt.timedelta(days=1), 30, "x", DAY) is RenegotiationProblem.DAY_IN_PAST
    # A late renegotiation cannot put the new agreement on the day that is over.
    later = DAY + dt.timedelta(days=2)
    assert check(old, DAY, 30, "x", later) is RenegotiationProblem.DAY_IN_PAST
    assert check(old, later, 30, "x", later) is None
    assert (
        check(old, later, 30, "x" * (MAX_NOTE_LENGTH + 1), later)
        is RenegotiationProblem.NOTE_TOO_LONG
    )


def test_notes_are_optional_and_limited():
    assert clean_note(None) is None
    assert clean_note("  ") is None
    assert clean_note(" ok ") == "ok"
    with pytest.raises(ValueError):
        clean_note("x" * (MAX_NOTE_LENGTH + 1))


def test_a_day_counts_planned_items_and_standing_agreements():
    agreements = [
        agreement(minutes=60),
        agreement(minutes=20, outcome=Outcome.DIDNT_HAPPEN),
        agreement(minutes=90, outcome=Outcome.RENEGOTIATED),
    ]
    realism = plan_realism(30, 1, agreements, 240)  # items of 30 minutes and of none
    assert realism.planned == 30 + 60 + 20
    assert realism.unestimated == 1
    assert realism.verdict is Verdict.ROOM_TO_SPARE


def test_committing_needs_a_current_day_items_and_estimates():
    today = DAY
    assert commit_problem(DAY, today, 1, 0) is None
    assert commit_problem(DAY + dt.timedelta(days=1), today, 1, 0) is None
    assert commit_problem(DAY - dt.timedelta(days=1), today, 1, 0) is CommitProblem.DAY_IS_OVER
    assert commit_problem(DAY, today, 0, 0) is CommitProblem.NOTHING_TO_COMMIT
    assert commit_problem(DAY, today, 2, 1) is CommitProblem.NEEDS_ESTIMATE


def test_not_today_means_a_later_day_and_leftovers_may_come_to_today():
    assert earliest_move_day(DAY, DAY) == DAY + dt.timedelta(days=1)
    assert earliest_move_day(DAY + dt.timedelta(days=3), DAY) == DAY + dt.timedelta(days=4)
    assert earliest_move_day(DAY - dt.timedelta(days=3), DAY) == DAY


@given(st.integers(1, 24 * 60))
def test_a_smaller_version_is_about_half_and_never_tiny(minutes):
    from trustplanner.domain.agreements import smaller_version

    smaller = smaller_version(minutes)
    assert smaller <= minutes
    if minutes > 5:
        assert 5 <= smaller < minutes and smaller % 5 == 0
        assert smaller <= minutes / 2 or smaller == 5
    else:
        assert smaller == minutes  # five minutes is small enough already
