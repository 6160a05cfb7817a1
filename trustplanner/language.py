"""Which language to speak: the one asked for, else the one chosen in Settings, else
the computer's (None). Without Qt, so that a command can decide before loading it."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from trustplanner.domain.limits import LANGUAGES
from trustplanner.store.connection import DB_FILENAME


def stored_language(data_dir: Path) -> str | None:
    """The language chosen in Settings, or None (also when there is no store to read).

    Read on a connection that cannot write: this runs before the store is opened, and
    a damaged store is the store's own business to report.
    """
    path = data_dir / DB_FILENAME
    if not path.is_file() or path.is_symlink():  # a link is not followed, not even to read
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM settings WHERE key = 'language'").fetchone()
        finally:
            conn.close()
        value = json.loads(row[0]) if row else None
    except (sqlite3.Error, ValueError):
        return None
    return value if value in LANGUAGES else None


def wished_language(data_dir: Path, asked: str | None = None) -> str | None:
    """`asked` (from --lang), else the Settings choice, else None for the computer's."""
    if asked in LANGUAGES:
        return asked
    return stored_language(data_dir)
