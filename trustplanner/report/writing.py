"""Writing a report without a window: for `trustplanner report` and for scripts."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from trustplanner import APP_NAME


def local_paper() -> str:
    """The paper used where the person lives, by the locale's country: "a4" or "letter"."""
    from PySide6.QtCore import QLocale

    from trustplanner.domain.report import paper_for_territory

    return paper_for_territory(QLocale.territoryToCode(QLocale().territory()))


def write_report(
    data_dir: Path,
    start: dt.date,
    end: dt.date,
    today: dt.date,
    out: Path,
    *,
    language: str | None = None,
    paper: str | None = None,
    full: bool = False,
    names: bool = True,
) -> int:
    """Write the report for `start`..`end` from the store in `data_dir` to `out`.

    Needs no display: Qt draws offscreen. Returns the number of pages.
    """
    from trustplanner.report.chart_drawing import ChartDrawer

    # First of all, so that the helper loads matplotlib while the rest is done here.
    drawer = ChartDrawer(language)
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QGuiApplication([APP_NAME])
        from trustplanner.words.translators import install_translators

        install_translators(app, language)
    from trustplanner.report.content import read_report
    from trustplanner.report.pages import prepare
    from trustplanner.report.pdf import write_pdf

    content = read_report(data_dir, start, end, today, full, names)
    return write_pdf(prepare(content, drawer), out, paper or local_paper())
