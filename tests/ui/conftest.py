from __future__ import annotations

import pytest
from PySide6.QtCore import QThreadPool

from trustplanner.ui.context import AppContext
from trustplanner.ui.main_window import MainWindow


@pytest.fixture
def context(qapp, store, data_dir, clock):
    return AppContext(store, data_dir, clock)


@pytest.fixture
def window(qtbot, context):
    main = MainWindow(context)
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitActive(main)  # mnemonics such as Alt+K only work in the active window
    return main


@pytest.fixture
def plan(window):
    window.tabs.setCurrentIndex(0)
    return window.plan


@pytest.fixture
def review(window):
    window.tabs.setCurrentIndex(1)
    return window.review


@pytest.fixture(autouse=True)
def _app(qapp):
    """Models and widgets need the application, with its fonts and translations; a test
    that started the shell gave it the calm look, which goes with the test."""
    style, palette = qapp.style().name(), qapp.palette()
    yield qapp
    if qapp.style().name() != style or qapp.style().metaObject().className() == "CalmStyle":
        qapp.setStyle(style)
    if qapp.palette() != palette:
        qapp.setPalette(palette)


@pytest.fixture(autouse=True)
def _no_work_left_behind(qapp):
    """Background jobs (chart data, importing matplotlib) end within the test that began them."""
    yield
    QThreadPool.globalInstance().waitForDone(10_000)
    qapp.processEvents()


@pytest.fixture
def progress(qtbot, window):
    """The Progress page, opened and with its history read."""
    window.tabs.setCurrentWidget(window.progress_page)
    qtbot.waitUntil(lambda: window.progress is not None, timeout=15_000)
    qtbot.waitUntil(lambda: window.progress._history is not None, timeout=15_000)
    return window.progress
