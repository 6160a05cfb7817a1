"""Nothing is cut off on a small screen: every page fits 1024 × 640 (which is also a
2048 × 1280 screen at 200 %), in English and in Dutch, also with larger type."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize

SMALL = QSize(1024, 640)


def _every_page_fits(qtbot, window) -> list[str]:
    too_big = []
    for number in range(window.tabs.count()):
        window.tabs.setCurrentIndex(number)
        if window.tabs.widget(number) is window.progress_page:
            qtbot.waitUntil(lambda: window.progress is not None, timeout=15_000)
        needed = window.minimumSizeHint()
        if needed.width() > SMALL.width() or needed.height() > SMALL.height():
            too_big.append(f"{window.tabs.tabText(number)}: {needed.width()}×{needed.height()}")
    return too_big


def test_every_page_fits_a_small_screen(qtbot, window):
    assert _every_page_fits(qtbot, window) == []


def test_every_page_fits_a_small_screen_in_dutch(qtbot, dutch, window):
    assert window.menuBar().actions()[0].text() == "&Bestand"
    assert _every_page_fits(qtbot, window) == []


@pytest.fixture
def larger_type(qapp):
    font = qapp.font()
    larger = type(font)(font)
    larger.setPointSizeF(font.pointSizeF() * 1.25)
    qapp.setFont(larger)
    yield
    qapp.setFont(font)


def test_every_page_fits_with_the_system_font_a_quarter_larger(qtbot, larger_type, window):
    assert _every_page_fits(qtbot, window) == []
