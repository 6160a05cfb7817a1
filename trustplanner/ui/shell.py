"""The running app: the tray icon, and the window when it is wanted.

In `--tray` mode the window (and everything it imports) is only made when the
person opens it, so the tray stays light.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from trustplanner.ui import collector
from trustplanner.ui.context import AppContext

if TYPE_CHECKING:
    from trustplanner.ui.main_window import MainWindow
    from trustplanner.ui.tray.tray_controller import TrayController

# With the window, the tray starts this long after it: once the window is on the screen.
TRAY_AFTER_WINDOW_MS = 500


class Shell(QObject):
    def __init__(self, context: AppContext, *, tray_available: bool | None = None, parent=None):
        super().__init__(parent)
        self.context = context
        self.window: MainWindow | None = None
        self._tray_available = tray_available
        self._tray: TrayController | None = None
        self._background_started = False
        self._stopped = False
        self._background_timer = QTimer(self)
        self._background_timer.setSingleShot(True)
        self._background_timer.setInterval(TRAY_AFTER_WINDOW_MS)
        self._background_timer.timeout.connect(self._start_in_background)
        self._told_about_tray = False

    @property
    def tray(self) -> TrayController:
        """The tray icon and its nudges, made the first time they are wanted."""
        if self._tray is None:
            from trustplanner.ui.tray.tray_controller import TrayController

            self._tray = TrayController(
                self.context, tray_available=self._tray_available, parent=self
            )
            self._tray.open_requested.connect(self.open)
            self._tray.quit_requested.connect(self.quit)
        return self._tray

    def start(self, *, show_window: bool) -> None:
        # Once the window is up (or the tray, with --tray): what the start made lives as
        # long as the app, and the collector may run again.
        QTimer.singleShot(0, collector.settle)
        self._keep_the_look()
        self.context.settings_changed.connect(self._keep_the_look)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._keep_the_look)
        self._remember_the_first_day()
        if self.context.example:
            self.open("window")  # only the window: an example reminds of nothing
            return
        if not show_window:
            self._start_in_background()
            return
        # A person who opened the window waits for it: the tray, its nudges and the daily
        # backup start once the window is on the screen.
        self._background_timer.start()
        self.open("window")
        settings, today = self.context.settings, self.context.today()
        # The first day is for arriving: the login question waits for a later start.
        if settings.start_at_login is None and not settings.is_first_day(today):
            QTimer.singleShot(0, self._ask_start_at_login)

    def _keep_the_look(self) -> None:
        """The calm look, light or dark as the person chose (or as the computer is)."""
        from trustplanner.ui.look import apply_look

        apply_look(QApplication.instance(), self.context.settings.appearance)

    def _remember_the_first_day(self) -> None:
        """On the very first start, the day it happened; a folder that already holds a
        history (from before this was kept) began on its first day and needs no welcome."""
        context = self.context
        if context.settings.first_day is not None:
            return
        from trustplanner.store.history import first_day

        began = first_day(context.store)
        day = began if began is not None else context.today()
        context.save_settings(
            replace(context.settings, first_day=day.isoformat(), welcomed=began is not None)
        )

    @property
    def background_started(self) -> bool:
        """Whether the tray follows the clock and the daily backup is planned."""
        return self._background_started

    def _start_in_background(self) -> None:
        if self._background_started or self._stopped:
            return
        self._background_started = True
        self.tray.start()
        from trustplanner.ui.data.auto_backup import AutoBackup

        self.auto_backup = AutoBackup(self.context, self)
        self.auto_backup.start()
        if not self.context.example:
            from trustplanner.ui.data.sync_watch import SyncWatch

            self.context.sync_watch = SyncWatch(self.context, self)
            self.context.sync_watch.start()

    def main_window(self) -> MainWindow:
        """The window, made the first time it is wanted."""
        if self.window is None:
            from trustplanner.ui.app_icon import use_app_icon
            from trustplanner.ui.main_window import MainWindow

            use_app_icon()
            self.window = MainWindow(self.context)
            self.window.quit_handler = self.quit
            self.window.data_actions.deleted.connect(self._quit_after_deletion)
            self.window.closes_to_tray = self.keeps_running
            self.window.hidden_to_tray.connect(self._tell_about_tray)
            self.window.closed.connect(lambda: QTimer.singleShot(0, self.quit))
        return self.window

    def open(self, area: str) -> None:
        """Show the window on an area ("window", "plan", "review", "fears"), in front."""
        window = self.main_window()
        window.show_area(area)
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()

    def keeps_running(self) -> bool:
        """Whether closing the window leaves the tray running."""
        if self.context.example:
            return False
        return self.tray.tray_available and self.context.settings.close_to_tray

    def _tell_about_tray(self) -> None:
        if self._told_about_tray or not self.tray.messages_available:
            return
        self._told_about_tray = True
        self.tray.tray.showMessage(
            self.tr("Trust Planner keeps running"),
            self.tr(
                "It stays in the tray to remind you in the morning and evening. "
                "Choose Quit in its menu to stop it; Settings can change this."
            ),
            self.tray.icons[False],
            10_000,
        )

    def _ask_start_at_login(self) -> None:
        from trustplanner.ui import start_at_login
        from trustplanner.ui.start_at_login import StartAtLoginQuestion

        answer = StartAtLoginQuestion.ask(self.window)
        settings = replace(self.context.settings, start_at_login=answer)
        self.context.save_settings(settings)
        start_at_login.apply(answer)

    def _quit_after_deletion(self) -> None:
        # Without saving the window's place: nothing may be written into the folder again.
        self.stop()
        QApplication.quit()

    def stop(self) -> None:
        """Stop the tray, and what was still to start, before the store closes."""
        self._stopped = True
        self._background_timer.stop()
        if self._tray is not None:
            self._tray.stop()

    def retire(self) -> None:
        """Step down for a shell on a restored store: the window and tray go, the app stays."""
        self.stop()
        if self.window is not None:
            window = self.detach_window()
            window.save_state()
            window.hide()
            window.deleteLater()
            self.window = None
        self.context.setParent(self)  # its day timer goes with the shell
        self.deleteLater()

    def detach_window(self) -> MainWindow:
        """The window, no longer tied to this shell: closing it neither hides it to the
        tray nor quits the app."""
        window = self.window
        window.closed.disconnect()
        window.hidden_to_tray.disconnect()
        window.closes_to_tray = lambda: False
        return window

    def quit(self) -> None:
        if self.window is not None:
            self.window.save_state()
        self.stop()
        QApplication.quit()
