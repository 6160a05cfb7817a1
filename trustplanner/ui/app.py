"""Starting the window: the application object, translations, error handling, the store."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, QThreadPool, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from trustplanner import APP_DISPLAY_NAME, APP_ID, APP_NAME, __version__
from trustplanner.ui.app_icon import use_app_icon

translate = QCoreApplication.translate


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, created once, with the names and icon of the app."""
    app = QApplication.instance()
    if app is None:
        # Named "trustplanner" however it was started (python -m gives "__main__.py"), so that
        # desktops match its windows to its menu entry (WM_CLASS).
        app = QApplication(["trustplanner", *(argv or [])[1:]])
    QGuiApplication.setDesktopFileName(APP_ID)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QApplication.setApplicationDisplayName(APP_DISPLAY_NAME)
    return app


# Listening for later starts loads Qt's network module: after the window is painted.
LISTEN_AFTER_MS = 500
# The store's check of every page, once the window is on the screen (writes wait for it).
CHECK_AFTER_SECONDS = 1.0
HANDED_OVER = "handed over"  # what start() returns when a running instance took over


def start(
    data_dir: Path,
    *,
    tray_only: bool = False,
    tray_available: bool | None = None,
    language: str | None = None,
    example: bool = False,
):
    """Start the app (the shell with its tray, and the window unless `tray_only`).

    Returns the shell; HANDED_OVER when an instance was already running (it now
    shows its window); or None when the store could not be opened (the person
    has been told).
    """
    from trustplanner.language import wished_language
    from trustplanner.store.backups import BackupFailed
    from trustplanner.ui.errors import ErrorHandler, log, setup_logging
    from trustplanner.ui.single_instance import HAND_OVER_WAIT_MS, SingleInstance, server_name
    from trustplanner.words.translators import install_translators

    app = application()
    install_translators(app, wished_language(data_dir, language))
    instance = SingleInstance(server_name(data_dir), app)
    if not instance.claim() and instance.hand_over(
        "tray" if tray_only else "window", HAND_OVER_WAIT_MS
    ):
        return HANDED_OVER
    # Once the window is up; and also while a dialog about the data waits for an
    # answer, so that a second start is handed over instead of opening a second one.
    QTimer.singleShot(LISTEN_AFTER_MS, instance.listen)
    app.aboutToQuit.connect(instance.release)
    try:
        log_path = setup_logging(data_dir)
        store = _open_or_recover(data_dir)
        if store is None:
            instance.release()  # closed at the question: nothing stays behind
            return None
        if example:
            from trustplanner.ui.welcome import fill_example

            fill_example(store, dt.date.today())
    except (OSError, sqlite3.DatabaseError, BackupFailed) as problem:
        from PySide6.QtWidgets import QMessageBox

        from trustplanner.store.damage import disk_is_full, is_read_only

        use_app_icon()
        if isinstance(problem, BackupFailed):
            said = translate(
                "app",
                "Before your data is updated for this version, a copy of it is made; that "
                "copy could not be made (%1). Nothing was changed: your data is safe. If the "
                "disk is full, free some space and start Trust Planner again.",
            ).replace("%1", str(problem))
        elif disk_is_full(problem, data_dir):
            said = translate(
                "app",
                "There is not enough free space on this disk. Your data is safe and nothing "
                "was changed. Free some space and start Trust Planner again.",
            )
        elif is_read_only(problem):
            said = translate(
                "app",
                "Your data in %1 can be read but not changed just now (the file or its "
                "folder does not allow writing). Your data is safe and nothing was changed. "
                "Let your account write there again, and start Trust Planner again.",
            ).replace("%1", str(data_dir))
        else:
            said = (
                translate(
                    "app",
                    "Your data folder %1 cannot be opened: %2\n\nNothing was changed in it.",
                )
                .replace("%1", str(data_dir))
                .replace("%2", str(problem))
            )
        QMessageBox.critical(None, translate("app", "Trust Planner cannot start"), said)
        instance.release()
        return None
    ErrorHandler(log_path).install()
    log.info("started %s %s with %s", APP_NAME, __version__, store.path)
    # The shell decides when to quit: closing the window may leave the tray running.
    app.setQuitOnLastWindowClosed(False)
    # Let workers that read the history finish before the store closes.
    app.aboutToQuit.connect(lambda: QThreadPool.globalInstance().waitForDone(5000))
    running = Running(data_dir, tray_available, app, example=example)
    instance.message.connect(running.on_second_start)
    quit_on_signals(app, lambda: running.shell.quit() if running.shell else app.quit())
    return running.begin(store, show_window=not tray_only)


def quit_on_signals(app: QApplication, quit: Callable[[], None]) -> None:
    """SIGTERM (sent at logout) and SIGINT end the app as Quit does: what was being
    written is finished, the lock and the socket are let go, and it exits with 0.

    Python runs a signal's handler only when it next runs code; a byte written to a
    pipe the event loop watches wakes it for that."""
    import signal

    if os.name == "nt":
        return
    woken, waker = os.pipe()
    os.set_blocking(woken, False)
    os.set_blocking(waker, False)
    signal.set_wakeup_fd(waker, warn_on_full_buffer=False)
    notifier = QSocketNotifier(woken, QSocketNotifier.Type.Read, app)

    def drain() -> None:
        with contextlib.suppress(OSError):
            os.read(woken, 64)

    notifier.activated.connect(drain)

    def asked(_number, _frame) -> None:
        QTimer.singleShot(0, quit)

    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, asked)
    _kept.extend((woken, waker, notifier))


_kept: list = []  # what must live as long as the app for signals to reach it


class Running(QObject):
    """The shell now running. When the background check finds the store damaged and
    the person restores a backup, a new shell on the restored store takes its place."""

    def __init__(
        self, data_dir: Path, tray_available: bool | None, parent: QObject, *, example=False
    ):
        super().__init__(parent)
        self.data_dir = data_dir
        self.example = example
        self.tray_available = tray_available
        self.shell = None

    def begin(self, store, *, show_window: bool):
        from trustplanner.ui.context import AppContext
        from trustplanner.ui.data.store_watch import StoreWatch
        from trustplanner.ui.shell import Shell

        self.shell = Shell(
            AppContext(store, self.data_dir, example=self.example),
            tray_available=self.tray_available,
            parent=self,
        )
        QApplication.instance().aboutToQuit.connect(store.close)
        self.shell.start(show_window=show_window)
        self.shell.store_watch = StoreWatch(store, self._on_damage, self.shell)
        return self.shell

    def on_second_start(self, wish: str) -> None:
        from trustplanner.ui.errors import log

        log.info("a second start (%s) handed over: showing the window", wish)
        self.shell.open("window")

    def _on_damage(self, damage) -> None:
        """Stop writing, offer the backup, and go on with it without a restart."""
        from trustplanner.store.damage import StoreDamaged
        from trustplanner.ui.data.recovery_dialog import recover
        from trustplanner.ui.errors import log

        old = self.shell
        store = old.context.store
        damaged = StoreDamaged(store.path, damage)
        log.warning("the store's check found damage: %s", damaged)
        showing = old.window is not None and old.window.isVisible()

        def close_store() -> None:
            # Readers on worker threads finish first: the store closes under none of them.
            QThreadPool.globalInstance().waitForDone(5000)
            store.close()

        if not recover(damaged, old.window, before=close_store):
            old.quit()
            return
        QApplication.instance().aboutToQuit.disconnect(store.close)
        restored = _open_or_recover(self.data_dir)
        if restored is None:
            old.quit()
            return
        log.info("going on with the restored store")
        old.retire()
        self.begin(restored, show_window=showing)
        self.shell.context.message.emit(
            translate(
                "app", "Your data is in order again. Nothing was written to the damaged file."
            )
        )


def _open_or_recover(data_dir: Path):
    """The store; when it is damaged, the person chooses a backup or a fresh start first.

    Returns None when they chose to close.
    """
    from trustplanner.store.damage import StoreDamaged
    from trustplanner.store.database import open_store
    from trustplanner.store.refusal import StoreRefused
    from trustplanner.ui.errors import log

    for _attempt in range(3):
        try:
            return open_store(data_dir, check_in_background=True, check_after=CHECK_AFTER_SECONDS)
        except StoreRefused as refused:
            log.warning("the data file is not opened: %s", refused)
            from trustplanner.ui.data.refused_message import tell_refused

            use_app_icon()
            tell_refused(refused)
            return None
        except StoreDamaged as damaged:
            log.warning("the store is damaged: %s", damaged)
            from trustplanner.ui.data.recovery_dialog import recover

            use_app_icon()
            if not recover(damaged):
                return None
    return None


def run_app(
    data_dir: Path, *, tray_only: bool = False, language: str | None = None, example: bool = False
) -> int:
    """Run the app on the store in `data_dir` until the person quits; `example` opens an
    example history to look around in."""
    shell = start(data_dir, tray_only=tray_only and not example, language=language, example=example)
    if shell is None:
        return 1
    if shell == HANDED_OVER:
        return 0
    return QApplication.instance().exec()
