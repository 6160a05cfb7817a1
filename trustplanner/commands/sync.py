"""`trustplanner sync`: keep this computer in step with another through a synced folder.

`--folder DIR` turns it on (once) and keeps in step now: this computer's changes go
into the folder, the other computers' come out of it. `--status` says how it stands.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from trustplanner.commands.saying import CommandLineError, say
from trustplanner.words.light import translate


def run(args: argparse.Namespace, data_dir: Path) -> int:
    from trustplanner.store.database import open_reader, open_store
    from trustplanner.sync import engine

    if args.status or args.folder is None:
        # Only reading first: a command that cannot go on writes nothing.
        reader = open_reader(data_dir)
        try:
            remembered = None if reader is None else engine.folder_of(reader)
            if args.status:
                return _status(reader, engine, remembered)
        finally:
            if reader is not None:
                reader.close()
        if remembered is None:
            raise CommandLineError(
                translate("cli", "Choose the synced folder once: trustplanner sync --folder DIR")
            )
        folder = remembered
    else:
        folder = Path(args.folder).expanduser().absolute()
        if folder.exists() and not folder.is_dir():
            raise CommandLineError(
                translate("cli", "%1 is not a folder").replace("%1", str(folder))
            )
    store = open_store(data_dir)
    try:
        if engine.folder_of(store) != folder:
            engine.turn_on(store, folder)
        written, pulled = engine.sync_once(store, folder)
    finally:
        store.close()
    # Plain names for the counts: pyside6-lupdate misses a count given otherwise.
    applied, kept, edits = pulled.applied, pulled.kept_here, pulled.kept_edits
    say(
        translate("cli", "In step through %1: %n change(s) written", None, written).replace(
            "%1", str(folder)
        )
        + translate("cli", ", %n taken over.", None, applied)
    )
    if kept:
        say(
            translate(
                "cli",
                "%n change(s) from elsewhere came before a later change here: kept aside, "
                "not lost.",
                None,
                kept,
            )
        )
    if edits:
        say(
            translate(
                "cli",
                "%n thing(s) deleted on one computer had been changed on the other: the "
                "change is kept, on both.",
                None,
                edits,
            )
        )
    for path, _why in pulled.unread:
        say(
            translate(
                "cli",
                "Not read yet: %1 (still syncing, or from a newer version of Trust Planner). "
                "It is read once it is whole.",
            ).replace("%1", str(path))
        )
    return 0


def _status(store, engine, folder: Path | None) -> int:
    from trustplanner.sync.segments import computers

    if folder is None:
        say(translate("cli", "Not kept in step with another computer."))
        return 0
    from trustplanner.sync.segments import name_of

    node = engine.node_of(store)
    waiting = store.value("SELECT count(*) FROM sync_outbox")
    others = [name_of(folder, other) for other in computers(folder) if other != node]
    say(
        translate("cli", "Kept in step through %1, as computer %2.")
        .replace("%1", str(folder))
        .replace("%2", engine.name_here(store))
    )
    count = len(others)
    say(
        translate("cli", "Other computers in the folder: %n", None, count)
        + (f" ({', '.join(others)})" if others else "")
    )
    say(translate("cli", "Changes not written to the folder yet: %n", None, waiting))
    return 0
