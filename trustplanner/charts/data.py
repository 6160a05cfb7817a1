"""Which figures each Progress chart shows for a span: shared by the page and the report."""

from __future__ import annotations

import datetime as dt

from trustplanner.domain import learning, progress
from trustplanner.domain.settings import Settings
from trustplanner.domain.trust_index import index_series
from trustplanner.store.history import History

INDEX, ENDINGS, REALISM, FEARS, CALENDAR, WEEKDAYS, TOOK = range(7)


def preparation(number: int, data: History, settings: Settings, start: dt.date, end: dt.date):
    """What gives chart `number` its data. It may run on a worker thread: it only reads
    the values given here, so that later changes elsewhere cannot reach it halfway."""

    def prepare(chart) -> None:
        if number == INDEX:
            series = index_series(
                data.evidence, start=start, end=end, half_life=settings.half_life_days
            )
            chart.show(series, start, end)
        elif number == ENDINGS:
            chart.show(progress.weekly_endings(data.evidence, start, end))
        elif number == REALISM:
            capacity_of = data.capacity_function(settings)
            chart.show(progress.realism_by_day(data.planned, capacity_of, start, end), start, end)
        elif number == FEARS:
            points = [p for p in data.fears if start <= p.day <= end]
            chart.show(points, progress.monthly_fears(points, start, end), start, end)
        elif number == CALENDAR:
            first, last = progress.calendar_span(end)
            chart.show(progress.keeping_by_day(data.evidence, first, last), end)
        elif number == WEEKDAYS:
            chart.show(progress.weekday_pattern(data.evidence, start, end))
        else:
            chart.show(learning.took_by_size(data.tooks, start, end))

    return prepare
