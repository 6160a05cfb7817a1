"""The schema: every migration ever shipped, in order, and how many a file has had.

sqlite-utils runs the migrations; it is imported only when one runs."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations


# The primary key of every table that user actions write to.
PRIMARY_KEYS = {
    "items": "id",
    "agreements": "id",
    "events": "id",
    "day_capacity": "day",
    "settings": "key",
    "fears": "id",
    "ladders": "id",
    "ladder_steps": "id",
    "nudges": "id",
    "imported": "id",
}


MIGRATION_SET = "trustplanner"


def _initial_schema(db: Database) -> None:
    for statement in (
        """CREATE TABLE items (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL CHECK (length(trim(title)) > 0 AND length(title) <= 500),
            minutes INTEGER CHECK (minutes IS NULL OR minutes BETWEEN 1 AND 720),
            day TEXT NOT NULL CHECK (date(day) IS day),
            state TEXT NOT NULL DEFAULT 'planned'
                CHECK (state IN ('planned', 'agreed', 'let_go', 'split')),
            parent_id INTEGER REFERENCES items(id),
            position REAL NOT NULL DEFAULT 0,
            note TEXT CHECK (note IS NULL OR length(note) <= 2000),
            created_at TEXT NOT NULL
        )""",
        "CREATE INDEX items_by_day ON items(day, state)",
        "CREATE INDEX items_by_parent ON items(parent_id)",
        """CREATE TABLE agreements (
            id INTEGER PRIMARY KEY,
            item_id INTEGER REFERENCES items(id),
            title TEXT NOT NULL CHECK (length(trim(title)) > 0 AND length(title) <= 500),
            minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 720),
            day TEXT NOT NULL CHECK (date(day) IS day),
            made_at TEXT NOT NULL,
            outcome TEXT CHECK (outcome IS NULL
                OR outcome IN ('kept', 'renegotiated', 'didnt_happen')),
            late INTEGER NOT NULL DEFAULT 0 CHECK (late IN (0, 1)),
            ended_at TEXT,
            note TEXT CHECK (note IS NULL OR length(note) <= 2000),
            renegotiated_from INTEGER REFERENCES agreements(id),
            CHECK ((outcome IS NULL) = (ended_at IS NULL))
        )""",
        "CREATE INDEX agreements_by_day ON agreements(day)",
        "CREATE INDEX agreements_by_item ON agreements(item_id)",
        "CREATE INDEX agreements_open ON agreements(day) WHERE outcome IS NULL",
        """CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('moved', 'let_go', 'split')),
            item_id INTEGER NOT NULL REFERENCES items(id),
            from_day TEXT NOT NULL,
            to_day TEXT,
            note TEXT CHECK (note IS NULL OR length(note) <= 2000)
        )""",
        "CREATE INDEX events_by_day ON events(from_day)",
        "CREATE INDEX events_by_item ON events(item_id)",
        """CREATE TABLE day_capacity (
            day TEXT PRIMARY KEY CHECK (date(day) IS day),
            minutes INTEGER NOT NULL CHECK (minutes BETWEEN 0 AND 1440)
        )""",
        "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    ):
        db.execute(statement)


def _fears_and_ladders(db: Database) -> None:
    for statement in (
        """CREATE TABLE ladders (
            id INTEGER PRIMARY KEY,
            theme TEXT NOT NULL CHECK (length(trim(theme)) > 0 AND length(theme) <= 500),
            created_at TEXT NOT NULL
        )""",
        """CREATE TABLE ladder_steps (
            id INTEGER PRIMARY KEY,
            ladder_id INTEGER NOT NULL REFERENCES ladders(id),
            description TEXT NOT NULL
                CHECK (length(trim(description)) > 0 AND length(description) <= 500),
            expected_anxiety INTEGER NOT NULL CHECK (expected_anxiety BETWEEN 0 AND 100),
            position REAL NOT NULL
        )""",
        "CREATE INDEX ladder_steps_by_ladder ON ladder_steps(ladder_id, position)",
        """CREATE TABLE fears (
            id INTEGER PRIMARY KEY,
            day TEXT NOT NULL CHECK (date(day) IS day),
            situation TEXT NOT NULL
                CHECK (length(trim(situation)) > 0 AND length(situation) <= 500),
            anxiety_before INTEGER NOT NULL CHECK (anxiety_before BETWEEN 0 AND 100),
            anxiety_after INTEGER NOT NULL CHECK (anxiety_after BETWEEN 0 AND 100),
            outcome TEXT NOT NULL CHECK (outcome IN ('happened', 'partly', 'not')),
            feared TEXT CHECK (feared IS NULL OR length(feared) <= 2000),
            belief_before INTEGER CHECK (belief_before IS NULL OR belief_before BETWEEN 0 AND 100),
            expected_anxiety INTEGER
                CHECK (expected_anxiety IS NULL OR expected_anxiety BETWEEN 0 AND 100),
            peak_anxiety INTEGER CHECK (peak_anxiety IS NULL OR peak_anxiety BETWEEN 0 AND 100),
            what_happened TEXT CHECK (what_happened IS NULL OR length(what_happened) <= 2000),
            belief_after INTEGER CHECK (belief_after IS NULL OR belief_after BETWEEN 0 AND 100),
            learned TEXT CHECK (learned IS NULL OR length(learned) <= 2000),
            tags TEXT NOT NULL DEFAULT '[]',
            step_id INTEGER REFERENCES ladder_steps(id),
            agreement_id INTEGER REFERENCES agreements(id),
            created_at TEXT NOT NULL
        )""",
        "CREATE INDEX fears_by_day ON fears(day)",
        "CREATE INDEX fears_by_step ON fears(step_id)",
        # An agreement can be a planned step of a fear ladder.
        "ALTER TABLE agreements ADD COLUMN step_id INTEGER REFERENCES ladder_steps(id)",
    ):
        db.execute(statement)


def _nudges(db: Database) -> None:
    # One row per day and nudge ("2026-11-25/morning"), and one for a day's pause.
    db.execute(
        """CREATE TABLE nudges (
            id TEXT PRIMARY KEY,
            day TEXT NOT NULL CHECK (date(day) IS day),
            kind TEXT NOT NULL CHECK (kind IN ('morning', 'evening', 'pause')),
            shown_at TEXT,
            snoozed_until TEXT,
            closed INTEGER NOT NULL DEFAULT 0 CHECK (closed IN (0, 1))
        )"""
    )


def _import_identity(db: Database) -> None:
    import uuid

    # Exports name the store they came from, and imports remember what they added,
    # so that importing the same file twice adds nothing twice.
    db.execute(
        "CREATE TABLE store_identity (id INTEGER PRIMARY KEY CHECK (id = 1), uid TEXT NOT NULL)"
    )
    db.execute("INSERT INTO store_identity (id, uid) VALUES (1, ?)", [uuid.uuid4().hex])
    db.execute(
        """CREATE TABLE imported (
            source TEXT NOT NULL,
            kind TEXT NOT NULL,
            source_id TEXT NOT NULL,
            local_id TEXT NOT NULL,
            PRIMARY KEY (source, kind, source_id)
        )"""
    )


def _undoable_imports(db: Database) -> None:
    # A key of its own, so that undoing an import takes back what it remembered too:
    # otherwise a record made after the undo could take a freed id and be mistaken
    # for the imported one.
    for statement in (
        """CREATE TABLE imported_v5 (
            id INTEGER PRIMARY KEY,
            source TEXT NOT NULL,
            kind TEXT NOT NULL,
            source_id TEXT NOT NULL,
            local_id TEXT NOT NULL,
            UNIQUE (source, kind, source_id)
        )""",
        "INSERT INTO imported_v5 (source, kind, source_id, local_id)"
        " SELECT source, kind, source_id, local_id FROM imported",
        "DROP TABLE imported",
        "ALTER TABLE imported_v5 RENAME TO imported",
        "CREATE INDEX imported_by_local ON imported(kind, local_id)",
    ):
        db.execute(statement)


def _endings_index(db: Database) -> None:
    # Everything the self-trust index reads, in one index: a glance at ten years
    # (`trustplanner status`, the tray) reads it without touching the table.
    db.execute(
        "CREATE INDEX agreements_endings ON agreements(day, outcome, late)"
        " WHERE outcome IS NOT NULL"
    )


def _planned_items_index(db: Database) -> None:
    # The plan asks after every change what is still planned and left over from days
    # gone by; after years of use that is few items among tens of thousands.
    db.execute("CREATE INDEX items_planned ON items(day, position, id) WHERE state = 'planned'")


def _what_it_took(db: Database) -> None:
    # How long a kept agreement really took, when the person says: what the app learns
    # their estimates from. A day at most; NULL for "not said", the usual case.
    db.execute(
        "ALTER TABLE agreements ADD COLUMN took_minutes INTEGER"
        " CHECK (took_minutes IS NULL OR took_minutes BETWEEN 1 AND 1440)"
    )


def _gentle_half_life(db: Database) -> None:
    # The shortest half-life of the index went from 3 days to 7: a shorter one swings
    # the index too hard after one bad day. A person who chose less is raised to 7, and
    # what they had is kept, so that Settings can tell them.
    db.execute(
        """INSERT INTO settings (key, value)
           SELECT 'half_life_raised_from', value FROM settings
           WHERE key = 'half_life_days' AND json_valid(value)
             AND json_type(value) = 'integer' AND CAST(value AS INTEGER) BETWEEN 1 AND 6"""
    )
    db.execute(
        """UPDATE settings SET value = '7'
           WHERE key = 'half_life_days' AND json_valid(value)
             AND json_type(value) = 'integer' AND CAST(value AS INTEGER) BETWEEN 1 AND 6"""
    )


def _some_day(db: Database) -> None:
    # "Some day, no date yet": an item still planned, waiting on a short list instead of
    # a day's plan. Its day stays the day it was put aside; moving it to a day brings it
    # back. A column of its own, so that the items table need not be rebuilt.
    db.execute(
        "ALTER TABLE items ADD COLUMN someday INTEGER NOT NULL DEFAULT 0 CHECK (someday IN (0, 1))"
    )


def _child_key_indexes(db: Database) -> None:
    # Deleting an agreement or a ladder step makes SQLite look for rows that still point
    # at it. Without these indexes each look reads a whole table, so undoing an import of
    # ten years (tens of thousands of deletes) took minutes instead of seconds.
    for statement in (
        "CREATE INDEX agreements_by_renegotiated_from ON agreements(renegotiated_from)",
        "CREATE INDEX agreements_by_step ON agreements(step_id)",
        "CREATE INDEX fears_by_agreement ON fears(agreement_id)",
    ):
        db.execute(statement)


def _how_early(db: Database) -> None:
    # How early a renegotiation was said: 2 a day or more ahead, 1 on the day, 0 after.
    # Endings from before have none and keep the meaning they had. The index over
    # endings is made again with it, so that a glance still reads the index alone.
    db.execute(
        "ALTER TABLE agreements ADD COLUMN lead INTEGER CHECK (lead IS NULL OR lead IN (0, 1, 2))"
    )
    db.execute("DROP INDEX agreements_endings")
    db.execute(
        "CREATE INDEX agreements_endings ON agreements(day, outcome, late, lead)"
        " WHERE outcome IS NOT NULL"
    )


def _promises_to_others(db: Database) -> None:
    # A promise to someone: who it is for or with (a short name, the person's own word),
    # and perhaps its time ("Friday 19:00"), so that telling them early means something,
    # and when the tray reminded the person of it, so that it reminds once.
    # An agreement also keeps when the person told them it would not happen, the repair
    # steps they noted afterwards (none is a duty), and, for a new agreement made as a
    # repair, the one it repairs. A fear faced may be a "no" said or a boundary set,
    # with who asked.
    name = "TEXT CHECK ({0} IS NULL OR length({0}) BETWEEN 1 AND 80)"
    time = "TEXT CHECK ({0} IS NULL OR (length({0}) = 5 AND time({0}) IS NOT NULL))"
    flag = "INTEGER NOT NULL DEFAULT 0 CHECK ({0} IN (0, 1))"
    for table, column, kind in (
        ("items", "person", name),
        ("items", "promise_time", time),
        ("agreements", "person", name),
        ("agreements", "promise_time", time),
        ("agreements", "told_at", "TEXT"),
        ("agreements", "repair_acknowledged", flag),
        ("agreements", "repair_sorry", flag),
        ("agreements", "repair_room", flag),
        ("agreements", "repair_of", "INTEGER REFERENCES agreements(id)"),
        ("agreements", "reminded_at", "TEXT"),
        ("fears", "said_no", flag),
        ("fears", "asked_by", name),
    ):
        db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {kind.format(column)}")
    db.execute("CREATE INDEX agreements_by_repair_of ON agreements(repair_of)")


def _sync(db: Database) -> None:
    # Keeping two computers in step through a synced folder (trustplanner/sync): what
    # this computer knows of it, the changes it has not written to the folder yet, the
    # newest stamp of every row (the later change wins), and versions a later change
    # replaced, kept so that nothing is silently lost.
    for statement in (
        "CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        """CREATE TABLE sync_outbox (
            seq INTEGER PRIMARY KEY,
            stamp TEXT NOT NULL,
            kind TEXT NOT NULL,
            gid TEXT NOT NULL,
            row TEXT
        )""",
        """CREATE TABLE sync_stamps (
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            stamp TEXT NOT NULL,
            PRIMARY KEY (kind, key)
        )""",
        """CREATE TABLE sync_lost (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            stamp TEXT NOT NULL,
            row TEXT
        )""",
    ):
        db.execute(statement)


def _sync_base(db: Database) -> None:
    # The stamp a change was made on top of: a deletion that did not see an edit made
    # elsewhere meanwhile must not take that edit away.
    db.execute("ALTER TABLE sync_outbox ADD COLUMN base TEXT")


# Every migration ever shipped, in order; each runs once, in its own transaction.
MIGRATIONS = [
    ("0001_initial", _initial_schema),
    ("0002_fears_and_ladders", _fears_and_ladders),
    ("0003_nudges", _nudges),
    ("0004_import_identity", _import_identity),
    ("0005_undoable_imports", _undoable_imports),
    ("0006_endings_index", _endings_index),
    ("0007_planned_items_index", _planned_items_index),
    ("0008_what_it_took", _what_it_took),
    ("0009_gentle_half_life", _gentle_half_life),
    ("0010_some_day", _some_day),
    ("0011_child_key_indexes", _child_key_indexes),
    ("0012_how_early", _how_early),
    ("0013_promises_to_others", _promises_to_others),
    ("0014_sync", _sync),
    ("0015_sync_base", _sync_base),
]


def migrations() -> Migrations:
    """The migration set, built when first needed (it needs sqlite-utils)."""
    from sqlite_utils.migrations import Migrations

    migration_set = Migrations(MIGRATION_SET)
    for name, migrate in MIGRATIONS:
        migration_set(name=name)(migrate)
    return migration_set


def applied_migrations(conn: sqlite3.Connection) -> int:
    """How many of this app's migrations the file has had (0 for a new file)."""
    has_table = conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
    ).fetchone()[0]
    if not has_table:
        return 0
    return conn.execute(
        "SELECT count(*) FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
    ).fetchone()[0]
