"""Writing a report as a PDF file, whole or not at all."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

from trustplanner import APP_DISPLAY_NAME
from trustplanner.report import words
from trustplanner.report.pages import Report, paint

MARGIN_MM = 15
PAPER_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}


def page_layout(paper: str) -> QPageLayout:
    """Portrait `paper` ("a4" or "letter") with even margins."""
    return QPageLayout(
        QPageSize(PAPER_SIZES[paper]),
        QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )


def write_pdf(report: Report, path: Path, paper: str) -> int:
    """Write the report to `path`; returns the number of pages.

    It is written to a temporary file beside `path` first and renamed when complete,
    so that a failure never leaves half a report (or spoils an older one).
    Raises OSError when the folder cannot be written to.
    """
    path = Path(path)
    handle, temporary = tempfile.mkstemp(
        prefix=f".{path.name}.", suffix=".part", dir=path.parent or Path()
    )
    os.close(handle)
    try:
        writer = QPdfWriter(temporary)
        writer.setPageLayout(page_layout(paper))
        writer.setCreator(APP_DISPLAY_NAME)
        content = report.content
        writer.setTitle(f"{words.title()}, {words.period_text(content.start, content.end)}")
        pages = paint(report, writer)
        del writer  # closes the file
        if not _whole(Path(temporary)):
            # Qt does not tell a write that failed midway (a full disk, a file-size
            # limit): a PDF is whole only when it ends with its trailer.
            raise OSError(
                errno.EIO,
                QCoreApplication.translate(
                    "report",
                    "the report could not be written whole (perhaps the disk is full); "
                    "nothing was put there, and your data is safe",
                ),
                str(path),
            )
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return pages


def _whole(pdf: Path) -> bool:
    with pdf.open("rb") as file:
        file.seek(0, os.SEEK_END)
        file.seek(max(0, file.tell() - 1024))
        return b"%%EOF" in file.read()
