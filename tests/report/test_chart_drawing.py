"""Where a report's charts are drawn: a helper process draws what a thread would."""

import multiprocessing
import re

import pytest

from trustplanner.report import pages as report_pages
from trustplanner.report.chart_choice import chosen_charts
from trustplanner.report.chart_drawing import ChartDrawer, ChartsNotDrawn, drawn
from trustplanner.report.content import read_report

from .conftest import OCTOBER, TODAY


@pytest.fixture(scope="module")
def october(history_dir):
    return read_report(history_dir, *OCTOBER, TODAY)


def _without_date(svg: bytes) -> bytes:
    return re.sub(rb"<dc:date>[^<]*</dc:date>", b"", svg)


def test_a_helper_process_draws_what_a_thread_draws(october, qapp):
    numbers = chosen_charts(october)
    assert len(numbers) == 7  # every chart has something to show in the example October
    here = drawn(ChartDrawer(separate=False).draw(october, numbers))
    helper = ChartDrawer("en", separate=True)
    assert helper.separate
    there = drawn(helper.draw(october, numbers))
    assert [_without_date(svg) for svg in there] == [_without_date(svg) for svg in here]
    assert b"Self-trust index" in there[0]  # the words came through the helper's translations


def test_when_the_helper_stops_the_person_is_told_plainly(october, qapp):
    drawer = ChartDrawer("en", separate=True)
    helpers = multiprocessing.active_children()
    assert helpers
    for helper in helpers:
        helper.kill()
    report = report_pages.Report(october, drawer)
    with pytest.raises(ChartsNotDrawn, match="the charts could not be drawn just now"):
        report.pictures()


def test_a_window_that_has_loaded_matplotlib_draws_on_a_thread(qapp):
    import matplotlib  # noqa: F401  (as after the Progress page has been shown)

    assert not ChartDrawer().separate


def test_the_helper_is_forked_only_before_qt_has_an_application(qapp):
    import subprocess
    import sys

    from trustplanner.report.chart_drawing import _start_method

    assert _start_method() == "spawn"  # Qt's threads are running here
    fresh = subprocess.run(
        [
            sys.executable,
            "-c",
            "from trustplanner.report import chart_drawing as c;print(c._start_method())",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    expected = "fork" if sys.platform.startswith("linux") else "spawn"
    assert fresh.stdout.strip() == expected
