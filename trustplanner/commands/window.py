"""Starting the window or the tray from the command line.

What is done here before Qt loads makes the start quicker; docs/start-time.md
says why each step is there and what would undo it."""

from __future__ import annotations

import argparse
import importlib
from pathlib import Path

from trustplanner.commands.saying import CommandLineError
from trustplanner.words.light import translate

# What the window needs that uses no Qt, imported before Qt: once PySide is loaded, it
# reads the source of every module imported after it (looking for `__feature__`).
PLAIN_WINDOW_MODULES = (
    "concurrent.futures",
    "trustplanner.store.plans",
    "trustplanner.store.settings",
    "trustplanner.domain.splitting",
    "trustplanner.resources",
)


def check_desktop() -> None:
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


def start_window(args: argparse.Namespace, data_dir: Path) -> int:
    check_desktop()
    from trustplanner.ui import collector

    collector.hold_for_start()  # let go by the shell once it has started
    for name in PLAIN_WINDOW_MODULES:
        importlib.import_module(name)
    from trustplanner.ui.app import run_app

    return run_app(
        data_dir,
        tray_only=args.tray,
        language=getattr(args, "lang", None),
        example=getattr(args, "example", False),
    )
