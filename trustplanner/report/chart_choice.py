"""Which Progress charts a report shows, and their size on paper (no matplotlib needed)."""

from __future__ import annotations

from trustplanner.charts.data import (
    CALENDAR,
    ENDINGS,
    FEARS,
    INDEX,
    REALISM,
    TOOK,
    WEEKDAYS,
)
from trustplanner.report.content import ReportContent

WIDTH_INCHES = 7.0  # drawn at this width, then scaled to the page: they are vectors
HEIGHT_INCHES = {CALENDAR: 1.9}
DEFAULT_HEIGHT_INCHES = 2.5


def height_inches(number: int) -> float:
    return HEIGHT_INCHES.get(number, DEFAULT_HEIGHT_INCHES)


def chosen_charts(content: ReportContent) -> list[int]:
    """The charts that have something to show for this period, in the Progress order."""
    summary = content.summary
    days = (content.end - content.start).days + 1
    wanted = {
        INDEX: bool(content.history.series),
        ENDINGS: summary.ended > 0,
        REALISM: summary.days_planned > 0,
        FEARS: summary.fears_faced > 0,
        CALENDAR: summary.ended > 0 and days >= 28,
        WEEKDAYS: summary.ended > 0 and days >= 14,
        TOOK: any(content.start <= took.day <= content.end for took in content.history.tooks),
    }
    return [number for number, shown in wanted.items() if shown]
