"""A day's plan: what it weighs, whether it can be agreed, and where an item may move."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable

from trustplanner.domain.agreements import Agreement, Outcome
from trustplanner.domain.realism import Realism, judge


def plan_realism(
    item_minutes: int, unestimated: int, agreements: Iterable[Agreement], capacity: int
) -> Realism:
    """Judge a day from its planned items, added up (`item_minutes` estimated, and
    `unestimated` without an estimate), and the agreements that still stand for it.

    Agreements renegotiated away count on their new day, not here; agreements
    that did not happen still count, because the time was planned.
    """
    planned = item_minutes + sum(
        agreement.minutes
        for agreement in agreements
        if agreement.outcome is not Outcome.RENEGOTIATED
    )
    return judge(planned, capacity, unestimated)


class CommitProblem(enum.Enum):
    DAY_IS_OVER = "day_is_over"
    NOTHING_TO_COMMIT = "nothing_to_commit"
    NEEDS_ESTIMATE = "needs_estimate"


def commit_problem(
    day: dt.date, today: dt.date, planned: int, unestimated: int
) -> CommitProblem | None:
    """Say why the `planned` items of `day`, `unestimated` of them without an estimate,
    cannot become agreements yet, or None."""
    if day < today:
        return CommitProblem.DAY_IS_OVER
    if planned == 0:
        return CommitProblem.NOTHING_TO_COMMIT
    if unestimated:
        return CommitProblem.NEEDS_ESTIMATE
    return None


def earliest_move_day(day: dt.date, today: dt.date) -> dt.date:
    """The first day an item planned for `day` can move to when the person says "not today".

    An item left over from a day that is over may move to today; otherwise
    "not today" means a later day.
    """
    if day < today:
        return today
    return day + dt.timedelta(days=1)
