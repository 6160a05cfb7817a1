"""Changes in and out of the sync folder: this computer's written as segments, the other
computers' applied, the later change winning and the other kept, never lost.

A row is known everywhere by where it was made: (computer, its id there). Rows made
elsewhere get an id of their own here, remembered in the `imported` table, as an
import remembers them; so sync and export/import together never double anything.
References between rows travel in that form too, and are turned into this store's
ids when applied. Undo stays with the computer that did it, and is a change like any
other. No Qt here: the command line and the window share it.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from trustplanner.domain.hlc import HybridClock, Stamp
from trustplanner.store.changes import Key
from trustplanner.store.connection import Reading
from trustplanner.store.schema import PRIMARY_KEYS
from trustplanner.store.transactions import Store
from trustplanner.sync.segments import (
    SNAPSHOT,
    SegmentUnreadable,
    Unread,
    computers,
    read_by,
    read_segment,
    segments_of,
    write_about,
    write_segment,
)

log = logging.getLogger("trustplanner")

# What travels, parents before children. Reminders and what imports remember stay with
# each computer, and of the settings only those that make the history read the same on
# both (the index, the realism of a day, mastered steps); how this computer's window and
# tray behave is its own.
SYNCED = (
    "ladders",
    "ladder_steps",
    "items",
    "agreements",
    "events",
    "fears",
    "day_capacity",
    "settings",
)
KEYED = {"day_capacity", "settings"}
SHARED_SETTINGS = {
    "capacity_minutes",
    "max_step_minutes",
    "half_life_days",
    "half_life_raised_from",
    "mastery_exposures",
    "mastery_anxiety",
    "learn_from",
}


def _travels(kind: str, key: Any) -> bool:
    return kind in SYNCED and (kind != "settings" or key in SHARED_SETTINGS)


REFERENCES = {
    "ladder_steps": {"ladder_id": "ladders"},
    "items": {"parent_id": "items"},
    "agreements": {
        "item_id": "items",
        "renegotiated_from": "agreements",
        "step_id": "ladder_steps",
        "repair_of": "agreements",
    },
    "events": {"item_id": "items"},
    "fears": {"step_id": "ladder_steps", "agreement_id": "agreements"},
}


def _wall_ms() -> int:
    return time.time_ns() // 1_000_000


# -- what this computer knows ----------------------------------------------------------


def _state(store: Reading, key: str) -> str | None:
    return store.value("SELECT value FROM sync_state WHERE key = ?", [key])


def _set_state(store: Store, key: str, value: str) -> None:
    store.conn.execute(
        "INSERT INTO sync_state (key, value) VALUES (?, ?)"
        " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [key, value],
    )


def node_of(store: Reading) -> str:
    """This computer's id in the sync folder: the store's own name."""
    return store.value("SELECT uid FROM store_identity WHERE id = 1")


def folder_of(store: Reading) -> Path | None:
    folder = _state(store, "folder")
    return None if folder is None else Path(folder)


def _clock(store: Store) -> HybridClock:
    last = _state(store, "clock")
    return HybridClock(node_of(store), Stamp.parse(last) if last else None)


# -- turning on ------------------------------------------------------------------------


def turn_on(store: Store, folder: Path) -> None:
    """Keep this store in step through `folder`: from now on every change is recorded for
    it, and everything there is already goes out once, so that the other computer gets
    the whole history."""
    with store.action():
        first = folder_of(store) is None
        _set_state(store, "folder", str(folder))
        if _state(store, "name") is None:
            import platform

            # The computer's own name, as the other computer will show it.
            _set_state(store, "name", platform.node() or node_of(store)[:8])
        if first:
            for kind in SYNCED:
                key = PRIMARY_KEYS[kind]
                keys = [
                    (kind, value)
                    for (value,) in store.conn.execute(f"SELECT [{key}] FROM [{kind}]")
                    if kind != "settings" or not _is_default(store, value)
                ]
                record(store, keys)
    attach(store)


def turn_off(store: Store) -> None:
    """Stop keeping in step; everything stays as it is, here and in the folder."""
    with store.action():
        store.conn.execute("DELETE FROM sync_state WHERE key = 'folder'")
    store.recorder = None
    store.id_for = None


def _is_default(store: Store, key: str) -> bool:
    """A setting that only holds its default: it does not go out when sync is turned on,
    so that a new computer's defaults never overwrite what the person chose elsewhere."""
    from trustplanner.domain.settings import Settings

    stored = store.value("SELECT value FROM settings WHERE key = ?", [key])
    default = Settings().to_dict().get(key)
    try:
        return json.loads(stored) == default
    except (TypeError, ValueError):
        return False


def attach(store: Store) -> None:
    """Record this store's changes for the sync folder from now on."""
    store.recorder = record
    store.id_for = _id_for


def _id_for(store: Store, table: str) -> int | None:
    """A new row of a table that travels never gets the id of one deleted here."""
    if table not in SYNCED or PRIMARY_KEYS[table] != "id":
        return None
    return _fresh_id(store, table)


# -- recording this computer's changes ------------------------------------------------


def record(store: Store, keys: Iterable[Key]) -> None:
    """Called inside each action's transaction (and undo's): put the touched rows, as
    they are now, in the outbox with a fresh stamp each."""
    clock = _clock(store)
    wrote = False
    for kind, key in keys:
        if not _travels(kind, key):
            continue
        row = store._row(kind, key)
        stamp = clock.stamp(_wall_ms()).text()
        base = here_before(store, kind, key)
        if row is None:
            # Deleted here: an edit made elsewhere after this version brings it back.
            _mark_deleted(store, kind, key, base or "")
        store.conn.execute(
            "INSERT INTO sync_outbox (stamp, kind, gid, row, base) VALUES (?, ?, ?, ?, ?)",
            [
                stamp,
                kind,
                json.dumps(_gid(store, kind, key)),
                None if row is None else json.dumps(_to_global(store, kind, row)),
                base,
            ],
        )
        _set_stamp(store, kind, key, stamp)
        wrote = True
    if wrote:
        _set_state(store, "clock", clock.last.text())


def here_before(store: Store, kind: str, key: Any) -> str | None:
    """The stamp of the row's version here, before the change at hand."""
    return store.value("SELECT stamp FROM sync_stamps WHERE kind = ? AND key = ?", [kind, str(key)])


def _set_stamp(store: Store, kind: str, key: Any, stamp: str) -> None:
    store.conn.execute(
        "INSERT INTO sync_stamps (kind, key, stamp) VALUES (?, ?, ?)"
        " ON CONFLICT(kind, key) DO UPDATE SET stamp = excluded.stamp",
        [kind, str(key), stamp],
    )


def _gid(store: Store, kind: str, key: Any) -> Any:
    """Where a row was made: [computer, its id there]; a day's capacity is its day."""
    if kind in KEYED:
        return key
    found = store.conn.execute(
        "SELECT source, source_id FROM imported"
        " WHERE kind = ? AND local_id = ? ORDER BY id LIMIT 1",
        [kind, str(key)],
    ).fetchone()
    if found is not None:
        return [found[0], int(found[1])]
    return [node_of(store), int(key)]


def _to_global(store: Store, kind: str, row: dict[str, Any]) -> dict[str, Any]:
    travelling = {name: value for name, value in row.items() if name != "id" or kind in KEYED}
    for name, target in REFERENCES.get(kind, {}).items():
        if travelling.get(name) is not None:
            travelling[name] = _gid(store, target, travelling[name])
    return travelling


# -- writing and reading the folder ----------------------------------------------------


SEGMENT_CHANGES = 5000  # at most, so that each is applied in a short transaction


def name_here(store: Reading) -> str:
    return _state(store, "name") or node_of(store)


def rename_here(store: Store, name: str) -> None:
    """The name this computer goes by in the folder (its host name until the person
    gives another); PersonNameError when it cannot be a name. It goes out with the
    next segments."""
    from trustplanner.domain.promises import clean_name

    cleaned = clean_name(name)
    with store.action():
        if cleaned is None:
            store.conn.execute("DELETE FROM sync_state WHERE key = 'name'")
        else:
            _set_state(store, "name", cleaned)


def push(store: Store, folder: Path) -> int:
    """Write what the outbox holds as this computer's next segments; how many changes.
    Then tidy away its segments that no computer needs any more."""
    write_about(folder, node_of(store), name_here(store), _read_here(store))
    written = 0
    while True:
        done = _push_one(store, folder)
        if not done:
            break
        written += done
    number = int(_state(store, "written") or 0)
    if number - int(_state(store, "snapshot") or 0) >= SNAPSHOT_EVERY:
        write_snapshot(store, folder)
    tidy(store, folder)
    return written


SNAPSHOT_EVERY = 200  # segments: then a new computer starts from a snapshot


def _read_here(store: Reading) -> dict[str, int]:
    """How far this computer has read each other computer's segments."""
    return {
        key.removeprefix("read:"): int(value)
        for key, value in store.conn.execute(
            "SELECT key, value FROM sync_state WHERE key LIKE 'read:%'"
        )
    }


def tidy(store: Store, folder: Path) -> int:
    """Remove this computer's segments that no computer needs any more; how many.

    A segment goes only when every other computer in the folder says it has read it,
    and the snapshot before the last one takes it in: a computer new to the folder
    starts from a snapshot, and one whose copy of the folder still holds the older
    snapshot finds every segment after it. Nothing goes while this computer is alone in
    the folder, while one it has read from is missing from it (gone, or not arrived
    yet), or while one says nothing of what it read (an older Trust Planner).
    """
    own = node_of(store)
    others = [node for node in computers(folder) if node != own]
    if not others or any(node not in others for node in _read_here(store)):
        return 0
    keep_after = int(_state(store, "snapshot_before") or 0)
    for other in others:
        read = read_by(folder, other)
        if read is None:
            return 0
        keep_after = min(keep_after, read.get(own, 0))
    removed = 0
    for path in segments_of(folder, own):
        if int(path.stem) > keep_after:
            break
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as problem:
            log.warning("could not tidy away %s: %s", path, problem)
            break
        removed += 1
    return removed


def write_snapshot(store: Store, folder: Path) -> None:
    """Every row as it is now, with its stamp, and every row deleted, taking in this
    computer's segments so far and the others' it has read: a computer new to the
    folder starts from it instead of replaying years of changes. The deletions are for
    a computer that starts from it holding rows of its own already: a row it sent here
    and that was deleted here goes there too."""
    written = int(_state(store, "written") or 0)
    covers = _read_here(store)
    changes = []
    for kind in SYNCED:
        pk = PRIMARY_KEYS[kind]
        for row in store.rows(f"SELECT * FROM [{kind}] ORDER BY [{pk}]"):
            key = row[pk]
            stamp = here_before(store, kind, key)
            if stamp is None:
                continue  # not yet in the folder: it goes out with the next segment
            changes.append(
                {
                    "stamp": stamp,
                    "kind": kind,
                    "id": _gid(store, kind, key),
                    "row": _to_global(store, kind, row),
                    "base": None,
                }
            )
        changes += _deletions(store, kind)
    write_segment(folder, node_of(store), written, changes, covers=covers)
    with store.action():
        _set_state(store, "snapshot_before", _state(store, "snapshot") or "0")
        _set_state(store, "snapshot", str(written))


def _deletions(store: Store, kind: str) -> list[dict[str, Any]]:
    """The rows of `kind` deleted here, each as the change that deleted it."""
    prefix = f"deleted:{kind}:"
    found = []
    for name, base in store.conn.execute(
        "SELECT key, value FROM sync_state WHERE key > ? AND key < ? ORDER BY key",
        [prefix, f"deleted:{kind};"],
    ).fetchall():
        text = name.removeprefix(prefix)
        key = text if kind in KEYED else int(text)
        stamp = here_before(store, kind, key)
        if stamp is None or store._row(kind, key) is not None:
            continue  # brought back since
        found.append(
            {
                "stamp": stamp,
                "kind": kind,
                "id": _gid(store, kind, key),
                "row": None,
                "base": base or None,
            }
        )
    return found


def _start_from_snapshot(store: Store, folder: Path, node: str, pulled: Pulled) -> int:
    """For a computer that has read nothing of `node` yet: start from `node`'s snapshot,
    if it has one; the number of its segments that need no reading."""
    path = folder / node / SNAPSHOT
    if not path.is_file() or path.is_symlink():
        return 0
    try:
        snapshot = read_segment(path)
    except SegmentUnreadable as unread:
        pulled.unread.append((path, unread.why))
        return 0
    with store.action():
        for change in sorted(snapshot.changes, key=lambda c: c["stamp"]):
            if _apply(store, node, change) not in (False, WAITING):
                pulled.applied += 1
        _set_state(store, f"read:{node}", str(snapshot.number))
        own = node_of(store)
        for other, number in (snapshot.covers or {}).items():
            if other != own and int(_state(store, f"read:{other}") or 0) < number:
                _set_state(store, f"read:{other}", str(number))
    return snapshot.number


def _push_one(store: Store, folder: Path) -> int:
    rows = store.conn.execute(
        "SELECT seq, stamp, kind, gid, row, base FROM sync_outbox ORDER BY seq LIMIT ?",
        [SEGMENT_CHANGES],
    ).fetchall()
    if not rows:
        return 0
    node = node_of(store)
    # Never a number already in the folder: after a stop between writing a segment and
    # noting it here, another computer may have read that one already.
    in_folder = [int(path.stem) for path in segments_of(folder, node)]
    number = max([int(_state(store, "written") or 0), *in_folder]) + 1
    changes = [
        {
            "stamp": stamp,
            "kind": kind,
            "id": json.loads(gid),
            "row": json.loads(row) if row else None,
            "base": base,
        }
        for _seq, stamp, kind, gid, row, base in rows
    ]
    write_segment(folder, node, number, changes)
    # Only once the segment is whole in the folder is the outbox emptied: a kill before
    # this writes the same changes again, and a reader applies each change once.
    with store.action():
        store.conn.execute("DELETE FROM sync_outbox WHERE seq <= ?", [rows[-1][0]])
        _set_state(store, "written", str(number))
    return len(changes)


@dataclass
class Pulled:
    applied: int = 0  # changes taken over from other computers
    kept_here: int = 0  # changes that came later here, so the other one was kept aside
    kept_edits: int = 0  # deleted on one computer, changed on another: the change kept
    unread: list[tuple[Path, Unread]] = field(default_factory=list)

    def count(self, outcome: bool | str) -> None:
        """Count what became of one change from elsewhere (see _apply)."""
        if outcome is KEPT_EDIT:
            self.kept_edits += 1
        elif outcome is WAITING:
            pass  # counted once it is applied
        elif outcome:
            self.applied += 1
        else:
            self.kept_here += 1


def pull(store: Store, folder: Path) -> Pulled:
    """Apply the other computers' new segments, one transaction each, in order."""
    pulled = Pulled()
    own = node_of(store)
    for node in computers(folder):
        if node == own:
            continue
        done = int(_state(store, f"read:{node}") or 0)
        if done == 0:
            done = _start_from_snapshot(store, folder, node, pulled)
        for path in segments_of(folder, node, after=done):
            if int(path.stem) != done + 1:
                break  # one before it has not arrived yet: changes are applied in order
            try:
                segment = read_segment(path)
            except SegmentUnreadable as unread:
                pulled.unread.append((path, unread.why))
                break  # later segments wait: changes are applied in order
            with store.action():
                for change in sorted(segment.changes, key=lambda c: c["stamp"]):
                    pulled.count(_apply(store, node, change))
                done += 1
                _set_state(store, f"read:{node}", str(done))
    _apply_waiting(store, pulled)
    return pulled


KEPT_EDIT = "kept edit"


def _apply(store: Store, node: str, change: dict[str, Any]) -> bool | str:
    """Take over one change from another computer, unless this store has a later one
    for the same row; the version that loses is kept in `sync_lost`. A deletion that did
    not see an edit made here keeps the edit, and an edit of a row deleted here without
    having seen it brings the row back (KEPT_EDIT): an edit is never lost to a delete."""
    kind, gid, row = change["kind"], change["id"], change.get("row")
    if kind not in SYNCED or (kind in KEYED and not _travels(kind, gid)):
        return False
    stamp = Stamp.parse(change["stamp"])
    clock = _clock(store)
    clock.receive(stamp, _wall_ms())
    _set_state(store, "clock", clock.last.text())
    key = gid if kind in KEYED else _local_id(store, kind, gid)
    twin = False
    if key is None and row is not None:
        key = _twin(store, kind, gid, row)
        twin = key is not None
    if key is not None:
        here = store.value(
            "SELECT stamp FROM sync_stamps WHERE kind = ? AND key = ?", [kind, str(key)]
        )
        if here == stamp.text():
            return True  # this very change, written again after a stop: applied once
        exists = store._row(kind, key) is not None
        unseen = here is not None and change.get("base") != here
        if row is None and exists and (unseen or _used_here(store, kind, key)):
            # Deleted there without seeing the change made here, or while a row here
            # still uses it (an agreement made of a planned item deleted there): the row
            # stays, and goes out again with a newer stamp, so that the other computer
            # keeps it too.
            _keep_lost(store, kind, key, stamp.text(), None)
            record(store, [(kind, key)])
            return KEPT_EDIT
        deleted_over = _state(store, f"deleted:{kind}:{key}")
        if (
            row is not None
            and not exists
            and here is not None
            and stamp.text() > (deleted_over or "")
        ):
            # Changed there after the version that was deleted here: brought back.
            if _lacks_a_row_it_uses(store, kind, row):
                return _wait(store, node, change)
            _write(store, kind, key, gid, row)
            record(store, [(kind, key)])
            return KEPT_EDIT
        if here is not None and here > stamp.text():
            current = store._row(kind, key)
            if current is not None and _to_global(store, kind, dict(current)) == row:
                return True  # the same as here: nothing to keep aside
            _keep_lost(store, kind, key, stamp.text(), row)
            # A twin's older version is the same agreement made a moment earlier there:
            # kept aside, but nothing the person needs to hear of.
            return twin
    pk = PRIMARY_KEYS[kind]
    conn = store.conn
    conn.execute("PRAGMA defer_foreign_keys = ON")
    if row is None:
        if key is not None:
            current = store._row(kind, key)
            if current is not None:
                _keep_lost(store, kind, key, stamp.text(), current)
                conn.execute(f"DELETE FROM [{kind}] WHERE [{pk}] = ?", [key])
                _mark_deleted(store, kind, key, here_before(store, kind, key) or "")
                _set_stamp(store, kind, key, stamp.text())
        else:
            _forget_waiting(store, kind, gid)  # made and deleted there: nothing to wait for
        return True
    if _lacks_a_row_it_uses(store, kind, row):
        return _wait(store, node, change)
    key = _write(store, kind, key, gid, row)
    _set_stamp(store, kind, key, stamp.text())
    return True


WAITING = "waiting"


def _used_here(store: Store, kind: str, key: Any) -> bool:
    """Whether a row here refers to this one."""
    return any(
        store.value(f"SELECT 1 FROM [{child}] WHERE [{name}] = ? LIMIT 1", [key]) is not None
        for child, fields in REFERENCES.items()
        for name, target in fields.items()
        if target == kind
    )


def _lacks_a_row_it_uses(store: Store, kind: str, row: dict[str, Any]) -> bool:
    """Whether the row refers to one that is not here: deleted here while the other
    computer used it, or made by a computer not read yet."""
    for name, target in REFERENCES.get(kind, {}).items():
        if row.get(name) is None:
            continue
        local = _local_id(store, target, row[name])
        if local is None or store._row(target, local) is None:
            return True
    return False


def _wait(store: Store, node: str, change: dict[str, Any]) -> str:
    """Keep a change whose row refers to one not here, until that one is here again:
    the other computer sends it back once it hears it was deleted while in use."""
    _set_state(store, f"waiting:{change['stamp']}", json.dumps({"node": node, "change": change}))
    return WAITING


def _forget_waiting(store: Store, kind: str, gid: Any) -> None:
    for name, value in store.conn.execute(
        "SELECT key, value FROM sync_state WHERE key > 'waiting:' AND key < 'waiting;'"
    ).fetchall():
        change = json.loads(value)["change"]
        if change["kind"] == kind and change["id"] == gid:
            store.conn.execute("DELETE FROM sync_state WHERE key = ?", [name])


def _apply_waiting(store: Store, pulled: Pulled) -> None:
    """Apply the changes kept waiting whose rows are all here now, in their order."""
    while True:
        ready = []
        for name, value in store.conn.execute(
            "SELECT key, value FROM sync_state WHERE key > 'waiting:' AND key < 'waiting;'"
            " ORDER BY key"
        ).fetchall():
            held = json.loads(value)
            change = held["change"]
            if change.get("row") is None or not _lacks_a_row_it_uses(
                store, change["kind"], change["row"]
            ):
                ready.append((name, held["node"], change))
        if not ready:
            return
        with store.action():
            for name, node, change in ready:
                store.conn.execute("DELETE FROM sync_state WHERE key = ?", [name])
                pulled.count(_apply(store, node, change))


def _write(store: Store, kind: str, key: Any, gid: Any, row: dict[str, Any]) -> Any:
    """Put another computer's version of a row here; its key here (new if it is new)."""
    pk = PRIMARY_KEYS[kind]
    conn = store.conn
    local = _to_local(store, kind, row)
    if key is None:
        if pk == "id":
            local = {pk: _fresh_id(store, kind), **local}
        columns = ", ".join(f"[{name}]" for name in local)
        marks = ", ".join("?" for _ in local)
        cursor = conn.execute(
            f"INSERT INTO [{kind}] ({columns}) VALUES ({marks})", list(local.values())
        )
        key = cursor.lastrowid
        conn.execute(
            "INSERT INTO imported (source, kind, source_id, local_id) VALUES (?, ?, ?, ?)",
            [gid[0], kind, str(gid[1]), str(key)],
        )
    else:
        values = {**local, pk: key}
        columns = ", ".join(f"[{name}]" for name in values)
        marks = ", ".join("?" for _ in values)
        updates = ", ".join(f"[{name}] = excluded.[{name}]" for name in values if name != pk)
        conn.execute(
            f"INSERT INTO [{kind}] ({columns}) VALUES ({marks}) "
            f"ON CONFLICT([{pk}]) DO UPDATE SET {updates}",
            list(values.values()),
        )
    return key


def _mark_deleted(store: Store, kind: str, key: Any, base: str) -> None:
    """Note a row deleted here, with the version it was deleted over, and the highest
    id of its kind ever deleted here."""
    _set_state(store, f"deleted:{kind}:{key}", base)
    if kind not in KEYED and int(key) > _deleted_highest(store, kind):
        _set_state(store, f"deleted_highest:{kind}", str(int(key)))


def _deleted_highest(store: Store, kind: str) -> int:
    found = _state(store, f"deleted_highest:{kind}")
    if found is not None:
        return int(found)
    # Deleted before this was kept: read once from the deletions noted (always inside
    # an action: a row is about to be written).
    prefix = f"deleted:{kind}:"
    highest = int(
        store.value(
            "SELECT max(CAST(substr(key, ?) AS INTEGER)) FROM sync_state WHERE key > ? AND key < ?",
            [len(prefix) + 1, prefix, f"deleted:{kind};"],
        )
        or 0
    )
    _set_state(store, f"deleted_highest:{kind}", str(highest))
    return highest


def _fresh_id(store: Store, kind: str) -> int:
    """An id no row of `kind` here has had: SQLite would give the id of a row deleted
    last, and a change made elsewhere to that deleted row brings it back under it."""
    highest = store.value(f"SELECT max(id) FROM [{kind}]") or 0
    return max(int(highest), _deleted_highest(store, kind)) + 1


def _twin(store: Store, kind: str, gid: list, row: dict[str, Any]) -> int | None:
    """The agreement made here of the same planned item for the same day, when the
    other computer made one of it too before the two were in step: they are one
    agreement, known here by both names, and the later version of it wins as for any
    row. None for anything else."""
    if kind != "agreements" or row.get("item_id") is None:
        return None
    if row.get("renegotiated_from") is not None or row.get("step_id") is not None:
        return None
    item = _local_id(store, "items", row["item_id"])
    if item is None:
        return None
    twin = store.value(
        "SELECT a.id FROM agreements a WHERE a.item_id = ? AND a.day = ?"
        " AND a.renegotiated_from IS NULL AND a.step_id IS NULL"
        " AND NOT EXISTS (SELECT 1 FROM imported i WHERE i.kind = 'agreements'"
        " AND i.local_id = CAST(a.id AS TEXT) AND i.source = ?)"
        " ORDER BY a.id LIMIT 1",
        [item, row.get("day"), gid[0]],
    )
    if twin is None:
        return None
    store.conn.execute(
        "INSERT INTO imported (source, kind, source_id, local_id) VALUES (?, ?, ?, ?)",
        [gid[0], kind, str(gid[1]), str(twin)],
    )
    return int(twin)


def _local_id(store: Store, kind: str, gid: list) -> int | None:
    node, number = gid
    if node == node_of(store):
        return int(number)
    found = store.value(
        "SELECT local_id FROM imported WHERE source = ? AND kind = ? AND source_id = ?",
        [node, kind, str(number)],
    )
    return None if found is None else int(found)


def _to_local(store: Store, kind: str, row: dict[str, Any]) -> dict[str, Any]:
    local = dict(row)
    for name, target in REFERENCES.get(kind, {}).items():
        if local.get(name) is not None:
            local[name] = _local_id(store, target, local[name])
    return local


def _keep_lost(store: Store, kind: str, key: Any, stamp: str, row: Any) -> None:
    store.conn.execute(
        "INSERT INTO sync_lost (kind, key, stamp, row) VALUES (?, ?, ?, ?)",
        [kind, str(key), stamp, None if row is None else json.dumps(row)],
    )


def sync_once(store: Store, folder: Path) -> tuple[int, Pulled]:
    """Write this computer's changes to the folder and apply the others'."""
    written = push(store, folder)
    return written, pull(store, folder)
