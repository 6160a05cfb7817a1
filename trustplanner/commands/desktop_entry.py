"""`trustplanner install-desktop-entry`: the app in the desktop's menu, or out again."""

from __future__ import annotations

import argparse
from pathlib import Path

from trustplanner.commands.saying import cannot_write, say
from trustplanner.words.light import translate


def run(args: argparse.Namespace, data_dir: Path) -> int:
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
