"""Today at a glance, for `trustplanner status`: today's agreements and the self-trust index.

Light on purpose: the standard library and the store's reader only, no Qt.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from trustplanner.domain.settings import Settings
from trustplanner.domain.trust_index import START, index_change, index_series
from trustplanner.store import evidence
from trustplanner.store.database import open_reader
from trustplanner.store.settings import load_settings


@dataclass(frozen=True)
class Status:
    day: dt.date
    open: int
    kept: int
    renegotiated: int
    didnt_happen: int
    index: float
    change_7_days: float
    change_30_days: float
    half_life_days: int

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
            "index": round(self.index, 1),
            "index_change_7_days": round(self.change_7_days, 1),
            "index_change_30_days": round(self.change_30_days, 1),
            "half_life_days": self.half_life_days,
        }


def read_status(data_dir: Path, today: dt.date) -> Status:
    """The status of the store in `data_dir`; an empty status when there is no store yet."""
    reader = open_reader(data_dir)
    if reader is None:
        return Status(today, 0, 0, 0, 0, START, 0.0, 0.0, Settings().half_life_days)
    try:
        settings = load_settings(reader)
        counts = evidence.endings_on(reader, today)
        series = index_series(
            evidence.day_evidence(reader, end=today), end=today, half_life=settings.half_life_days
        )
    finally:
        reader.close()
    index = series[-1].index if series else START
    return Status(
        today,
        counts["open"],
        counts["kept"],
        counts["renegotiated"],
        counts["didnt_happen"],
        index,
        index_change(series, today, 7),
        index_change(series, today, 30),
        settings.half_life_days,
    )
