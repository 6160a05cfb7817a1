"""`trustplanner demo`: an example history in an empty data folder."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from trustplanner.commands.saying import CommandLineError, say
from trustplanner.words.light import translate


def run(args: argparse.Namespace, data_dir: Path) -> int:
    from trustplanner.demo import PEOPLE, StoreNotEmpty, fill_store
    from trustplanner.store.database import open_store

    store = open_store(data_dir)
    try:
        person = PEOPLE[args.person - 1]
        rows = fill_store(store, args.days, dt.date.today(), seed=args.seed, person=person)
    except StoreNotEmpty:
        raise CommandLineError(
            translate(
                "cli",
                "%1 already holds your own plans; demo data only goes into an empty folder. "
                "Choose another one with --data-dir.",
            ).replace("%1", str(data_dir))
        ) from None
    finally:
        store.close()
    say(
        translate("cli", "Wrote %1 days of example history (%2 agreements) to %3")
        .replace("%1", str(args.days))
        .replace("%2", str(len(rows.agreements)))
        .replace("%3", str(store.path))
    )
    return 0
