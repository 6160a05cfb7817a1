"""Starting the window: the application object, translations, error handling, the store."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from trustplanner import APP_DISPLAY_NAME, APP_NAME, __version__
from trustplanner.resources import resource_path

translate = QCoreApplication.translate


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, created once, with the names and icon of the app."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QApplication.setApplicationDisplayName(APP_DISPLAY_NAME)
    QApplication.setWindowIcon(QIcon(str(resource_path("icons", "trustplanner.svg"))))
    return app


def open_main_window(data_dir: Path):
    """Open the store and show the main window; None (after telling the person) if that fails."""
    from trustplanner.store.database import open_store
    from trustplanner.ui.context import AppContext
    from trustplanner.ui.errors import ErrorHandler, log, setup_logging
    from trustplanner.ui.i18n import install_translators
    from trustplanner.ui.main_window import MainWindow

    app = application()
    install_translators(app)
    try:
        log_path = setup_logging(data_dir)
        store = open_store(data_dir)
    except (OSError, sqlite3.DatabaseError) as problem:
        QMessageBox.critical(
            None,
            translate("app", "Trust Planner cannot start"),
            translate(
                "app",
                "Your data folder %1 cannot be opened: %2\n\nNothing was changed in it.",
            )
            .replace("%1", str(data_dir))
            .replace("%2", str(problem)),
        )
        return None
    ErrorHandler(log_path).install()
    log.info("started %s %s with %s", APP_NAME, __version__, store.path)
    window = MainWindow(AppContext(store, data_dir))
    # Let workers that read the history finish before the store closes.
    app.aboutToQuit.connect(lambda: QThreadPool.globalInstance().waitForDone(5000))
    app.aboutToQuit.connect(store.close)
    window.show()
    return window


def run_app(data_dir: Path) -> int:
    """Open the main window on the store in `data_dir` and run until it closes."""
    window = open_main_window(data_dir)
    if window is None:
        return 1
    return QApplication.instance().exec()
