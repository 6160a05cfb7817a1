"""How a command speaks: one plain line per message, in the person's language, and
the exit codes scripts can rely on."""

from __future__ import annotations

import sys
from pathlib import Path

from trustplanner import APP_NAME
from trustplanner.words.light import translate

EXIT_FAILURE = 1
EXIT_USAGE = 2


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


def speak(language: str | None) -> None:
    """Have what the command says in the person's language, through Qt's translators."""
    from PySide6.QtCore import QCoreApplication

    from trustplanner.words.translators import install_translators

    if QCoreApplication.instance() is None:
        install_translators(QCoreApplication([APP_NAME]), language)
