"""The command line's parser, in the person's language (argparse's own words too).

The language is known only from the arguments, so a first look reads the command,
the language and the data folder before the real parser, whose help texts are
translated as it is made."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys

from trustplanner import APP_NAME, __version__
from trustplanner.commands.saying import EXIT_USAGE, say, speak
from trustplanner.domain.limits import LANGUAGES
from trustplanner.language import wished_language
from trustplanner.words.light import translate

MAX_DEMO_DAYS = 36500
# The example people of trustplanner/demo/person.py; a test keeps the two the same.
DEMO_PEOPLE = 3


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
        self._positionals.title = translate("cli", "arguments")
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
        speak(wish.language)
        say(f"{APP_NAME}: {_argparse_words(message)}", error=True)
        raise SystemExit(EXIT_USAGE)


def _argparse_words(message: str) -> str:
    """argparse's own complaints in plain words and the person's language (argparse
    speaks English only); anything else as argparse said it."""
    found = re.fullmatch(r"argument (\S+): invalid choice: (.+) \(choose from (.+)\)", message)
    if found:
        name, value, choices = found.groups()
        if name in ("COMMAND", translate("cli", "COMMAND")):
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


def _person(text: str) -> int:
    try:
        person = int(text)
    except ValueError:
        person = 0
    if not 1 <= person <= DEMO_PEOPLE:
        raise argparse.ArgumentTypeError(translate("cli", "the example person is 1, 2 or 3"))
    return person


def _date(text: str) -> dt.date:
    from trustplanner.domain.limits import FIRST_DAY, LAST_DAY

    try:
        day = dt.date.fromisoformat(text)
        if not FIRST_DAY <= day <= LAST_DAY:
            speak(wish.language)
            raise argparse.ArgumentTypeError(
                translate("cli", "%1 is not a day from 1970 to 2200").replace("%1", repr(text))
            )
        return day
    except ValueError:
        # Commands that draw (report) speak only later; this line is said now.
        speak(wish.language)
        raise argparse.ArgumentTypeError(
            translate(
                "cli", "%1 is not a date; write it as YYYY-MM-DD, for example 2026-11-01"
            ).replace("%1", repr(text))
        ) from None


def build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar=translate("cli", "DIR"),
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
        "--example",
        action="store_true",
        help=translate(
            "cli",
            "open the window on an example history in --data-dir, to look around "
            "(no tray, no reminders; made with the demo command)",
        ),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=translate(
            "cli",
            "check that this installation works, without a display, on a temporary store",
        ),
    )
    parser._positionals.title = translate("cli", "commands")
    commands = parser.add_subparsers(dest="command", metavar=translate("cli", "COMMAND"))
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
    demo.add_argument(
        "--person",
        type=_person,
        default=1,
        help=translate(
            "cli",
            "which example person: 1 (things take them about a third longer than planned), "
            "2 (as planned, and they keep less above 80 %% of a day), "
            "3 (things take them much longer, and they say so less often)",
        ),
    )
    status = commands.add_parser(
        "status",
        parents=[common],
        help=translate("cli", "show today's agreements and your self-trust index"),
    )
    status.add_argument(
        "--json", action="store_true", help=translate("cli", "print one JSON object, for scripts")
    )
    learned = commands.add_parser(
        "learned",
        parents=[common],
        help=translate("cli", "show what Trust Planner has learned from your days"),
    )
    learned.add_argument(
        "--json", action="store_true", help=translate("cli", "print one JSON object, for scripts")
    )
    learned.add_argument(
        "--as-of",
        type=_date,
        metavar=translate("cli", "YYYY-MM-DD"),
        help=translate(
            "cli", "learn from your history up to this day only (default: up to yesterday)"
        ),
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
        metavar=translate("cli", "YYYY-MM-DD"),
        help=translate("cli", "the first day of the report (default: the first of last month)"),
    )
    report.add_argument(
        "--to",
        dest="end",
        type=_date,
        metavar=translate("cli", "YYYY-MM-DD"),
        help=translate("cli", "the last day of the report (default: the end of last month)"),
    )
    report.add_argument(
        "--full",
        action="store_true",
        help=translate(
            "cli", "list every agreement and fear (default: a summary, agreements week by week)"
        ),
    )
    report.add_argument(
        "--no-names",
        dest="names",
        action="store_false",
        help=translate(
            "cli", "leave out the names of the people your promises were to (default: named)"
        ),
    )
    report.add_argument(
        "--out",
        required=True,
        metavar=translate("cli", "FILE.pdf"),
        help=translate("cli", "where to write it"),
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
        "--out",
        required=True,
        metavar=translate("cli", "FILE.json|DIR"),
        help=translate("cli", "where to write"),
    )
    export.add_argument(
        "--format", choices=("json", "csv"), default="json", help=translate("cli", "json or csv")
    )
    import_ = commands.add_parser(
        "import",
        parents=[common],
        help=translate("cli", "add what is new in an exported JSON file to your data"),
    )
    import_.add_argument(
        "file", metavar=translate("cli", "FILE.json"), help=translate("cli", "the file to import")
    )
    sync = commands.add_parser(
        "sync",
        parents=[common],
        help=translate(
            "cli", "keep this computer in step with another through a folder you already sync"
        ),
    )
    sync.add_argument(
        "--folder",
        metavar=translate("cli", "DIR"),
        help=translate("cli", "the synced folder (needed once; then remembered)"),
    )
    sync.add_argument(
        "--status", action="store_true", help=translate("cli", "say how it stands, and stop")
    )
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


class Wish:
    """What the first look found: where the data is and which language was asked for."""

    data_dir: str | None = None
    asked: str | None = None

    @property
    def language(self) -> str | None:
        from trustplanner.datadir import resolve_data_dir

        return wished_language(resolve_data_dir(self.data_dir), self.asked)


wish = Wish()


def first_look(argv: list[str]) -> argparse.Namespace:
    """The command, the language and the data folder, before the real parser is made:
    its help texts are translated as it is made."""
    look = argparse.ArgumentParser(add_help=False, formatter_class=_Formatter)
    look.add_argument("--lang")  # a wrong one is for the real parser to say
    look.add_argument("--data-dir")
    look.add_argument("--json", action="store_true")
    look.add_argument("-h", "--help", action="store_true")
    look.add_argument("words", nargs="*")
    return look.parse_known_args(argv)[0]
