"""A deterministic, realistic history for looking around, for the tests and for the benchmarks.

The same days, seed and end date always give the same store: plans over and
under capacity, splits, moves, every kind of ending, gaps in use, fear ladders
climbed step by step, and fears faced.
"""

from __future__ import annotations

import datetime as dt
import json

from trustplanner.demo.agreements import DEMO_SETTINGS, DemoRows, generate_agreements
from trustplanner.demo.fears import add_fears
from trustplanner.demo.person import PEOPLE, Person
from trustplanner.demo.promises import add_promises
from trustplanner.store.transactions import Store

# Parents before children, so that the foreign keys hold while rows go in.
TABLES = ("ladders", "ladder_steps", "items", "agreements", "events", "day_capacity", "fears")


def generate(days: int, today: dt.date, seed: int = 2026, person: Person = PEOPLE[0]) -> DemoRows:
    """The demo history of `person` for the `days` days that end with `today`."""
    if days < 1:
        raise ValueError("days must be at least 1")
    rows, used_days = generate_agreements(days, today, seed, person)
    add_fears(rows, used_days, seed)
    add_promises(rows, seed)
    return rows


class StoreNotEmpty(RuntimeError):
    """Demo data only goes into an empty store, so it never mixes with a person's own."""


def store_is_empty(store: Store) -> bool:
    return not any(
        store.value(f"SELECT count(*) FROM {table}") for table in ("items", "agreements", "fears")
    )


def fill_store(
    store: Store, days: int, today: dt.date, seed: int = 2026, person: Person = PEOPLE[0]
) -> DemoRows:
    """Write the demo history into an empty store, in one transaction."""
    if not store_is_empty(store):
        raise StoreNotEmpty(str(store.path))
    rows = generate(days, today, seed, person)
    with store.db.atomic():
        for table in TABLES:
            batch = getattr(rows, table)
            if batch:
                store.db[table].insert_all(batch, batch_size=2000)
        # The time the demo person has, unless the folder already says its own.
        capacity = json.dumps(list(DEMO_SETTINGS.capacity_minutes))
        store.db.execute(
            "INSERT OR IGNORE INTO settings (key, value) VALUES ('capacity_minutes', ?)",
            [capacity],
        )
    return rows


__all__ = [
    "PEOPLE",
    "DemoRows",
    "Person",
    "StoreNotEmpty",
    "fill_store",
    "generate",
    "store_is_empty",
]
