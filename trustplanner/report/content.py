"""Everything a report shows, read from the store in one go. No Qt here."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from trustplanner.domain.promises import PromiseTally, tally_promises
from trustplanner.domain.report import (
    AgreementLine,
    FearLine,
    Finding,
    Summary,
    summarize,
    what_helped,
)
from trustplanner.domain.settings import Settings
from trustplanner.store import history
from trustplanner.store.connection import Reading
from trustplanner.store.database import open_reader
from trustplanner.store.history import EMPTY_HISTORY, History
from trustplanner.store.settings import load_settings


@dataclass(frozen=True)
class ReportContent:
    start: dt.date
    end: dt.date
    made_on: dt.date
    settings: Settings
    summary: Summary
    findings: list[Finding]
    agreements: list[AgreementLine]
    fears: list[FearLine]
    history: History  # up to the period's end: what the charts draw from
    full: bool = False  # every agreement and fear listed; else week by week
    promises: tuple[PromiseTally, ...] = ()  # per person, then everyone
    names: bool = True  # False: the people are not named in the printed report


def gather(
    store: Reading | None,
    start: dt.date,
    end: dt.date,
    today: dt.date,
    full: bool = False,
    names: bool = True,
) -> ReportContent:
    """The report for `start`..`end` (both included); an empty store gives an empty report.
    `full` lists every agreement; the summary tells them week by week. Without `names`,
    the people promises were made to are not named."""
    settings = load_settings(store) if store is not None else Settings()
    if store is None:
        data, agreements, fears, promises = EMPTY_HISTORY, [], [], []
    else:
        promises = history.promise_lines(store, start, end)
        data = history.read_history(store, end, settings.half_life_days)
        agreements = history.agreement_lines(store, start, end)
        fears = history.fear_lines(store, start, end)
    capacity_of = data.capacity_function(settings)
    summary = summarize(start, end, agreements, fears, data.planned, capacity_of, data.series)
    tooks = [took for took in data.tooks if start <= took.day <= end]
    findings = what_helped(
        agreements, summary, data.planned, capacity_of, settings.max_step_minutes, tooks
    )
    return ReportContent(
        start,
        end,
        today,
        settings,
        summary,
        findings,
        agreements,
        fears,
        data,
        full,
        tuple(tally_promises(promises)),
        names,
    )


def read_report(
    data_dir: Path,
    start: dt.date,
    end: dt.date,
    today: dt.date,
    full: bool = False,
    names: bool = True,
) -> ReportContent:
    """The report from the store in `data_dir`, read with a connection of its own."""
    reader = open_reader(data_dir)
    try:
        return gather(reader, start, end, today, full, names)
    finally:
        if reader is not None:
            reader.close()
