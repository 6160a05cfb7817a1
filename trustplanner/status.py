"""Today at a glance, for `trustplanner status`: today's agreements and the self-trust index.

Light on purpose: the standard library and the store's reader only, no Qt, and not
even dataclasses (which bring the inspect module): a glance should start at once.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import NamedTuple

from trustplanner.domain.trust_index import DEFAULT_HALF_LIFE_DAYS, START, index_on_days
from trustplanner.store import evidence
from trustplanner.store.database import open_reader


class Status(NamedTuple):
    day: dt.date
    open: int
    kept: int
    renegotiated: int
    didnt_happen: int
    index: float
    change_7_days: float
    change_30_days: float
    half_life_days: int
    promises: tuple[int, int, int] = (0, 0, 0)  # to others: total, open, told

    @property
    def total(self) -> int:
        return self.open + self.kept + self.renegotiated + self.didnt_happen

    def as_json(self) -> dict:
        """The documented JSON shape (see README, "Command line")."""
        return {
            "date": self.day.isoformat(),
            "agreements": {
                "total": self.total,
                "open": self.open,
                "kept": self.kept,
                "renegotiated": self.renegotiated,
                "didnt_happen": self.didnt_happen,
            },
            "promises_to_others": dict(zip(("total", "open", "told"), self.promises, strict=True)),
            "index": round(self.index, 1),
            "index_change_7_days": round(self.change_7_days, 1),
            "index_change_30_days": round(self.change_30_days, 1),
            "half_life_days": self.half_life_days,
        }


def read_status(data_dir: Path, today: dt.date) -> Status:
    """The status of the store in `data_dir`; an empty status when there is no store yet."""
    reader = open_reader(data_dir)
    if reader is None:
        return Status(today, 0, 0, 0, 0, START, 0.0, 0.0, DEFAULT_HALF_LIFE_DAYS)
    try:
        half_life = evidence.half_life_days(reader)
        counts = evidence.endings_on(reader, today)
        promises = evidence.promises_on(reader, today)
        days = (today, today - dt.timedelta(days=7), today - dt.timedelta(days=30))
        index, week_ago, month_ago = index_on_days(
            evidence.day_evidence(reader, end=today), days, half_life=half_life
        )
    finally:
        reader.close()
    return Status(
        today,
        counts["open"],
        counts["kept"],
        counts["renegotiated"],
        counts["didnt_happen"],
        index,
        index - week_ago,
        index - month_ago,
        half_life,
        promises,
    )
