"""`trustplanner report`: a progress report as a PDF file."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from trustplanner.commands.saying import CommandLineError, cannot_write, say, speak
from trustplanner.language import wished_language
from trustplanner.words.light import translate


def run(args: argparse.Namespace, data_dir: Path) -> int:
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
        speak(language)
        raise CommandLineError(_period_problem_text(problem, start, end))
    out = Path(args.out).expanduser()
    if out.is_dir():
        speak(language)
        raise CommandLineError(
            translate("cli", "%1 is a folder; give the name of the PDF file to write").replace(
                "%1", str(out)
            )
        )
    from trustplanner.report.chart_drawing import ChartsNotDrawn
    from trustplanner.report.writing import write_report

    try:
        pages = write_report(
            data_dir,
            start,
            end,
            today,
            out,
            language=language,
            paper=args.paper,
            full=args.full,
            names=args.names,
        )
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
