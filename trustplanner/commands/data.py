"""The commands that look after the data: backup, check, restore, export and import.

Each reports in plain words on stdout and raises CommandLineError for what the
person can fix; the store is opened only where the command needs it."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from trustplanner import APP_NAME
from trustplanner.commands.damage_words import EXIT_EXPORTED_FROM_DAMAGE, exported_from_damage_text
from trustplanner.commands.saying import CommandLineError, cannot_write, say
from trustplanner.store.connection import DB_FILENAME
from trustplanner.words.light import translate


def _megabytes(size: int) -> str:
    """ "0.8 MB", with the decimal mark of the language spoken ("0,8 MB" in Dutch)."""
    from trustplanner.words.numbers import number_text

    return translate("cli", "%1 MB").replace("%1", number_text(size / 1_000_000))


def _backup(data_dir: Path) -> int:
    from trustplanner.store.backups import back_up
    from trustplanner.store.database import open_store

    if not (data_dir / DB_FILENAME).exists():
        say(
            translate("cli", "There is nothing to back up yet: %1 holds no data.").replace(
                "%1", str(data_dir)
            )
        )
        return 0
    store = open_store(data_dir)
    try:
        made = back_up(data_dir, store.path, dt.date.today())
    finally:
        store.close()
    say(
        translate("cli", "Backed up your data to %1 (%2).")
        .replace("%1", str(made.path))
        .replace("%2", _megabytes(made.size))
    )
    return 0


def _check(data_dir: Path) -> int:
    from trustplanner.store.backups import list_backups
    from trustplanner.store.damage import (
        Damage,
        damage_before_opening,
        integrity_problems,
        open_read_only,
    )
    from trustplanner.store.recovery import is_good
    from trustplanner.store.refusal import refuse_if_needed

    database = data_dir / DB_FILENAME
    refuse_if_needed(database)
    sound = True
    if not database.exists():
        say(translate("cli", "There is no data file in %1 yet.").replace("%1", str(data_dir)))
    else:
        damage = damage_before_opening(database)
        if damage is not None:
            problems = [damage.value]
        else:
            conn = open_read_only(database)
            try:
                problems = integrity_problems(conn)
            finally:
                conn.close()
        sound = not problems
        if sound:
            say(translate("cli", "Your data file %1 is sound.").replace("%1", str(database)))
        elif damage is Damage.NOT_A_DATABASE:
            say(
                translate(
                    "cli",
                    "%1 is not a Trust Planner data file (another program's, perhaps); "
                    "nothing was written to it.",
                ).replace("%1", str(database))
            )
        else:
            say(
                translate("cli", "Your data file %1 is damaged: %2")
                .replace("%1", str(database))
                .replace("%2", "; ".join(problems[:5]))
            )
    backups = list_backups(data_dir)
    if not backups:
        say(translate("cli", "There are no backups yet."))
    else:
        count = len(backups)  # a plain name: pyside6-lupdate misses a count written otherwise
        say(
            translate("cli", "%n backup(s) in %1:", None, count).replace(
                "%1", str(backups[0].path.parent)
            )
        )
        for backup in backups:
            verdict = translate("cli", "sound") if is_good(backup) else translate("cli", "damaged")
            say(f"  {backup.path.name}  {_megabytes(backup.size)}  {verdict}")
    return 0 if sound else 1


def _restore(data_dir: Path) -> int:
    from trustplanner.store.damage import damage_of
    from trustplanner.store.recovery import newest_good_backup, restore
    from trustplanner.store.refusal import refuse_if_needed

    database = data_dir / DB_FILENAME
    # A link is not replaced, nor written through; a newer version's file not put aside.
    refuse_if_needed(database)
    if database.exists() and damage_of(database) is None:
        raise CommandLineError(
            translate("cli", "your data file %1 is sound, so there is nothing to restore").replace(
                "%1", str(database)
            )
        )
    backup = newest_good_backup(data_dir)
    if backup is None:
        raise CommandLineError(
            translate("cli", "there is no good backup in %1 to restore").replace(
                "%1", str(data_dir)
            )
        )
    aside = restore(database, backup, dt.datetime.now())
    say(
        translate("cli", "Restored your data from the backup of %1.").replace(
            "%1", backup.day.isoformat()
        )
    )
    if aside is not None:
        say(translate("cli", "The damaged file is kept as %1.").replace("%1", str(aside)))
    return 0


def _export(args: argparse.Namespace, data_dir: Path) -> int:
    from trustplanner.exchange.exporting import write_csv, write_json
    from trustplanner.store.database import open_reader

    out = Path(args.out).expanduser()
    if args.format == "json" and out.is_dir():
        raise CommandLineError(
            translate("cli", "%1 is a folder; give the name of the JSON file to write").replace(
                "%1", str(out)
            )
        )
    if args.format == "csv" and out.exists() and not out.is_dir():
        raise CommandLineError(
            translate("cli", "%1 is a file; CSV files go into a folder").replace("%1", str(out))
        )
    reader = open_reader(data_dir)
    if reader is None:
        raise CommandLineError(
            translate("cli", "%1 holds no data to export").replace("%1", str(data_dir))
        )
    exported = None
    try:
        if args.format == "json":
            exported = write_json(reader, out, dt.datetime.now().astimezone())
        else:
            exported = write_csv(reader, out)
    except OSError as problem:
        raise cannot_write(out, problem) from None
    finally:
        if exported is not None and not exported.damaged:
            reader.close()
        else:  # the file may be damaged: closing must not copy its log into it
            from trustplanner.store.damage import close_without_writing

            close_without_writing(reader.conn, reader.path)
    total = exported.total
    if exported.damaged:
        say(f"{APP_NAME}: {exported_from_damage_text(reader.path, out, total)}", error=True)
        return EXIT_EXPORTED_FROM_DAMAGE
    say(translate("cli", "Exported %n record(s) to %1.", None, total).replace("%1", str(out)))
    return 0


def _import(args: argparse.Namespace, data_dir: Path) -> int:
    from trustplanner.exchange.checking import ImportRejected, read_document
    from trustplanner.exchange.finding_texts import rejection_summary
    from trustplanner.exchange.importing import import_document
    from trustplanner.store.database import open_store

    path = Path(args.file).expanduser()
    try:
        document = read_document(path)
        store = open_store(data_dir)
        try:
            summary = import_document(store, document, checked=True)
        finally:
            store.close()
    except ImportRejected as rejected:
        raise CommandLineError(
            translate("cli", "nothing was imported from %1: %2")
            .replace("%1", str(path))
            .replace("%2", rejection_summary(rejected))
        ) from None
    added = summary.total_added
    say(
        translate("cli", "Imported %n new record(s) from %1.", None, added).replace("%1", str(path))
    )
    if summary.already_there:
        there = summary.already_there
        say(translate("cli", "Already there, so left as they were: %n record(s).", None, there))
    return 0


def run(args: argparse.Namespace, data_dir: Path) -> int:
    if args.command == "export":
        return _export(args, data_dir)
    if args.command == "import":
        return _import(args, data_dir)
    return {"backup": _backup, "check": _check, "restore": _restore}[args.command](data_dir)
