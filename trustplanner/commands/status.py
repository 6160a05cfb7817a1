"""`trustplanner status`: today's agreements and the index, for people or as JSON.

The JSON form loads no Qt; see docs/start-time.md."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

from trustplanner.commands.saying import say
from trustplanner.words.light import translate


def run(args: argparse.Namespace, data_dir: Path) -> int:
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
