"""Which figures each Progress chart shows for a span: shared by the page and the report."""

from __future__ import annotations

import datetime as dt

from trustplanner.domain import learning, progress
from trustplanner.domain.promises import tally_promises
from trustplanner.domain.settings import Settings
from trustplanner.domain.trust_index import index_series
from trustplanner.store.history import History
from trustplanner.words import chart_readings as read
from trustplanner.words.chart_readings import Reading

INDEX, ENDINGS, REALISM, FEARS, CALENDAR, WEEKDAYS, TOOK, PROMISES = range(8)


def preparation(number: int, data: History, settings: Settings, start: dt.date, end: dt.date):
    """What gives chart `number` its data, and returns what it shows in words (a
    Reading). It may run on a worker thread: it only reads the values given here, so
    that later changes elsewhere cannot reach it halfway."""

    def prepare(chart) -> Reading:
        if number == INDEX:
            series = index_series(
                data.evidence, start=start, end=end, half_life=settings.half_life_days
            )
            chart.show(series, start, end)
            return read.index_reading(series, start, end)
        if number == ENDINGS:
            weeks = progress.weekly_endings(data.evidence, start, end)
            chart.show(weeks)
            return read.endings_reading(weeks)
        if number == REALISM:
            capacity_of = data.capacity_function(settings)
            loads = progress.realism_by_day(data.planned, capacity_of, start, end)
            chart.show(loads, start, end)
            return read.realism_reading(loads)
        if number == FEARS:
            points = [p for p in data.fears if start <= p.day <= end]
            periods = progress.fears_by_period(points, start, end)
            chart.show(points, periods, start, end)
            return read.fears_reading(points, periods)
        if number == CALENDAR:
            first, last = progress.calendar_span(end)
            days = progress.keeping_by_day(data.evidence, first, last)
            chart.show(days, end)
            return read.calendar_reading(days)
        if number == WEEKDAYS:
            pattern = progress.weekday_pattern(data.evidence, start, end)
            chart.show(pattern)
            return read.weekday_reading(pattern)
        if number == TOOK:
            sizes = learning.took_by_size(data.tooks, start, end)
            chart.show(sizes)
            return read.took_reading(sizes)
        tallies = tally_promises([line for line in data.promises if start <= line.day <= end])
        chart.show(tallies)
        return read.promises_reading(tallies)

    return prepare
