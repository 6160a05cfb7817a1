"""Putting a report on pages: what goes on which page, then painting each with its footer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QByteArray, QCoreApplication, QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPagedPaintDevice, QPainter
from PySide6.QtSvg import QSvgRenderer

from trustplanner.domain.report_weeks import FEARS_LISTED, WeekLine, by_week, fears_by_month
from trustplanner.report import tables, words
from trustplanner.report.chart_choice import WIDTH_INCHES, chosen_charts, height_inches
from trustplanner.report.chart_drawing import ChartDrawer, drawn
from trustplanner.report.content import ReportContent
from trustplanner.report.summary import summary_document
from trustplanner.words.dates import qdate
from trustplanner.words.endings import ending_text
from trustplanner.words.fears import outcome_text
from trustplanner.words.numbers import minutes_text, number_text
from trustplanner.words.translators import installed_language

translate = QCoreApplication.translate

TABLE_POINTS = 9
FOOTER_POINTS = 8
GAP_POINTS = 14


class Report:
    """A report's content, with its charts being drawn: ready to be put on any paper."""

    def __init__(self, content: ReportContent, drawer: ChartDrawer | None = None):
        self.content = content
        self.charts = chosen_charts(content)
        if drawer is None:
            drawer = ChartDrawer(installed_language())
        self._pictures = drawer.draw(content, self.charts)

    def pictures(self) -> list[bytes]:
        """The charts as SVG, in the order of `charts`; waits for them to be drawn."""
        return drawn(self._pictures)


def prepare(content: ReportContent, drawer: ChartDrawer | None = None) -> Report:
    return Report(content, drawer)


Paint = Callable[[QPainter], None]


@dataclass
class _Pages:
    """Pieces placed down the pages; a piece that does not fit begins the next page."""

    body_height: float
    pages: list[list[tuple[float, Paint]]] = field(default_factory=lambda: [[]])
    y: float = 0.0

    def new_page(self) -> None:
        if self.pages[-1]:
            self.pages.append([])
        self.y = 0.0

    def place(self, height: float, paint: Paint, gap: float = 0.0) -> None:
        if self.y and self.y + height > self.body_height:
            self.new_page()
        self.pages[-1].append((self.y, paint))
        self.y += height + gap


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


@dataclass
class Composition:
    pages: list[list[tuple[float, Paint]]]
    width: float
    body_height: float


def compose(report: Report, device: QPagedPaintDevice) -> Composition:
    """Decide what goes where on `device`'s pages (a printer or a PDF writer)."""
    content = report.content
    points = device.logicalDpiY() / 72
    area = device.pageLayout().paintRectPixels(device.logicalDpiX())
    width = area.width()
    footer_height = 2.5 * QFontMetricsF(_font(FOOTER_POINTS), device).height()
    pages = _Pages(area.height() - footer_height)
    gap = GAP_POINTS * points

    summary = summary_document(content, device, width)
    pages.place(summary.size().height(), lambda painter: summary.drawContents(painter), gap)

    heading_font, chart_font = _font(11, bold=True), _font(10)
    heading_height = QFontMetricsF(heading_font, device).height() * 1.6
    for position, number in enumerate(report.charts):
        height = width * height_inches(number) / WIDTH_INCHES
        title = words.chart_title(number)

        def paint_chart(painter, position=position, height=height, title=title):
            renderer = QSvgRenderer(QByteArray(report.pictures()[position]))
            painter.setFont(heading_font)
            painter.drawText(
                QRectF(0, 0, width, heading_height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                title,
            )
            # The picture's words take the painter's font where they name no weight.
            painter.setFont(chart_font)
            renderer.render(painter, QRectF(0, heading_height, width, height))

        # A heading and its chart stay together.
        pages.place(heading_height + height, paint_chart, gap)

    pages.new_page()
    if content.full:
        _place_table(pages, _agreements_table(content), width, device, gap)
    else:
        _place_table(pages, _weeks_table(content), width, device, gap)
    if content.full or len(content.fears) <= FEARS_LISTED:
        _place_table(pages, _fears_table(content), width, device, gap)
    else:
        _place_table(pages, _fear_months_table(content), width, device, gap)
    if content.promises:
        _place_table(pages, _promises_table(content), width, device, gap)
    return Composition(pages.pages, width, pages.body_height)


def _place_table(
    pages: _Pages, table: tables.Table, width: float, device: QPagedPaintDevice, gap: float
) -> None:
    if not table.rows:
        _place_paragraphs(pages, table.caption, table.empty, width, device, gap)
        return
    measured = tables.measure(table, width, device, TABLE_POINTS)
    lines, head = measured.lines, measured.head_height
    first = 0
    while first < len(lines):
        if pages.y and pages.y + head + lines[first].height > pages.body_height:
            pages.new_page()
        last, height = first, head
        # Whole rows only; a row taller than a page still gets one to itself.
        while last < len(lines) and (
            last == first or pages.y + height + lines[last].height <= pages.body_height
        ):
            height += lines[last].height
            last += 1
        caption = table.caption if first == 0 else _continued(table.caption)

        def paint_part(painter, first=first, last=last, caption=caption):
            top = tables.paint_head(painter, measured, caption)
            tables.paint_rows(painter, measured, first, last, top)

        pages.place(height, paint_part, gap if last == len(lines) else 0.0)
        first = last
        if first < len(lines):
            pages.new_page()


def _place_paragraphs(
    pages: _Pages, caption: str, text: str, width: float, device: QPagedPaintDevice, gap: float
) -> None:
    """A caption and one sentence, for a table with nothing in it."""
    caption_font, body_font = _font(TABLE_POINTS * 1.35, bold=True), _font(TABLE_POINTS)
    caption_height = QFontMetricsF(caption_font, device).height() * 1.5
    body_height = QFontMetricsF(body_font, device).height() * 1.5

    def paint(painter):
        painter.setFont(caption_font)
        painter.drawText(QRectF(0, 0, width, caption_height), Qt.AlignmentFlag.AlignLeft, caption)
        painter.setFont(body_font)
        painter.drawText(
            QRectF(0, caption_height, width, body_height), Qt.AlignmentFlag.AlignLeft, text
        )

    pages.place(caption_height + body_height, paint, gap)


def _continued(caption: str) -> str:
    return translate("report", "%1 (continued)").replace("%1", caption)


def _day_pattern(content: ReportContent) -> str:
    return "ddd d MMM" if content.start.year == content.end.year else "d MMM yyyy"


def _day(day: dt.date, pattern: str) -> str:
    return QLocale().toString(qdate(day), pattern)


def _agreements_table(content: ReportContent) -> tables.Table:
    pattern = _day_pattern(content)
    return tables.Table(
        translate("report", "Your agreements"),
        [
            translate("report", "Day"),
            translate("report", "Agreement"),
            translate("report", "Time"),
            translate("report", "How it ended"),
            translate("report", "Reason or note"),
        ],
        [0.12, 0.38, 0.09, 0.14, 0.27],
        [
            [
                _day(line.day, pattern),
                line.title,
                minutes_text(line.minutes),
                ending_text(line.ending),
                line.note or "",
            ]
            for line in content.agreements
        ],
        translate("report", "No agreements were made for these days."),
    )


def _weeks_table(content: ReportContent) -> tables.Table:
    def reasons(week: WeekLine) -> str:
        return ", ".join(
            note
            if times == 1
            else translate("report", "%1 (%2×)").replace("%1", note).replace("%2", str(times))
            for note, times in week.reasons
        )

    return tables.Table(
        translate("report", "Your agreements, week by week"),
        [
            translate("report", "Week of"),
            translate("report", "Made"),
            translate("report", "Kept"),
            translate("report", "Renegotiated in time"),
            translate("report", "Renegotiated afterwards"),
            translate("report", "Didn't happen"),
            translate("report", "Reasons and notes"),
        ],
        [0.13, 0.07, 0.07, 0.15, 0.15, 0.11, 0.32],
        [
            [
                _day(week.start, "d MMM yyyy"),
                str(week.made),
                str(week.kept),
                str(week.in_time),
                str(week.afterwards),
                str(week.didnt_happen),
                reasons(week),
            ]
            for week in by_week(content.agreements)
        ],
        translate("report", "No agreements were made for these days."),
    )


def _fear_months_table(content: ReportContent) -> tables.Table:
    return tables.Table(
        translate("report", "What you dared, month by month"),
        [
            translate("report", "Month"),
            translate("report", "Times"),
            translate("report", "Anxiety before → after, on average"),
            translate("report", "What you feared came true: yes, partly, no"),
        ],
        [0.22, 0.12, 0.33, 0.33],
        [
            [
                QLocale().toString(qdate(month.start), "MMMM yyyy"),
                str(month.faced),
                f"{number_text(month.before, 0)} → {number_text(month.after, 0)}",
                f"{month.happened}, {month.partly}, {month.not_happened}",
            ]
            for month in fears_by_month(content.fears)
        ],
        translate("report", "No fears faced were written down for these days."),
    )


def _fears_table(content: ReportContent) -> tables.Table:
    pattern = _day_pattern(content)
    return tables.Table(
        translate("report", "Fears you faced"),
        [
            translate("report", "Day"),
            translate("report", "Situation"),
            translate("report", "Anxiety before → after"),
            translate("report", "Did what you feared happen?"),
            translate("report", "What you learned"),
        ],
        [0.12, 0.30, 0.14, 0.14, 0.30],
        [
            [
                _day(line.day, pattern),
                line.situation,
                f"{line.before} → {line.after}",
                outcome_text(line.outcome),
                line.learned or "",
            ]
            for line in content.fears
        ],
        translate("report", "No fears faced were written down for these days."),
    )


def _promises_table(content: ReportContent) -> tables.Table:
    """Promises to others, per person (or "Someone 1", "Someone 2" when names are left
    out), with a last line for everyone."""

    def who(number: int, person: str | None) -> str:
        if person is None:
            return translate("report", "Everyone")
        if content.names:
            return person
        return translate("report", "Someone %1").replace("%1", str(number + 1))

    return tables.Table(
        translate("report", "Promises to others"),
        [
            translate("report", "Who"),
            translate("report", "Promises"),
            translate("report", "Kept"),
            translate("report", "Could not be kept"),
            translate("report", "Of those, told them early"),
            translate("report", "Repaired"),
        ],
        [0.20, 0.13, 0.14, 0.17, 0.20, 0.16],
        [
            [
                who(number, tally.person),
                str(tally.promises),
                str(tally.kept),
                str(tally.not_kept),
                str(tally.told_early),
                str(tally.repaired),
            ]
            for number, tally in enumerate(content.promises)
        ],
        translate("report", "No promises to others in these days."),
    )


def paint(report: Report, device: QPagedPaintDevice) -> int:
    """Lay out and paint the whole report onto `device`; returns the number of pages.

    Raises OSError when the device cannot be painted on (a file that cannot be written).
    """
    composition = compose(report, device)
    content = report.content
    period = words.period_text(content.start, content.end)
    footer_font = _font(FOOTER_POINTS)
    count = len(composition.pages)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(translate("report", "the report cannot be written there"))
    try:
        for number, pieces in enumerate(composition.pages):
            if number and not device.newPage():
                raise OSError(translate("report", "the report cannot be written there"))
            for y, paint_piece in pieces:
                painter.save()
                painter.translate(0, y)
                paint_piece(painter)
                painter.restore()
            painter.setFont(footer_font)
            painter.setPen(QColor("#555555"))
            painter.drawText(
                QRectF(
                    0,
                    composition.body_height,
                    composition.width,
                    device.height() - composition.body_height,
                ),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                words.footer_text(period, content.made_on, number + 1, count),
            )
            painter.setPen(QColor("#000000"))
    finally:
        painter.end()
    return count
