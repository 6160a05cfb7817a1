"""The `trustplanner` command: the window by default, and a few commands for scripts.

Failures end in one plain line on stderr and a non-zero exit, never a traceback.
Qt is loaded only for the window and for text meant for people, so that
`status --json` stays light."""

from __future__ import annotations

import importlib
import os
import signal
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

from trustplanner import APP_NAME
from trustplanner.commands.parser import build_parser, first_look, wish
from trustplanner.commands.saying import EXIT_FAILURE, CommandLineError, say, speak
from trustplanner.language import wished_language
from trustplanner.store.damage import BackupFailed, StoreDamaged
from trustplanner.store.refusal import StoreRefused
from trustplanner.words.light import translate

# Commands that print sentences for people, and so speak the person's language. The
# window and the report make their own Qt application; `status --json` speaks JSON.
SPEAKING = (
    "demo",
    "status",
    "learned",
    "backup",
    "check",
    "restore",
    "export",
    "import",
    "sync",
    "install-desktop-entry",
)


# Each command's module, loaded only when it runs: a command pays for itself only.
RUNNERS = {
    "demo": "trustplanner.commands.demo",
    "status": "trustplanner.commands.status",
    "learned": "trustplanner.commands.learned",
    "report": "trustplanner.commands.report",
    "install-desktop-entry": "trustplanner.commands.desktop_entry",
    "backup": "trustplanner.commands.data",
    "check": "trustplanner.commands.data",
    "restore": "trustplanner.commands.data",
    "export": "trustplanner.commands.data",
    "import": "trustplanner.commands.data",
    "sync": "trustplanner.commands.sync",
}


class Stopped(KeyboardInterrupt):
    """SIGTERM, raised where the command is, as Ctrl+C is."""


def _stop(signum, frame) -> None:
    raise Stopped


def main(argv: Sequence[str] | None = None) -> int:
    if getattr(sys, "frozen", False):
        # In a standalone bundle, the report's chart helper is this same program: it
        # must become the helper here, not start the app again.
        import multiprocessing

        multiprocessing.freeze_support()
    argv = sys.argv[1:] if argv is None else list(argv)
    look = first_look(argv)
    command = look.words[0] if look.words else None
    wish.data_dir, wish.asked = look.data_dir, look.lang
    if look.help or (command in SPEAKING and not (command in ("status", "learned") and look.json)):
        speak(wish.language)
    args = build_parser().parse_args(argv)
    from trustplanner.datadir import resolve_data_dir

    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    try:
        if args.command in RUNNERS:
            runner = importlib.import_module(RUNNERS[args.command])
            signal.signal(signal.SIGTERM, _stop)
            return runner.run(args, data_dir)
        if args.self_test:
            from trustplanner.self_test import run_self_test

            return run_self_test(say, wished_language(data_dir, getattr(args, "lang", None)))
        from trustplanner.commands.window import start_window

        return start_window(args, data_dir)
    except CommandLineError as problem:
        say(f"{APP_NAME}: {problem}", error=True)
    except KeyboardInterrupt as stop:
        # Ctrl+C, or SIGTERM (a logout, a kill): unwound like an error, so that what was
        # being written was rolled back and no half file was left.
        say(
            f"{APP_NAME}: "
            + translate(
                "cli",
                "stopped before the end: what it was doing was not saved, and your data is "
                "as it was before",
            ),
            error=True,
        )
        return 128 + (signal.SIGTERM if isinstance(stop, Stopped) else signal.SIGINT)
    except StoreDamaged as damaged:
        from trustplanner.commands.damage_words import damaged_text

        say(f"{APP_NAME}: {damaged_text(damaged)}", error=True)
    except BackupFailed as problem:
        say(
            f"{APP_NAME}: "
            + translate(
                "cli",
                "a backup could not be made (%1), and without one nothing is changed: "
                "your data is safe. If the disk is full, free some space and try again.",
            ).replace("%1", str(problem)),
            error=True,
        )
    except StoreRefused as refused:
        from trustplanner.commands.damage_words import refused_text

        say(f"{APP_NAME}: {refused_text(refused)}", error=True)
    except sqlite3.DatabaseError as problem:
        from trustplanner.store.damage import Damage, disk_is_full, is_damage, is_read_only

        if disk_is_full(problem, data_dir):
            say(f"{APP_NAME}: {disk_full_text()}", error=True)
            return EXIT_FAILURE
        if is_read_only(problem):
            say(f"{APP_NAME}: {read_only_text(data_dir)}", error=True)
            return EXIT_FAILURE
        if is_damage(problem):
            from trustplanner.commands.damage_words import damaged_text

            damaged = StoreDamaged(data_dir / "trustplanner.db", Damage.DAMAGED, str(problem))
            say(f"{APP_NAME}: {damaged_text(damaged)}", error=True)
            return EXIT_FAILURE
        say(
            f"{APP_NAME}: "
            + translate(
                "cli",
                "the data in %1 could not be used just now (%2). Nothing was changed in it: "
                "your data is safe",
            )
            .replace("%1", str(data_dir))
            .replace("%2", str(problem)),
            error=True,
        )
    except BrokenPipeError:
        # Whoever read the output (`| head`) stopped reading: nothing more to say, and
        # nothing left for Python to flush into the closed pipe on the way out.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILURE
    except OSError as problem:
        from trustplanner.store.damage import disk_is_full, is_read_only

        if disk_is_full(problem, data_dir):
            say(f"{APP_NAME}: {disk_full_text()}", error=True)
            return EXIT_FAILURE
        if is_read_only(problem):
            where = Path(problem.filename) if problem.filename else data_dir
            say(f"{APP_NAME}: {read_only_text(where)}", error=True)
            return EXIT_FAILURE
        say(
            f"{APP_NAME}: "
            + translate("cli", "cannot use the data folder %1 (%2)")
            .replace("%1", str(data_dir))
            .replace("%2", problem.strerror or str(problem)),
            error=True,
        )
    return EXIT_FAILURE


def read_only_text(where: Path) -> str:
    return translate(
        "cli",
        "%1 can be read but not changed just now (its permissions, or a disk that is "
        "read-only). Your data is safe and nothing was changed. Let your account write "
        "there again, and try again.",
    ).replace("%1", str(where))


def disk_full_text() -> str:
    return translate(
        "cli",
        "there is not enough free space on this disk. Your data is safe and nothing was "
        "changed. Free some space and try again.",
    )
