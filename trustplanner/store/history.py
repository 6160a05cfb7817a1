"""What the history holds, counted per day in SQL: the evidence behind the index and the charts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from trustplanner.domain.agreements import Outcome
from trustplanner.domain.endings import Ending
from trustplanner.domain.fears import FearOutcome
from trustplanner.domain.learning import Took
from trustplanner.domain.limits import FIRST_DAY
from trustplanner.domain.progress import FearPoint
from trustplanner.domain.promises import PromiseLine
from trustplanner.domain.report import AgreementLine, FearLine
from trustplanner.domain.settings import Settings
from trustplanner.domain.trust_index import DayEvidence, IndexPoint, index_series
from trustplanner.store.connection import Reading
from trustplanner.store.evidence import between, day_evidence, day_from_text


def planned_minutes(
    store: Reading, start: dt.date | None = None, end: dt.date | None = None
) -> dict[dt.date, int]:
    """The time agreed for each day: its agreements, counting a same-day smaller one only once."""
    where, params = between(start, end, "a.day")
    rows = store.conn.execute(
        f"""SELECT a.day, sum(a.minutes)
            FROM agreements a LEFT JOIN agreements b ON b.id = a.renegotiated_from
            WHERE (b.id IS NULL OR b.day <> a.day){where}
            GROUP BY a.day""",
        params,
    ).fetchall()
    return {day_from_text(day): minutes for day, minutes in rows}


def what_it_took(reader: Reading, end: dt.date | None = None) -> list[Took]:
    """Every kept agreement whose person said how long it took, up to `end`."""
    where, params = between(None, end)
    rows = reader.conn.execute(
        "SELECT day, minutes, took_minutes FROM agreements"
        f" WHERE outcome = 'kept' AND took_minutes IS NOT NULL{where}",
        params,
    ).fetchall()
    return [Took(day_from_text(day), planned, took) for day, planned, took in rows]


def capacity_overrides(
    store: Reading, start: dt.date | None = None, end: dt.date | None = None
) -> dict[dt.date, int]:
    where, params = between(start, end)
    rows = store.conn.execute(f"SELECT day, minutes FROM day_capacity WHERE 1 = 1{where}", params)
    return {day_from_text(day): minutes for day, minutes in rows.fetchall()}


def first_day(store: Reading) -> dt.date | None:
    """The first day with an agreement: where "all" begins."""
    day = store.value("SELECT min(day) FROM agreements")
    return None if day is None else day_from_text(day)


def fear_points(
    store: Reading, start: dt.date | None = None, end: dt.date | None = None
) -> list[FearPoint]:
    """Every fear faced: its day, anxiety before and after, and whether the feared happened."""
    where, params = between(start, end)
    rows = store.conn.execute(
        "SELECT day, anxiety_before, anxiety_after, outcome FROM fears"
        f" WHERE 1 = 1{where} ORDER BY day, id",
        params,
    ).fetchall()
    return [
        FearPoint(day_from_text(day), before, after, FearOutcome(outcome))
        for day, before, after, outcome in rows
    ]


def agreement_lines(store: Reading, start: dt.date, end: dt.date) -> list[AgreementLine]:
    """Every agreement made for a day of the span, in the order it was made."""
    rows = store.conn.execute(
        "SELECT day, title, minutes, outcome, late, note FROM agreements"
        " WHERE day >= ? AND day <= ? ORDER BY day, made_at, title, id",
        [start.isoformat(), end.isoformat()],
    ).fetchall()
    return [
        AgreementLine(day_from_text(day), title, minutes, _ending(outcome, late), note)
        for day, title, minutes, outcome, late, note in rows
    ]


def _ending(outcome: str | None, late: int) -> Ending | None:
    if outcome is None:
        return None
    if outcome == Outcome.RENEGOTIATED.value:
        return Ending.RENEGOTIATED_LATE if late else Ending.RENEGOTIATED_HONESTLY
    return Ending(outcome)


def promise_lines(store: Reading, start: dt.date, end: dt.date) -> list[PromiseLine]:
    """Every promise to someone made for a day of the span, oldest first.

    Told early: told before its day, or renegotiated a day or more ahead."""
    rows = store.conn.execute(
        """SELECT day, person, outcome,
                  coalesce(lead, 0) = 2 OR (told_at IS NOT NULL AND substr(told_at, 1, 10) < day),
                  told_at IS NOT NULL,
                  repair_acknowledged OR repair_sorry OR repair_room
                  OR EXISTS (SELECT 1 FROM agreements r WHERE r.repair_of = a.id)
           FROM agreements a
           WHERE person IS NOT NULL AND day >= ? AND day <= ? ORDER BY day, id""",
        [start.isoformat(), end.isoformat()],
    ).fetchall()
    return [
        PromiseLine(day_from_text(day), person, outcome, bool(early), bool(told), bool(repaired))
        for day, person, outcome, early, told, repaired in rows
    ]


def fear_lines(store: Reading, start: dt.date, end: dt.date) -> list[FearLine]:
    """Every fear faced in the span, oldest first."""
    rows = store.conn.execute(
        "SELECT day, situation, anxiety_before, anxiety_after, outcome, learned FROM fears"
        # The same order on every computer kept in step, where ids differ.
        " WHERE day >= ? AND day <= ? ORDER BY day, created_at, situation, id",
        [start.isoformat(), end.isoformat()],
    ).fetchall()
    return [
        FearLine(day_from_text(day), situation, before, after, FearOutcome(outcome), learned)
        for day, situation, before, after, outcome, learned in rows
    ]


@dataclass(frozen=True)
class History:
    """Everything the charts draw from, read in one go."""

    evidence: list[DayEvidence]
    series: list[IndexPoint]
    planned: dict[dt.date, int]
    overrides: dict[dt.date, int]
    first: dt.date | None
    fears: list[FearPoint]
    tooks: list[Took]  # kept agreements whose person said what they took
    promises: list[PromiseLine] = field(default_factory=list)  # promises to others

    def capacity_function(self, settings: Settings) -> Callable[[dt.date], int]:
        """The time the person had on a day: as set for that day, or the weekday's default."""

        def capacity_of(day: dt.date) -> int:
            return self.overrides.get(day, settings.capacity_on(day))

        return capacity_of


EMPTY_HISTORY = History([], [], {}, {}, None, [], [])


def read_history(store: Reading, end: dt.date, half_life: int) -> History:
    """The whole history up to `end`, counted per day, with the index series."""
    evidence = day_evidence(store, end=end)
    return History(
        evidence=evidence,
        series=index_series(evidence, end=end, half_life=half_life),
        planned=planned_minutes(store, end=end),
        overrides=capacity_overrides(store),
        first=first_day(store),
        fears=fear_points(store, end=end),
        tooks=what_it_took(store, end),
        promises=promise_lines(store, FIRST_DAY, end),
    )
