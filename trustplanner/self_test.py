"""`trustplanner --self-test`: does this installation work, also inside a bundle?

Headless, on a temporary store that is gone afterwards: it fills the store with the
demo history, computes the self-trust index, writes a PDF report (whose charts a
helper process draws, as in daily use) and draws every Progress chart. Each step
says one line; the first that fails ends the test with what went wrong.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from trustplanner.words.light import translate

DAYS = 120


def _store(folder: Path) -> str:
    from trustplanner.demo import fill_store
    from trustplanner.store.database import open_store

    store = open_store(folder)
    try:
        fill_store(store, DAYS, dt.date.today())
        agreements = store.value("SELECT count(*) FROM agreements")
    finally:
        store.close()
    if not agreements:
        raise RuntimeError("the demo history holds no agreements")
    return (
        translate("selftest", "%1 agreements in %2 days")
        .replace("%1", str(agreements))
        .replace("%2", str(DAYS))
    )


def _index(folder: Path) -> str:
    from trustplanner.status import read_status

    status = read_status(folder, dt.date.today())
    if not 0 <= status.index <= 100:
        raise RuntimeError(f"the index is {status.index}, outside 0 to 100")
    from trustplanner.words.numbers import number_text

    return translate("selftest", "index %1").replace("%1", number_text(status.index))


def _period() -> tuple[dt.date, dt.date]:
    today = dt.date.today()
    return today - dt.timedelta(days=DAYS - 1), today


def _report(folder: Path) -> str:
    from trustplanner.report.writing import write_report

    start, end = _period()
    out = folder / "report.pdf"
    pages = write_report(folder, start, end, dt.date.today(), out)
    if pages < 1 or not out.read_bytes().startswith(b"%PDF"):
        raise RuntimeError("the report is not a PDF")
    return translate("selftest", "%1 pages").replace("%1", str(pages))


def _charts(folder: Path) -> str:
    from trustplanner.charts.catalogue import CHARTS
    from trustplanner.report.chart_pictures import chart_svg
    from trustplanner.report.content import read_report

    start, end = _period()
    content = read_report(folder, start, end, dt.date.today())
    for number in range(len(CHARTS)):
        if b"<svg" not in chart_svg(number, content):
            raise RuntimeError(f"chart {number + 1} drew nothing")
    return translate("selftest", "%1 charts").replace("%1", str(len(CHARTS)))


def _application(language: str | None):
    """Qt's application, offscreen, speaking the person's language. Made before the steps,
    so that each says its line in that language (the report's chart helper is then
    started afresh rather than forked, which the bundle must be able to do anyway)."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QGuiApplication

    from trustplanner import APP_NAME
    from trustplanner.words.translators import install_translators

    app = QGuiApplication.instance() or QGuiApplication([APP_NAME])
    install_translators(app, language)
    return app


def run_self_test(say: Callable[..., None], language: str | None = None) -> int:
    """Run every step; 0 when all worked, 1 at the first that did not."""
    app = _application(language)  # noqa: F841 (kept for the whole test)
    steps = (
        (translate("selftest", "a store with the demo history"), _store),
        (translate("selftest", "the self-trust index"), _index),
        (translate("selftest", "a PDF report"), _report),
        (translate("selftest", "every Progress chart"), _charts),
    )
    with tempfile.TemporaryDirectory(prefix="trustplanner-self-test-") as scratch:
        folder = Path(scratch)
        for name, step in steps:
            try:
                detail = step(folder)
            except Exception as problem:  # the test's whole point is to say what broke
                say(
                    translate("selftest", "self-test failed at %1: %2")
                    .replace("%1", name)
                    .replace("%2", f"{type(problem).__name__}: {problem}"),
                    error=True,
                )
                return 1
            say(translate("selftest", "ok: %1 (%2)").replace("%1", name).replace("%2", detail))
    say(translate("selftest", "self-test passed"))
    return 0
