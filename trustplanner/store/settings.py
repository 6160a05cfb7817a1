"""Reading and saving the person's settings, kept in the store as JSON values."""

from __future__ import annotations

import json
from collections.abc import Iterable

from trustplanner.domain.settings import Settings
from trustplanner.store.changes import Row
from trustplanner.store.transactions import Store


def load_settings(store: Store) -> Settings:
    return settings_from_rows(store.rows("SELECT key, value FROM settings"))


def settings_from_rows(rows: Iterable[Row]) -> Settings:
    """The settings that rows of the settings table hold; a value not understood is left out."""
    values = {}
    for row in rows:
        try:
            values[row["key"]] = json.loads(row["value"])
        except ValueError:
            continue
    return Settings.from_dict(values)


def save_settings(store: Store, settings: Settings) -> None:
    """Save every setting in one transaction."""
    with store.action():
        for key, value in settings.to_dict().items():
            store.upsert("settings", {"key": key, "value": json.dumps(value)})
