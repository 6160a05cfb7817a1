from __future__ import annotations

import pytest

from trustplanner.ui.app import application
from trustplanner.ui.context import AppContext
from trustplanner.ui.i18n import install_translators
from trustplanner.ui.main_window import MainWindow


@pytest.fixture(scope="session")
def qapp():
    """The application as the app makes it, in English, for every GUI test."""
    app = application()
    install_translators(app, "en")
    return app


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
    """Models and widgets need the application, with its fonts and translations."""
    return qapp
