"""The report's first part: the title, the figures and what helped, as rich text."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QPaintDevice, QTextDocument

from trustplanner.report import words
from trustplanner.report.content import ReportContent

translate = QCoreApplication.translate

BODY_POINTS = 10
STYLE = """
h1 { font-size: 20pt; font-weight: 600; margin-bottom: 0pt; }
h2 { font-size: 13pt; font-weight: 600; margin-top: 12pt; margin-bottom: 4pt; }
p.period { font-size: 12pt; margin-top: 2pt; }
li { margin-bottom: 3pt; }
"""


def text(value: str | None) -> str:
    """Plain text made safe for rich text, its line breaks kept."""
    return html.escape(value or "").replace("\n", "<br>")


def summary_html(content: ReportContent) -> str:
    summary = content.summary
    rows = "".join(
        f'<tr><td width="42%">{text(label)}</td><td><b>{text(value)}</b></td></tr>'
        for label, value in words.summary_rows(summary)
    )
    findings = "".join(f"<li>{text(words.finding_text(f))}</li>" for f in content.findings)
    # Outside the f-string: pyside6-lupdate does not look inside one.
    in_figures = translate("report", "In figures")
    what_helped = translate("report", "What helped")
    return (
        f"<h1>{text(words.title())}</h1>"
        f'<p class="period">{text(words.period_text(content.start, content.end))}</p>'
        f"<p>{text(words.index_line(summary))}</p>"
        f"<h2>{text(in_figures)}</h2>"
        f'<table width="100%" cellspacing="0" cellpadding="2">{rows}</table>'
        f"<h2>{text(what_helped)}</h2><ul>{findings}</ul>"
    )


def summary_document(content: ReportContent, device: QPaintDevice, width: float) -> QTextDocument:
    """The first part laid out `width` device pixels wide, in the device's own measure."""
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    font = QFont()
    font.setPointSizeF(BODY_POINTS)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setDefaultStyleSheet(STYLE)
    document.setHtml(summary_html(content))
    document.setTextWidth(width)
    return document
