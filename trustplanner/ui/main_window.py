"""The main window: Plan, Review, Fears, Progress and Settings, with menus and shortcuts."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from trustplanner import APP_DISPLAY_NAME, __version__
from trustplanner.ui.context import AppContext
from trustplanner.ui.data.data_actions import DataActions
from trustplanner.ui.plan.plan_controller import PlanController
from trustplanner.ui.undo_keys import UndoReachesTheWindow
from trustplanner.ui.widgets.lazy_page import LazyPage

if TYPE_CHECKING:
    from trustplanner.ui.fears.fears_controller import FearsController
    from trustplanner.ui.review.review_controller import ReviewController
    from trustplanner.ui.settings.settings_controller import SettingsController

WINDOW_STATE_FILE = "window.ini"
STATUS_SECONDS = 6


class MainWindow(QMainWindow):
    hidden_to_tray = Signal()  # closed, while the app keeps running in the tray
    closed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(APP_DISPLAY_NAME)
        # What Quit does; the shell replaces it so that Quit also ends the tray.
        self.quit_handler = self.close
        # Whether closing only hides the window, the tray running on; the shell knows.
        self.closes_to_tray = lambda: False
        self.plan = PlanController(context, self)
        self._review: ReviewController | None = None
        self._fears: FearsController | None = None
        self._settings: SettingsController | None = None

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Areas"))
        self.tabs.addTab(self.plan.view, self.tr("Plan"))
        # Only Plan is made at start, so that the window opens at once: each other area
        # is made (and reads the store) the first time it is opened.
        self.review_page = LazyPage(lambda: self.review.view)
        self.tabs.addTab(self.review_page, self.tr("Review"))
        self.fears_page = LazyPage(lambda: self.fears.view)
        self.tabs.addTab(self.fears_page, self.tr("Fears"))
        self.progress_page = LazyPage(self._build_progress)
        self.tabs.addTab(self.progress_page, self.tr("Progress"))
        self.settings_area = LazyPage(lambda: self.settings_page.view)
        self.tabs.addTab(self.settings_area, self.tr("Settings"))
        # The welcome of the first start takes the tabs' place until it is answered.
        self.welcome = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tabs)
        self.setCentralWidget(self._with_example_banner(self.stack))

        self.tabs.currentChanged.connect(self._on_area_changed)
        self.data_actions = DataActions(context, self)
        self.data_actions.import_finished.connect(self._on_import_finished)
        self._build_menus()
        context.message.connect(self._show_message)
        self._window_state = QSettings(
            str(_private_state_file(context.data_dir)), QSettings.Format.IniFormat
        )
        self._restore_state()
        self.plan.view.title_edit.setFocus()
        settings = context.settings
        if settings.first_day is not None and not settings.welcomed:
            self.show_welcome()

    def _with_example_banner(self, content: QWidget) -> QWidget:
        """The window's content; in an example history, under a banner that says so."""
        if not self.context.example:
            return content
        self.setWindowTitle(self.tr("Example history — %1").replace("%1", APP_DISPLAY_NAME))
        self.example_banner = QFrame()
        self.example_banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.example_banner.setAutoFillBackground(True)
        self.example_banner.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.example_banner.setForegroundRole(QPalette.ColorRole.ToolTipText)
        text = QLabel(
            self.tr(
                "This is an example history, made up to look around in. Nothing here is "
                "yours, and nothing you do here touches your own days."
            )
        )
        text.setWordWrap(True)
        self.leave_example_button = QPushButton(self.tr("Leave the e&xample"))
        self.leave_example_button.clicked.connect(lambda: self.quit_handler())
        row = QHBoxLayout(self.example_banner)
        row.addWidget(text, 1)
        row.addWidget(self.leave_example_button)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.example_banner)
        column.addWidget(content, 1)
        return holder

    def show_welcome(self) -> None:
        """The welcome in the tabs' place (the first start, or Help → Welcome)."""
        if self.welcome is None:
            from trustplanner.ui.welcome import WelcomeView

            self.welcome = WelcomeView()
            self.welcome.start_requested.connect(self._on_welcome_start)
            self.welcome.example_requested.connect(self._on_welcome_example)
            self.stack.addWidget(self.welcome)
        self.stack.setCurrentWidget(self.welcome)
        self.welcome.start_button.setFocus()

    def _on_welcome_start(self) -> None:
        self._leave_welcome()
        self.context.message.emit(
            self.tr("What is one small thing you want to do today? Type it below, and Enter.")
        )

    def _on_import_finished(self, imported: bool) -> None:
        """A person who brings their history along (File → Import… from the welcome) is
        past the welcome: their days are there to plan on."""
        if not imported or self.welcome is None or self.stack.currentWidget() is not self.welcome:
            return
        from trustplanner.store.history import first_day

        # A file with no days in it (an export made before any plan) brings no history.
        if first_day(self.context.store) is not None:
            self._leave_welcome()
            self.context.message.emit(
                self.tr("Your history is here. Plan today whenever you are ready.")
            )

    def _leave_welcome(self) -> None:
        from dataclasses import replace

        context = self.context
        if not context.settings.welcomed:
            context.save_settings(replace(context.settings, welcomed=True))
        self.stack.setCurrentWidget(self.tabs)
        self.show_area("plan")
        self.plan.view.title_edit.setFocus()

    def _on_welcome_example(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from trustplanner.ui.welcome import example_folder, open_example
        from trustplanner.words.translators import installed_language

        if not open_example(example_folder(self.context.data_dir), installed_language()):
            QMessageBox.information(
                self,
                self.tr("Example history"),
                self.tr(
                    "The example could not be opened just now. Your own data is as it was; "
                    "you can start with one small agreement instead."
                ),
            )
            return
        self.context.message.emit(
            self.tr("The example opens in a window of its own. Close it when you have seen enough.")
        )

    @property
    def review(self) -> ReviewController:
        if self._review is None:
            from trustplanner.ui.review.review_controller import ReviewController

            self._review = ReviewController(self.context, self)
            # A kept ladder step offers to write down how facing it went.
            self._review.steps_kept.connect(lambda ids: self.fears.offer_exposures(ids))
            self.review_page.ensure_built()
        return self._review

    @property
    def fears(self) -> FearsController:
        if self._fears is None:
            from trustplanner.ui.fears.fears_controller import FearsController

            self._fears = FearsController(self.context, self)
            self.fears_page.ensure_built()
        return self._fears

    @property
    def settings_page(self) -> SettingsController:
        if self._settings is None:
            from trustplanner.ui.settings.settings_controller import SettingsController

            self._settings = SettingsController(self.context, self.data_actions, self)
            self.settings_area.ensure_built()
        return self._settings

    def _build_progress(self) -> QWidget:
        # Charts pull in matplotlib: Progress too is only made when it is first opened.
        from trustplanner.ui.progress.progress_page import ProgressPage

        return ProgressPage(self.context, self)

    @property
    def progress(self):
        """The Progress page's controller, once its charts are ready (else None)."""
        page = self.progress_page.content
        return None if page is None else page.controller

    def _build_menus(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        self.report_action = QAction(self.tr("&Print a report…"), self)
        self.report_action.setShortcut(QKeySequence.StandardKey.Print)
        self.report_action.triggered.connect(self.open_report)
        file_menu.addAction(self.report_action)
        file_menu.addSeparator()
        self.backup_action = QAction(self.tr("&Back up now"), self)
        self.backup_action.triggered.connect(lambda: self.data_actions.back_up_now(self))
        self.export_action = QAction(self.tr("&Export everything…"), self)
        self.export_action.triggered.connect(lambda: self.data_actions.export_json(self))
        self.export_csv_action = QAction(self.tr("Export as &CSV files…"), self)
        self.export_csv_action.triggered.connect(lambda: self.data_actions.export_csv(self))
        self.import_action = QAction(self.tr("&Import…"), self)
        self.import_action.triggered.connect(lambda: self.data_actions.import_file(self))
        for action in (
            self.backup_action,
            self.export_action,
            self.export_csv_action,
            self.import_action,
        ):
            file_menu.addAction(action)
        file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(lambda: self.quit_handler())
        file_menu.addAction(self.quit_action)

        edit_menu = menu.addMenu(self.tr("&Edit"))
        stack = self.context.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        self._undo_keys = UndoReachesTheWindow(self)

        go_menu = menu.addMenu(self.tr("&Go"))
        self.go_actions: list[QAction] = []
        for number in range(self.tabs.count()):
            action = QAction(self.tabs.tabText(number), self)
            action.setShortcut(QKeySequence(f"Ctrl+{number + 1}"))
            action.triggered.connect(lambda _=False, n=number: self._go_to(n))
            go_menu.addAction(action)
            self.go_actions.append(action)

        help_menu = menu.addMenu(self.tr("&Help"))
        self.welcome_action = QAction(self.tr("&Welcome"), self)
        self.welcome_action.triggered.connect(self.show_welcome)
        help_menu.addAction(self.welcome_action)
        about = QAction(self.tr("&About Trust Planner"), self)
        about.triggered.connect(self._on_about)
        help_menu.addAction(about)

    def _go_to(self, number: int) -> None:
        self.stack.setCurrentWidget(self.tabs)
        self.tabs.setCurrentIndex(number)

    def open_report(self):
        """The dialog to print a report or save it as a PDF; returns it."""
        from trustplanner.ui.report.report_dialog import open_report_dialog

        return open_report_dialog(self.context, self)

    def show_area(self, area: str) -> None:
        """Go to an area: "plan" and "review" on today, "fears" ready to write; "window" stays."""
        today = self.context.today()
        if area != "window" and self.stack.currentWidget() is not self.tabs:
            self.stack.setCurrentWidget(self.tabs)
        if area == "plan":
            self.tabs.setCurrentWidget(self.plan.view)
            self.plan.view.navigator.set_day(today)
        elif area == "review":
            self.tabs.setCurrentWidget(self.review_page)
            self.review.view.navigator.set_day(today)
        elif area == "fears":
            self.tabs.setCurrentWidget(self.fears_page)
            self.fears.focus_quick_entry()

    def _on_area_changed(self, index: int) -> None:
        # Writing down a fear takes seconds: the cursor waits in the first field.
        if self.tabs.widget(index) is self.fears_page:
            self.fears.focus_quick_entry()

    def _on_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About Trust Planner"),
            self.tr(
                "<p><b>Trust Planner %1</b></p><p>Trust in yourself grows when you do what you say "
                "and say what you do. Make small agreements with yourself, keep them, and say "
                "honestly when something will not fit.</p><p>Your data stays on this computer, in "
                "%2</p>"
            )
            .replace("%1", __version__)
            .replace("%2", str(self.context.data_dir)),
        )

    def _show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_SECONDS * 1000)

    def _restore_state(self) -> None:
        geometry = self._window_state.value("geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(900, 640)

    def save_state(self) -> None:
        self._window_state.setValue("geometry", self.saveGeometry())
        self._window_state.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        if self.closes_to_tray():
            event.ignore()
            self.hide()
            self.hidden_to_tray.emit()
            return
        super().closeEvent(event)
        self.closed.emit()


def _private_state_file(data_dir: Path) -> Path:
    """The window's remembered size and place: private like everything in the folder
    (Qt keeps the mode of the file it writes over)."""
    from trustplanner.store.private_files import private_file

    path = data_dir / WINDOW_STATE_FILE
    with contextlib.suppress(OSError):  # a folder that cannot hold it: nothing remembered
        private_file(path)
    return path
