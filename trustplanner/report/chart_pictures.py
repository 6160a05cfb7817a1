"""The Progress charts for a report's period, as vector pictures for paper."""

from __future__ import annotations

import io
import threading

import matplotlib
from matplotlib.backends.backend_svg import FigureCanvasSVG
from matplotlib.figure import Figure

from trustplanner.charts.catalogue import CHARTS
from trustplanner.charts.colours import Colours
from trustplanner.charts.data import preparation
from trustplanner.charts.drawing import fit_margins
from trustplanner.report.chart_choice import WIDTH_INCHES, height_inches
from trustplanner.report.content import ReportContent

# Words stay words in the SVG (and so in the PDF). Set once, for the whole process: a
# temporary rc_context would be undone under the feet of another thread drawing meanwhile.
matplotlib.rcParams["svg.fonttype"] = "none"
matplotlib.rcParams["svg.hashsalt"] = "trustplanner"  # the same ids in every run
_drawing = threading.Lock()  # one report's charts at a time

PAPER = Colours(
    background="#ffffff", text="#222222", grid="#b8b8b8", accent="#3465a4", empty="#eeeeee"
)


def chart_svg(number: int, content: ReportContent) -> bytes:
    """Chart `number` for the report's period as SVG, with its words kept as text.

    Vector lines stay sharp on any printer, and the PDF keeps the words as words.
    """
    figure = Figure(figsize=(WIDTH_INCHES, height_inches(number)))
    canvas = FigureCanvasSVG(figure)
    chart = CHARTS[number](figure, PAPER)
    fit_margins(figure)
    preparation(number, content.history, content.settings, content.start, content.end)(chart)
    picture = io.BytesIO()
    canvas.print_svg(picture)
    return picture.getvalue()


def draw_all(content: ReportContent, numbers: list[int]) -> list[bytes]:
    with _drawing:
        return [chart_svg(number, content) for number in numbers]
