"""The charts on a bare figure, away from any window: what the page and the report share."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from trustplanner.charts.data import CALENDAR, ENDINGS, FEARS, INDEX, REALISM, TOOK, WEEKDAYS

TODAY = dt.date(2026, 11, 25)
YEAR = (TODAY - dt.timedelta(days=364), TODAY)
COLOURS = dict(background="#ffffff", text="#222222", grid="#bbbbbb", accent="#3465a4")


@pytest.fixture(scope="module")
def history(tmp_path_factory):
    from trustplanner.demo import fill_store
    from trustplanner.store.database import open_store
    from trustplanner.store.history import read_history
    from trustplanner.store.settings import load_settings

    store = open_store(tmp_path_factory.mktemp("charts"))
    fill_store(store, 200, TODAY, seed=11)
    settings = load_settings(store)
    data = read_history(store, TODAY, settings.half_life_days)
    store.close()
    return data, settings


def drawn(number, history, span=YEAR, colours=None):
    from matplotlib.figure import Figure

    from trustplanner.charts.catalogue import CHARTS
    from trustplanner.charts.colours import Colours
    from trustplanner.charts.data import preparation

    chart = CHARTS[number](Figure(figsize=(8, 4)), colours or Colours(**COLOURS, empty="#eee"))
    data, settings = history
    preparation(number, data, settings, *span)(chart)
    return chart


def things(chart) -> list[int]:
    axes = chart.axes
    return [len(axes.collections), len(axes.patches), len(axes.lines), len(axes.texts)]


def test_the_light_parts_load_no_matplotlib():
    # The window numbers its charts and picks their colours before matplotlib is needed.
    code = (
        "import sys, trustplanner.charts.data, trustplanner.charts.colours;"
        "print('matplotlib' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.strip() == "False", done.stderr


@pytest.mark.parametrize("number", [INDEX, ENDINGS, REALISM, FEARS, CALENDAR, WEEKDAYS, TOOK])
def test_every_chart_draws_a_year_of_history(qapp, history, number):
    chart = drawn(number, history)
    assert chart._artists
    assert chart._empty_text.get_text() == ""


@pytest.mark.parametrize("number", [INDEX, ENDINGS, REALISM, FEARS, WEEKDAYS, TOOK])
def test_a_chart_without_history_says_what_will_show(qapp, number):
    from trustplanner.domain.settings import Settings
    from trustplanner.store.history import EMPTY_HISTORY

    chart = drawn(number, (EMPTY_HISTORY, Settings()))
    assert not chart._artists
    assert chart._empty_text.get_text()
    assert not chart.axes.xaxis.get_visible()


def test_the_index_line_has_a_point_for_every_day_of_the_span(qapp, history):
    for days in (28, 91, 365):
        chart = drawn(INDEX, history, (TODAY - dt.timedelta(days=days - 1), TODAY))
        assert len(chart._artists[-1].get_xdata()) == days


def test_the_index_describes_the_day_under_the_mouse(qapp, history):
    import matplotlib.dates as mdates

    chart = drawn(INDEX, history)
    text = chart.describe(mdates.date2num(TODAY - dt.timedelta(days=3)), 50)
    assert text.startswith("Sun 22 Nov: index ")


def test_a_week_of_endings_is_told_in_words(qapp, history):
    import matplotlib.dates as mdates

    chart = drawn(ENDINGS, history)
    text = chart.describe(mdates.date2num(dt.date(2026, 11, 18)), 1)
    assert text.startswith("Week of Mon 16 Nov: ")
    assert "kept" in text and "didn't happen" in text


@pytest.mark.parametrize("number", [ENDINGS, REALISM, FEARS, WEEKDAYS, TOOK])
def test_drawing_again_leaves_nothing_of_the_last_drawing(qapp, history, number):
    short = (TODAY - dt.timedelta(days=27), TODAY)
    chart = drawn(number, history, short)
    once = things(chart)
    from trustplanner.charts.data import preparation

    data, settings = history
    for span in (YEAR, short, YEAR, short):
        preparation(number, data, settings, *span)(chart)
    assert things(chart) == once


def test_many_bars_become_one_area(qapp, history):
    from trustplanner.charts.drawing import MAX_BARS

    few = drawn(REALISM, history, (TODAY - dt.timedelta(days=MAX_BARS - 1), TODAY))
    many = drawn(REALISM, history, (TODAY - dt.timedelta(days=199), TODAY))
    assert len(few._artists) == 1  # the bars, one collection
    assert len(few._artists[0].get_paths()) > 100
    assert len(many._artists) == 2  # days that fitted, days over: dots


def test_a_chart_takes_the_colours_it_is_given(qapp, history):
    from matplotlib.colors import to_hex

    from trustplanner.charts.colours import Colours

    dark = Colours(
        background="#202020", text="#eeeeee", grid="#555555", accent="#88aaff", empty="#333"
    )
    chart = drawn(INDEX, history)
    chart.restyle(dark)
    assert to_hex(chart.figure.get_facecolor()) == "#202020"
    assert to_hex(chart.axes.yaxis.label.get_color()) == "#eeeeee"


def test_dates_on_the_axis_are_in_the_person_s_language(dutch, history):
    chart = drawn(ENDINGS, history, (TODAY - dt.timedelta(days=60), TODAY))
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(chart.figure).draw()
    labels = " ".join(label.get_text() for label in chart.axes.get_xticklabels())
    assert any(month in labels for month in ("okt", "nov"))
    assert chart.axes.get_ylabel() == "Afspraken per week"


def test_planned_and_what_it_took_shows_each_size_with_its_factor(qapp, history):
    chart = drawn(TOOK, history)
    labels = [label.get_text() for label in chart.axes.get_xticklabels()]
    assert labels[0].startswith("Up to 15 min (") and labels[-1].startswith("Longer than 1 h")
    factors = [t.get_text() for t in chart.axes.texts if t.get_text().startswith("×")]
    assert len(factors) == 4
    # The demo person's things take 1.3 times the plan.
    assert all(1.1 <= float(f[1:]) <= 1.5 for f in factors), factors
    text = chart.describe(1.1, 10)
    assert text.startswith("Up to 30 min: ") and " agreements; planned " in text
    assert chart.describe(7, 10) is None
