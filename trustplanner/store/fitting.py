"""Make it fit, made so: the proposal the person accepted, applied as one action that
one undo takes back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from trustplanner.domain.fitting import Fitted
from trustplanner.store.plans import get_item, move_items, put_aside, split_item
from trustplanner.store.transactions import Store


def make_it_so(
    store: Store,
    fitted: Fitted,
    step_titles: Mapping[int, tuple[str, str]],
    now: dt.datetime,
) -> None:
    """Move what the proposal moves. A big item started today by its first step is
    split in two first (`step_titles` names both steps): the first stays, the rest of it
    is what moves on."""
    with store.action():
        rest_of = {}
        for item_id, first in fitted.first_steps.items():
            item = get_item(store, item_id)
            first_title, rest_title = step_titles[item_id]
            steps = [(first_title, first), (rest_title, item.minutes - first)]
            rest_of[item_id] = split_item(store, item_id, steps, now)[1]
        for day, ids in sorted(fitted.later.items()):
            move_items(store, [rest_of.get(item_id, item_id) for item_id in ids], day, now)
        if fitted.someday:
            waiting = [rest_of.get(item_id, item_id) for item_id in fitted.someday]
            put_aside(store, waiting, now)
