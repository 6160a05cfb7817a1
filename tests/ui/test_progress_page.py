import datetime as dt
import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFileDialog

from trustplanner.demo import fill_store
from trustplanner.domain.progress import Span
from trustplanner.status import read_status
from trustplanner.store import agreements as store_agreements
from trustplanner.store import plans
from trustplanner.ui.progress.explanation_dialog import ExplanationDialog
from trustplanner.words.dates import qdate
from trustplanner.words.numbers import number_text

CHART_NAMES = [
    "Self-trust over time",
    "How agreements ended",
    "How realistic your plans were",
    "Fears faced",
    "The year at a glance",
    "Which days keep best",
    "Planned and what it took",
    "Promises to others",
]


@pytest.fixture
def history(context):
    fill_store(context.store, 400, context.today())
    context.changed.emit()


def drawn(qtbot, canvas):
    """The canvas, once the picture of its newest request is on screen."""
    qtbot.waitUntil(lambda: canvas.settled() and canvas.chart is not None, timeout=15_000)
    return canvas


def choose_chart(qtbot, progress, number):
    progress.view.chart_list.setCurrentIndex(progress.view.chart_model.index(number, 0))
    qtbot.waitUntil(lambda: progress.view.chart_stack.currentWidget() is progress.canvas(number))
    return drawn(qtbot, progress.canvas(number))


def choose_span(qtbot, progress, span):
    combo = progress.view.span_combo
    combo.setCurrentIndex(combo.findData(span))
    return drawn(qtbot, progress.current_canvas())


def test_opening_progress_loads_the_charts_and_only_then_matplotlib(tmp_path):
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from PySide6.QtCore import QThreadPool
        from trustplanner.domain.settings import Settings
        from trustplanner.store.database import open_store
        from trustplanner.store.settings import save_settings
        from trustplanner.ui.app import application, start
        store = open_store(Path({str(tmp_path)!r}))
        # Asked before, and welcomed: no question and no welcome now.
        save_settings(store, Settings(start_at_login=False, first_day="2026-01-01", welcomed=True))
        store.close()
        app = application()
        shell = start(Path({str(tmp_path)!r}), tray_available=False)
        window = shell.window
        app.processEvents()
        before = "matplotlib" in sys.modules
        window.tabs.setCurrentWidget(window.progress_page)
        while window.progress is None:
            QThreadPool.globalInstance().waitForDone()
            app.processEvents()
        print(before, "matplotlib" in sys.modules)
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=90
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "True"]


def test_the_charts_are_all_there(history, progress):
    assert progress.view.chart_model.stringList() == CHART_NAMES


def test_the_headline_agrees_with_status(history, progress, context):
    status = read_status(context.data_dir, context.today())
    assert progress.view.headline.text() == f"Your self-trust index: {number_text(status.index)}"
    assert 50 < status.index <= 100  # the demo person learns to keep their agreements


def test_a_new_person_sees_a_neutral_start(qtbot, progress):
    assert progress.view.headline.text() == "Your self-trust index: 50.0"
    assert "It starts at 50" in progress.view.change_label.text()
    canvas = drawn(qtbot, progress.current_canvas())
    assert "appears here once" in canvas.chart._empty_text.get_text()


@pytest.mark.parametrize("number", range(6))
def test_every_chart_draws_the_history(qtbot, history, progress, number):
    choose_span(qtbot, progress, Span.YEAR)
    canvas = choose_chart(qtbot, progress, number)
    chart = canvas.chart
    assert chart._artists, CHART_NAMES[number]
    assert chart._empty_text.get_text() == ""


def test_the_index_line_follows_the_chosen_span(qtbot, history, progress, context):
    today = context.today()
    for span, days in ((Span.FOUR_WEEKS, 28), (Span.THREE_MONTHS, 91), (Span.YEAR, 365)):
        chart = choose_span(qtbot, progress, span).chart
        index_line = chart._artists[-1]
        assert len(index_line.get_xdata()) == days
    chart = choose_span(qtbot, progress, Span.ALL).chart
    assert len(chart._artists[-1].get_xdata()) == 400
    choose_span(qtbot, progress, Span.CUSTOM)
    assert progress.view.dates.isVisible()
    progress.view.from_edit.setDate(qdate(today - dt.timedelta(days=9)))
    progress.view.to_edit.setDate(qdate(today - dt.timedelta(days=5)))
    drawn(qtbot, progress.canvas(0))
    assert len(chart._artists[-1].get_xdata()) == 5


def test_the_value_under_the_mouse_is_shown(qtbot, history, progress, context):
    canvas = drawn(qtbot, progress.canvas(0))
    axes = canvas.chart.axes
    day = context.today() - dt.timedelta(days=3)
    import matplotlib.dates as mdates

    x, y = axes.transData.transform((mdates.date2num(day), 50))
    ratio = canvas.devicePixelRatioF()
    qtbot.mouseMove(canvas, QPoint(int(x / ratio), int(canvas.height() - y / ratio)))
    qtbot.waitUntil(lambda: progress.view.hover_label.text().strip() != "")
    text = progress.view.hover_label.text()
    assert text.startswith(canvas.chart.describe(mdates.date2num(day), 50).split(":")[0])
    assert "index" in text


@pytest.mark.parametrize("number", [1, 2, 3, 4, 5])
def test_each_chart_describes_its_values(qtbot, history, progress, number):
    choose_span(qtbot, progress, Span.YEAR)
    chart = choose_chart(qtbot, progress, number).chart
    x0, x1 = chart.axes.get_xlim()
    y0, y1 = chart.axes.get_ylim()
    text = chart.describe((x0 + x1) / 2, (y0 + y1) / 2)
    assert text and any(
        word in text for word in ("kept", "agreed", "Week", "nothing ended", "anxiety")
    )


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_a_chart_can_be_saved(qtbot, history, progress, tmp_path, monkeypatch, suffix):
    target = tmp_path / f"chart{suffix}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    with qtbot.waitSignal(progress._context.message) as said:
        progress.view.save_button.click()
    data = target.read_bytes()
    assert data.startswith(b"\x89PNG") if suffix == ".png" else b"<svg" in data[:400]
    assert said.args == [f"Chart saved to {target}"]


def test_saving_without_an_extension_uses_the_chosen_kind(
    qtbot, history, progress, tmp_path, monkeypatch
):
    target = tmp_path / "mychart"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args: (str(target), "SVG picture (*.svg)")
    )
    with qtbot.waitSignal(progress._context.message):
        progress.view.save_button.click()
    assert (tmp_path / "mychart.svg").read_bytes().find(b"<svg") >= 0


def test_charts_follow_the_palette(qtbot, history, progress):
    palette = progress.view.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#eeeeee"))
    progress.view.setPalette(palette)
    figure = progress.current_canvas().figure
    qtbot.waitUntil(lambda: QColor.fromRgbF(*figure.get_facecolor()).name() == "#202020")


def test_how_is_this_computed(qtbot, progress, context, monkeypatch):
    shown = []
    monkeypatch.setattr(
        ExplanationDialog, "exec", lambda dialog: shown.append(dialog.text.text()) or 0
    )
    progress.view.explain_button.click()
    [text] = shown
    assert "after 14 days with agreements" in text
    assert "Days without agreements do not change the index" in text
    assert "0.952" in text  # 0.5 ** (1/14)


def test_progress_follows_what_happens(qtbot, progress, context):
    today = context.today()
    plans.add_items(context.store, today, [("A", 10)], context.now())
    [a] = plans.commit_day(context.store, today, context.now())
    context.perform("Keep", lambda: store_agreements.mark_kept(context.store, a, context.now()))
    qtbot.waitUntil(lambda: progress.view.headline.text() != "Your self-trust index: 50.0")
    assert float(progress.view.headline.text().split(": ")[1]) > 50


def test_the_half_life_setting_changes_the_index(qtbot, history, window, progress):
    before = progress.view.headline.text()
    window.settings_page.view.half_life_spin.setValue(3)
    window.tabs.setCurrentWidget(window.progress_page)
    qtbot.waitUntil(lambda: progress.view.headline.text() != before)


def test_the_page_says_what_the_index_rests_on(qtbot, progress, context):
    today = context.today()
    plans.add_items(context.store, today, [("A", 10), ("B", 10)], context.now())
    a, b = plans.commit_day(context.store, today, context.now())
    store_agreements.mark_kept(context.store, a, context.now())
    context.perform(
        "x", lambda: store_agreements.mark_didnt_happen(context.store, b, context.now())
    )
    qtbot.waitUntil(
        lambda: (
            "Your last 1 day with agreements: 1 kept, 0 renegotiated in time, 0 afterwards, "
            "1 didn't happen." in progress.view.change_label.text()
        )
    )


def test_charts_are_computed_and_drawn_off_the_windows_thread(
    qtbot, history, progress, monkeypatch
):
    import threading

    from matplotlib.backends.backend_agg import FigureCanvasAgg

    threads = []
    draw = FigureCanvasAgg.draw

    def recording_draw(canvas):
        threads.append(threading.get_ident())
        return draw(canvas)

    monkeypatch.setattr(FigureCanvasAgg, "draw", recording_draw)
    for number in range(6):
        choose_chart(qtbot, progress, number)
    choose_span(qtbot, progress, Span.ALL)
    assert threads
    assert threading.main_thread().ident not in threads


def test_only_the_newest_of_quick_changes_is_shown(qtbot, history, progress):
    canvas = drawn(qtbot, progress.canvas(0))
    combo = progress.view.span_combo
    for span in (Span.YEAR, Span.THREE_MONTHS, Span.ALL, Span.FOUR_WEEKS):
        combo.setCurrentIndex(combo.findData(span))
    drawn(qtbot, canvas)
    assert len(canvas.chart._artists[-1].get_xdata()) == 28
    assert canvas.drawn_for[1:3] == progress.span()


def test_the_mouse_never_waits_for_a_drawing(qtbot, history, progress):
    canvas = drawn(qtbot, progress.canvas(0))
    middle = canvas.rect().center()
    assert "index" in canvas.describe_at(middle.x(), middle.y())
    with canvas.lock:  # as while the worker draws
        assert canvas.describe_at(middle.x(), middle.y()) is None
    assert canvas.describe_at(1, 1) == ""  # outside the plot


def test_a_resized_chart_is_drawn_again_at_its_new_size(qtbot, history, progress, window):
    canvas = drawn(qtbot, progress.canvas(0))
    window.resize(window.width() + 160, window.height() + 90)
    qtbot.waitUntil(
        lambda: (
            canvas.settled()
            and canvas._picture.width() == round(canvas.width() * canvas.devicePixelRatioF())
        )
    )
    assert canvas._picture.height() == round(canvas.height() * canvas.devicePixelRatioF())


def test_a_chart_that_cannot_be_saved_says_so_kindly(
    qtbot, history, progress, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    target = tmp_path / "missing-folder" / "chart.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[1:]))
    progress.view.save_button.click()
    qtbot.waitUntil(lambda: bool(warned))
    [(title, text)] = warned
    assert title == "The chart was not saved"
    assert str(target) in text and "Traceback" not in text


@pytest.mark.parametrize("number", [1, 2, 5])
def test_changing_the_span_leaves_nothing_of_the_old_chart_behind(qtbot, history, progress, number):
    def drawn_things(axes):
        return [len(axes.collections), len(axes.patches), len(axes.lines), len(axes.containers)]

    choose_chart(qtbot, progress, number)
    once = drawn_things(choose_span(qtbot, progress, Span.FOUR_WEEKS).chart.axes)
    for span in (Span.ALL, Span.FOUR_WEEKS, Span.ALL, Span.FOUR_WEEKS):
        chart = choose_span(qtbot, progress, span).chart
    assert drawn_things(chart.axes) == once
    legend = chart.axes.get_legend()
    labels = [text.get_text() for text in legend.get_texts()] if legend else []
    assert len(labels) == len(set(labels))


@pytest.mark.parametrize("number", range(7))
def test_every_chart_says_what_it_shows_and_has_its_values_as_a_table(
    qtbot, qtmodeltester, history, progress, number, monkeypatch
):
    from trustplanner.ui.progress.chart_table import ChartTableDialog

    choose_span(qtbot, progress, Span.THREE_MONTHS)
    canvas = choose_chart(qtbot, progress, number)
    reading = canvas.reading
    view = progress.view
    # One sentence under the chart, which is also what a screen reader says of it.
    assert reading.summary and reading.summary == view.reading_label.text()
    assert view.chart_stack.accessibleDescription() == reading.summary
    assert canvas.accessibleDescription() == reading.summary
    assert reading.rows and all(len(row) == len(reading.headers) for row in reading.rows)
    shown = []
    monkeypatch.setattr(ChartTableDialog, "exec", lambda dialog: shown.append(dialog))
    assert view.table_button.isEnabled()
    view.table_button.click()
    [dialog] = shown
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == len(reading.rows)
    assert dialog.windowTitle() == CHART_NAMES[number]
    first = [dialog.model.index(0, c).data() for c in range(dialog.model.columnCount())]
    assert tuple(first) == reading.rows[0]


def test_the_index_reading_follows_the_span_it_describes(qtbot, history, progress, context):
    canvas = choose_span(qtbot, progress, Span.FOUR_WEEKS)
    series_end = canvas.chart._artists[-1].get_ydata()
    reading = canvas.reading
    assert len(reading.rows) == 28
    assert reading.rows[-1][1] == number_text(series_end[-1])
    assert number_text(series_end[0]) in reading.summary
    # Over a year, one row a week (and the last day), so that it stays readable.
    reading = choose_span(qtbot, progress, Span.YEAR).reading
    assert 52 <= len(reading.rows) <= 54


def test_a_new_person_hears_that_there_is_nothing_yet(qtbot, progress):
    canvas = drawn(qtbot, progress.current_canvas())
    assert canvas.reading.summary == (
        "Your self-trust index appears here once your first agreements have ended."
    )
    assert not canvas.reading.rows and not progress.view.table_button.isEnabled()
    assert progress.view.reading_label.text() == canvas.reading.summary


def test_the_fears_chart_never_draws_shares_on_the_anxiety_scale(qtbot, history, progress):
    from matplotlib.lines import Line2D
    from matplotlib.text import Text

    choose_span(qtbot, progress, Span.THREE_MONTHS)
    chart = choose_chart(qtbot, progress, 3).chart
    lines = [a for a in chart._artists if isinstance(a, Line2D)]
    # Only anxiety is drawn against the scale, each a point from 0 to 100.
    assert lines and all(0 <= y <= 100 for line in lines for y in line.get_ydata())
    assert all(line.get_linestyle() == "None" for line in lines)
    # What happened is told as counts along the top, month by month.
    counts = [a.get_text() for a in chart._artists if isinstance(a, Text)]
    assert counts and all(" of " in text for text in counts)
    assert 3 <= len(counts) <= 4
    assert "each month" in chart.axes.get_title()
