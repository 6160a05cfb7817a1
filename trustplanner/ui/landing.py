"""Where something moved lands, read for the move dialogs of Plan and Review: what that
day holds against its time and, once the person's days are known, how much of a day so
full they usually keep. Read when the person picks a day, never before."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from trustplanner.store import plans
from trustplanner.ui.context import AppContext

# What a day holds already: its planned minutes and the time it has.
LoadOf = Callable[[dt.date], tuple[int, int]]
# Of ten agreements on `day` planned to hold these minutes of the time it has, how many
# such days usually keep; None while that is not known.
KeptOf = Callable[[dt.date, int, int], int | None]


def load_reader(context: AppContext) -> LoadOf:
    def load_of(day: dt.date) -> tuple[int, int]:
        realism = plans.load_day(context.store, day, context.settings, first=0).realism
        return realism.planned, realism.capacity

    return load_of


def kept_reader(context: AppContext) -> KeptOf:
    def kept_of(day: dt.date, holds: int, capacity: int) -> int | None:
        settings = context.settings
        knowing = context.learned.current(settings) if settings.learning_on else None
        if knowing is None or not knowing.ready:
            return None
        rate = knowing.keeping.rate(holds, capacity, day.weekday())
        return None if rate is None else round(rate.value * 10)

    return kept_of
