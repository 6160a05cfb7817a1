"""`trustplanner learned`: what the app has learned of the person's days, per size and
per load, each figure with what it rests on; the same figures as "How is this
computed?" on Plan. The JSON form loads no Qt."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

from trustplanner import APP_NAME
from trustplanner.commands.saying import EXIT_USAGE, say
from trustplanner.domain.forecast import ENOUGH_DAYS, Knowing, learn
from trustplanner.domain.keeping import LOAD_LIMITS
from trustplanner.domain.learning import SIZE_LIMITS, Learned
from trustplanner.domain.settings import Settings
from trustplanner.words.light import translate


def run(args: argparse.Namespace, data_dir: Path) -> int:
    from trustplanner.store.database import open_reader
    from trustplanner.store.history import first_day, what_it_took
    from trustplanner.store.settings import load_settings
    from trustplanner.store.track_record import days_kept

    today = dt.date.today()
    reader = open_reader(data_dir)
    try:
        settings = load_settings(reader) if reader is not None else Settings()
        first = first_day(reader) if reader is not None else None
        if args.as_of is not None and (first is None or not first <= args.as_of <= today):
            say(f"{APP_NAME}: {_outside(args.as_of, first, today)}", error=True)
            return EXIT_USAGE
        # As the window does: up to yesterday, so that today's endings count tomorrow.
        end = args.as_of if args.as_of is not None else today - dt.timedelta(days=1)
        if reader is None:
            knowing = learn([], [], end)
        else:
            knowing = learn(
                what_it_took(reader, end),
                days_kept(reader, settings, end),
                end,
                since=settings.learning_since,
            )
    finally:
        if reader is not None:
            reader.close()
    if args.json:
        say(json.dumps(as_json(knowing, settings, end), indent=2))
    else:
        say(_for_people(knowing, settings, end))
    return 0


def _outside(day: dt.date, first: dt.date | None, today: dt.date) -> str:
    if first is None:
        return translate("cli", "there is no history yet to learn from on %1").replace(
            "%1", day.isoformat()
        )
    return (
        translate("cli", "%1 is outside your history, which runs from %2 to %3")
        .replace("%1", day.isoformat())
        .replace("%2", first.isoformat())
        .replace("%3", today.isoformat())
    )


def _figure(learned: Learned | None, count: int, name: str) -> dict:
    return {
        # + 0.0: an offset drawn fully to none is 0, never "-0.0".
        name: None if learned is None else round(learned.value, 3) + 0.0,
        "agreements": count,
        "pull": None if learned is None else round(learned.pull, 3),
    }


def as_json(knowing: Knowing, settings: Settings, end: dt.date) -> dict:
    """What was learned as one JSON object; each figure null while it rests on too little."""
    sizes = []
    for band, learned in knowing.ratios.items():
        limit = SIZE_LIMITS[band] if band < len(SIZE_LIMITS) else None
        entry = {"up_to_minutes": limit, **_figure(learned, knowing.size_counts[band], "factor")}
        entry["typical"] = None if learned is None else round(learned.typical, 3)
        sizes.append(entry)
    loads = []
    for band, learned in knowing.keeping.by_load.items():
        limit = LOAD_LIMITS[band] if band < len(LOAD_LIMITS) else None
        loads.append({"up_to_share": limit, **_figure(learned, knowing.load_counts[band], "kept")})
    weekdays = [
        {"weekday": day, **_figure(learned, learned.count if learned else 0, "offset")}
        for day, learned in sorted(knowing.keeping.by_weekday.items())
    ]
    lately = knowing.keeping.lately
    return {
        "learned_to": end.isoformat(),
        "learning_on": settings.learning_on,
        "learning_since": settings.learn_from,
        "days": knowing.days,
        "ready": knowing.ready,
        "enough_days": ENOUGH_DAYS,
        "factor_overall": _figure(knowing.ratio, knowing.took_count, "factor"),
        "sizes": sizes,
        "kept_overall": _figure(knowing.keeping.overall, sum(knowing.load_counts.values()), "kept"),
        "loads": loads,
        "weekdays": weekdays,
        "lately": _figure(lately, lately.count if lately else 0, "offset"),
    }


def _for_people(knowing: Knowing, settings: Settings, end: dt.date) -> str:
    from trustplanner.words.learning import (
        getting_to_know_text,
        keep_line,
        load_name,
        offset_lines,
        ratio_line,
        size_name,
    )

    lines = [
        translate("cli", "What your days say, learned from your history up to %1").replace(
            "%1", end.isoformat()
        )
    ]
    if not settings.learning_on:
        lines.append(
            translate("cli", "Learning is off in Settings: the meter goes by your estimates.")
        )
    if not knowing.ready:
        lines.append(getting_to_know_text())
    lines += ["", translate("learning", "How long things take you")]
    for band, learned in knowing.ratios.items():
        line = ratio_line(learned, knowing.size_counts[band])
        lines.append(f"  {size_name(band)}: {line}")
    lines += ["", translate("learning", "How much of a day you keep")]
    for band, learned in knowing.keeping.by_load.items():
        line = keep_line(learned, knowing.load_counts[band])
        lines.append(f"  {load_name(band)}: {line}")
    total = sum(knowing.load_counts.values())
    all_days = translate("learning", "All days")
    lines.append(f"  {all_days}: {keep_line(knowing.keeping.overall, total)}")
    offsets = offset_lines(knowing)
    if offsets:
        lines += ["", translate("learning", "By weekday, and lately")]
        lines += [f"  {name}: {line}" for name, line in offsets]
    return "\n".join(lines)
