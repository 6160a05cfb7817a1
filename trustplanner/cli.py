"""The `trustplanner` command: the window by default, and a few commands for scripts.

Failures end in one plain line on stderr and a non-zero exit, never a traceback.
Qt is loaded only for the window and for text meant for people, so that
`status --json` stays light.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import os
import re
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

from trustplanner import APP_NAME, __version__
from trustplanner.domain.limits import LANGUAGES
from trustplanner.language import wished_language
from trustplanner.store.damage import StoreDamaged
from trustplanner.words.light import translate

MAX_DEMO_DAYS = 36500
# What the window needs that uses no Qt, imported before Qt: once PySide is loaded, it
# reads the source of every module imported after it (looking for `__feature__`).
PLAIN_WINDOW_MODULES = (
    "concurrent.futures",
    "trustplanner.store.plans",
    "trustplanner.store.settings",
    "trustplanner.domain.splitting",
    "trustplanner.resources",
)
EXIT_USAGE = 2
EXIT_FAILURE = 1


def say(text: str, *, error: bool = False) -> None:
    # A GUI script on Windows has no console: there is nowhere to print then.
    stream = sys.stderr if error else sys.stdout
    if stream is not None:
        print(text, file=stream)


class CommandLineError(Exception):
    """A problem the person can fix; its text is shown as one line."""


def cannot_write(place: Path | str, problem: Exception) -> CommandLineError:
    """The one line for a file or folder that could not be written, and why."""
    reason = getattr(problem, "strerror", None) or str(problem)
    return CommandLineError(
        translate("cli", "cannot write %1 (%2)").replace("%1", str(place)).replace("%2", reason)
    )


class _Formatter(argparse.HelpFormatter):
    """argparse's help layout, with the terminal's width found through os.

    argparse makes a formatter for every argument added and would load shutil for
    the width, with compression modules along: a cost to every command, `status` too.
    """

    def __init__(self, prog: str) -> None:
        super().__init__(prog, width=_columns() - 2)

    def add_usage(self, usage, actions, groups, prefix=None) -> None:
        if prefix is None:
            prefix = translate("cli", "usage: ")
        super().add_usage(usage, actions, groups, prefix)


def _columns() -> int:
    """The terminal's width: $COLUMNS when set, as shutil would, else the terminal's own."""
    try:
        return int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        pass
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns
    except (AttributeError, ValueError, OSError):
        return 80


class _Parser(argparse.ArgumentParser):
    """argparse's parser, with its own words translated too (argparse has no Dutch)."""

    def __init__(self, *args, add_help: bool = True, parents=(), **kwargs) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, add_help=False, **kwargs)
        self._positionals.title = translate("cli", "commands")
        self._optionals.title = translate("cli", "options")
        if add_help:
            self.add_argument(
                "-h", "--help", action="help", help=translate("cli", "show this help and stop")
            )
        # The parents' options join this parser's groups by their titles: only now that
        # the titles are translated do they match.
        for parent in parents:
            self._add_container_actions(parent)
            self._defaults.update(parent._defaults)

    def error(self, message: str) -> None:  # type: ignore[override]
        # The command may not have been known yet, nor its words: speak now, then stop.
        _speak(_wish.language)
        say(f"{APP_NAME}: {_argparse_words(message)}", error=True)
        raise SystemExit(EXIT_USAGE)


def _argparse_words(message: str) -> str:
    """argparse's own complaints in plain words and the person's language (argparse
    speaks English only); anything else as argparse said it."""
    found = re.fullmatch(r"argument (\S+): invalid choice: (.+) \(choose from (.+)\)", message)
    if found:
        name, value, choices = found.groups()
        if name == "COMMAND":
            return (
                translate("cli", "there is no command %1; the commands are %2")
                .replace("%1", value)
                .replace("%2", choices)
            )
        return (
            translate("cli", "%1 cannot be %2; choose %3")
            .replace("%1", name)
            .replace("%2", value)
            .replace("%3", choices)
        )
    found = re.fullmatch(r"argument (\S+): invalid int value: (.+)", message)
    if found:
        return (
            translate("cli", "%1 needs a whole number, not %2")
            .replace("%1", found.group(1))
            .replace("%2", found.group(2))
        )
    found = re.fullmatch(r"argument (\S+): expected one argument", message)
    if found:
        return translate("cli", "%1 needs a value after it").replace("%1", found.group(1))
    found = re.fullmatch(r"the following arguments are required: (.+)", message)
    if found:
        return translate("cli", "this command needs %1").replace("%1", found.group(1))
    found = re.fullmatch(r"unrecognized arguments: (.+)", message)
    if found:
        return translate("cli", "this command does not know %1").replace("%1", found.group(1))
    found = re.fullmatch(r"argument (\S+): (.+)", message)
    if found:  # the app's own words, already translated
        return f"{found.group(1)}: {found.group(2)}"
    return message


def _days(text: str) -> int:
    try:
        days = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(translate("cli", "days must be a whole number")) from None
    if not 1 <= days <= MAX_DEMO_DAYS:
        raise argparse.ArgumentTypeError(
            translate("cli", "days must be between 1 and %1").replace("%1", str(MAX_DEMO_DAYS))
        )
    return days


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate(
                "cli", "%1 is not a date; write it as YYYY-MM-DD, for example 2026-11-01"
            ).replace("%1", repr(text))
        ) from None


def build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help=translate("cli", "use this data folder instead of the usual one"),
    )
    common.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=argparse.SUPPRESS,
        help=translate(
            "cli", "the language to speak (default: as chosen in Settings, else the computer's)"
        ),
    )
    parser = _Parser(
        prog=APP_NAME,
        description=translate(
            "cli", "Small agreements with yourself, kept. Without a command, opens the window."
        ),
        parents=[common],
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"{APP_NAME} {__version__}",
        help=translate("cli", "show the version and stop"),
    )
    parser.add_argument(
        "--tray",
        action="store_true",
        help=translate("cli", "start in the tray only, without the window (as at login)"),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=translate(
            "cli",
            "check that this installation works, without a display, on a temporary store",
        ),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = commands.add_parser(
        "demo",
        parents=[common],
        help=translate("cli", "fill an empty data folder with a realistic example history"),
    )
    demo.add_argument(
        "--days", type=_days, default=120, help=translate("cli", "how many days of history")
    )
    demo.add_argument(
        "--seed",
        type=int,
        default=2026,
        help=translate("cli", "another seed gives another history"),
    )
    status = commands.add_parser(
        "status",
        parents=[common],
        help=translate("cli", "show today's agreements and your self-trust index"),
    )
    status.add_argument(
        "--json", action="store_true", help=translate("cli", "print one JSON object, for scripts")
    )
    report = commands.add_parser(
        "report",
        parents=[common],
        help=translate("cli", "write a progress report as a PDF file"),
    )
    report.add_argument(
        "--from",
        dest="start",
        type=_date,
        metavar="YYYY-MM-DD",
        help=translate("cli", "the first day of the report (default: the first of last month)"),
    )
    report.add_argument(
        "--to",
        dest="end",
        type=_date,
        metavar="YYYY-MM-DD",
        help=translate("cli", "the last day of the report (default: the end of last month)"),
    )
    report.add_argument(
        "--out", required=True, metavar="FILE.pdf", help=translate("cli", "where to write it")
    )
    report.add_argument(
        "--paper",
        choices=("a4", "letter"),
        help=translate("cli", "the paper size (default: the one used in your country)"),
    )
    _add_data_commands(commands, common)
    return parser


def _add_data_commands(commands, common: argparse.ArgumentParser) -> None:
    commands.add_parser(
        "backup", parents=[common], help=translate("cli", "make a backup of your data now")
    )
    commands.add_parser(
        "check",
        parents=[common],
        help=translate("cli", "check your data file thoroughly and list the backups"),
    )
    commands.add_parser(
        "restore",
        parents=[common],
        help=translate("cli", "put back the newest good backup of a damaged data file"),
    )
    export = commands.add_parser(
        "export",
        parents=[common],
        help=translate("cli", "write everything to a JSON file, or CSV files into a folder"),
    )
    export.add_argument(
        "--out", required=True, metavar="FILE.json|DIR", help=translate("cli", "where to write")
    )
    export.add_argument(
        "--format", choices=("json", "csv"), default="json", help=translate("cli", "json or csv")
    )
    import_ = commands.add_parser(
        "import",
        parents=[common],
        help=translate("cli", "add what is new in an exported JSON file to your data"),
    )
    import_.add_argument("file", metavar="FILE.json", help=translate("cli", "the file to import"))
    entry = commands.add_parser(
        "install-desktop-entry",
        parents=[common],
        help=translate("cli", "put Trust Planner in your desktop's menu, with its icon"),
    )
    entry.add_argument(
        "--uninstall",
        action="store_true",
        help=translate("cli", "take it out of the menu again"),
    )


def _run_desktop_entry(args: argparse.Namespace) -> int:
    from trustplanner import desktop_entry

    home = desktop_entry.data_home()
    try:
        if args.uninstall:
            removed = len(desktop_entry.uninstall(home))
            if not removed:
                say(
                    translate("cli", "Trust Planner was not in the menu of %1.").replace(
                        "%1", str(home)
                    )
                )
                return 0
            say(
                translate(
                    "cli",
                    "Took Trust Planner out of the menu: %n file(s) removed from %1.",
                    None,
                    removed,
                ).replace("%1", str(home))
            )
            return 0
        written = len(desktop_entry.install(home))
    except OSError as problem:
        raise cannot_write(home, problem) from None
    say(
        translate(
            "cli",
            "Trust Planner is in your desktop's menu now: %n file(s) written to %1.",
            None,
            written,
        ).replace("%1", str(home))
    )
    return 0


def _run_demo(args: argparse.Namespace, data_dir: Path) -> int:
    from trustplanner.demo import StoreNotEmpty, fill_store
    from trustplanner.store.database import open_store

    store = open_store(data_dir)
    try:
        rows = fill_store(store, args.days, dt.date.today(), seed=args.seed)
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


def _run_status(args: argparse.Namespace, data_dir: Path) -> int:
    from trustplanner.status import read_status

    status = read_status(data_dir, dt.date.today())
    if args.json:
        say(json.dumps(status.as_json(), indent=2))
        return 0
    from trustplanner.words.dates import long_date_text
    from trustplanner.words.numbers import number_text, signed_number_text

    lines = [long_date_text(status.day)]
    if status.total:
        parts = [
            template.replace("%1", str(count))
            for template, count in (
                (translate("cli", "%1 kept"), status.kept),
                (translate("cli", "%1 renegotiated"), status.renegotiated),
                (translate("cli", "%1 didn't happen"), status.didnt_happen),
                (translate("cli", "%1 open"), status.open),
            )
            if count
        ]
        total = status.total  # a plain name: pyside6-lupdate misses a count written otherwise
        lines.append(
            translate("cli", "Agreements today: %n", None, total) + " (" + ", ".join(parts) + ")"
        )
    else:
        lines.append(translate("cli", "No agreements for today yet."))
    lines.append(
        translate("cli", "Self-trust index: %1 (%2 over 7 days, %3 over 30 days)")
        .replace("%1", number_text(status.index))
        .replace("%2", signed_number_text(status.change_7_days))
        .replace("%3", signed_number_text(status.change_30_days))
    )
    say("\n".join(lines))
    return 0


def _run_report(args: argparse.Namespace, data_dir: Path) -> int:
    from trustplanner.domain.report import Period, check_period, period_dates

    today = dt.date.today()
    first, last = period_dates(Period.LAST_MONTH, today)
    start, end = args.start or first, args.end or last
    if args.start and not args.end:
        end = max(start, today)
    elif args.end and not args.start:
        start = end.replace(day=1)
    problem = check_period(start, end)
    language = wished_language(data_dir, getattr(args, "lang", None))
    if problem is not None:
        _speak(language)
        raise CommandLineError(_period_problem_text(problem, start, end))
    out = Path(args.out).expanduser()
    if out.is_dir():
        _speak(language)
        raise CommandLineError(
            translate("cli", "%1 is a folder; give the name of the PDF file to write").replace(
                "%1", str(out)
            )
        )
    from trustplanner.report.chart_drawing import ChartsNotDrawn
    from trustplanner.report.writing import write_report

    try:
        pages = write_report(data_dir, start, end, today, out, language=language, paper=args.paper)
    except (OSError, ChartsNotDrawn) as problem:
        raise cannot_write(out, problem) from None
    from trustplanner.report.words import period_text

    say(
        translate("cli", "Wrote the report for %1 (%n page(s)) to %2", None, pages)
        .replace("%1", period_text(start, end))
        .replace("%2", str(out))
    )
    return 0


def _period_problem_text(problem, start: dt.date, end: dt.date) -> str:
    from trustplanner.domain.report import MAX_REPORT_DAYS, PeriodProblem

    if problem is PeriodProblem.START_AFTER_END:
        return (
            translate("cli", "--from (%1) is after --to (%2); the first day comes first")
            .replace("%1", start.isoformat())
            .replace("%2", end.isoformat())
        )
    return translate("cli", "a report covers at most %1 days; choose a shorter period").replace(
        "%1", str(MAX_REPORT_DAYS)
    )


def _check_desktop() -> None:
    """One plain line where Qt would otherwise stop with a page of its own messages."""
    from trustplanner import display

    if display.no_display():
        raise CommandLineError(
            translate(
                "cli",
                "there is no desktop to show the window on (DISPLAY is not set). "
                "Start Trust Planner from your desktop session.",
            )
        )
    missing = " ".join(display.missing_packages())
    if missing:
        raise CommandLineError(
            translate(
                "cli",
                "the window needs system libraries that are not installed: %1. "
                "Install them, for example with: sudo apt install %1",
            ).replace("%1", missing)
        )


# Commands that print sentences for people, and so speak the person's language. The
# window and the report make their own Qt application; `status --json` speaks JSON.
SPEAKING = (
    "demo",
    "status",
    "backup",
    "check",
    "restore",
    "export",
    "import",
    "install-desktop-entry",
)


def _speak(language: str | None) -> None:
    """Have what the command says in the person's language, through Qt's translators."""
    from PySide6.QtCore import QCoreApplication

    from trustplanner.words.translators import install_translators

    if QCoreApplication.instance() is None:
        install_translators(QCoreApplication([APP_NAME]), language)


class _Wish:
    """What the first look found: where the data is and which language was asked for."""

    data_dir: str | None = None
    asked: str | None = None

    @property
    def language(self) -> str | None:
        from trustplanner.datadir import resolve_data_dir

        return wished_language(resolve_data_dir(self.data_dir), self.asked)


_wish = _Wish()


def _first_look(argv: list[str]) -> argparse.Namespace:
    """The command, the language and the data folder, before the real parser is made:
    its help texts are translated as it is made."""
    look = argparse.ArgumentParser(add_help=False, formatter_class=_Formatter)
    look.add_argument("--lang")  # a wrong one is for the real parser to say
    look.add_argument("--data-dir")
    look.add_argument("--json", action="store_true")
    look.add_argument("-h", "--help", action="store_true")
    look.add_argument("words", nargs="*")
    return look.parse_known_args(argv)[0]


def main(argv: Sequence[str] | None = None) -> int:
    if getattr(sys, "frozen", False):
        # In a standalone bundle, the report's chart helper is this same program: it
        # must become the helper here, not start the app again.
        import multiprocessing

        multiprocessing.freeze_support()
    argv = sys.argv[1:] if argv is None else list(argv)
    look = _first_look(argv)
    command = look.words[0] if look.words else None
    _wish.data_dir, _wish.asked = look.data_dir, look.lang
    if look.help or (command in SPEAKING and not (command == "status" and look.json)):
        _speak(_wish.language)
    args = build_parser().parse_args(argv)
    from trustplanner.datadir import resolve_data_dir

    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    try:
        if args.command == "demo":
            return _run_demo(args, data_dir)
        if args.command == "status":
            return _run_status(args, data_dir)
        if args.command == "report":
            return _run_report(args, data_dir)
        if args.command == "install-desktop-entry":
            return _run_desktop_entry(args)
        if args.command in ("backup", "check", "restore", "export", "import"):
            from trustplanner import data_commands

            if args.command in ("export", "import"):
                return getattr(data_commands, f"run_{args.command}")(args, data_dir)
            return getattr(data_commands, f"run_{args.command}")(data_dir)
        if args.self_test:
            from trustplanner.self_test import run_self_test

            return run_self_test(say, wished_language(data_dir, getattr(args, "lang", None)))
        _check_desktop()
        from trustplanner.ui import collector

        collector.hold_for_start()  # let go by the shell once it has started
        for name in PLAIN_WINDOW_MODULES:
            importlib.import_module(name)
        from trustplanner.ui.app import run_app

        return run_app(data_dir, tray_only=args.tray, language=getattr(args, "lang", None))
    except CommandLineError as problem:
        say(f"{APP_NAME}: {problem}", error=True)
    except StoreDamaged as damaged:
        from trustplanner.data_commands import damaged_text

        say(f"{APP_NAME}: {damaged_text(damaged)}", error=True)
    except sqlite3.DatabaseError as problem:
        from trustplanner.store.damage import Damage, is_damage

        if is_damage(problem):
            from trustplanner.data_commands import damaged_text

            damaged = StoreDamaged(data_dir / "trustplanner.db", Damage.DAMAGED, str(problem))
            say(f"{APP_NAME}: {damaged_text(damaged)}", error=True)
            return EXIT_FAILURE
        say(
            f"{APP_NAME}: "
            + translate("cli", "the data in %1 cannot be read (%2)")
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
        say(
            f"{APP_NAME}: "
            + translate("cli", "cannot use the data folder %1 (%2)")
            .replace("%1", str(data_dir))
            .replace("%2", problem.strerror or str(problem)),
            error=True,
        )
    return EXIT_FAILURE
