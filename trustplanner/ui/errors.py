"""Unexpected errors: written to a log file in the data folder, shown as a short, kind dialog."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from trustplanner.store.private_files import private_file, private_folder

LOG_FILENAME = "trustplanner.log"
log = logging.getLogger("trustplanner")
translate = QCoreApplication.translate


LOG_MAX_BYTES = 512 * 1024


class SmallLogFile(logging.FileHandler):
    """A log file that starts again, keeping one older file, once it grows past a limit.

    Like logging.handlers.RotatingFileHandler, without that module: it pulls in
    sockets, pickle and queues, a few megabytes the tray has no use for.
    """

    def __init__(self, path: Path, max_bytes: int = LOG_MAX_BYTES):
        super().__init__(path, encoding="utf-8")
        self.max_bytes = max_bytes

    def emit(self, record: logging.LogRecord) -> None:
        super().emit(record)
        if self.stream is not None and self.stream.tell() > self.max_bytes:
            self.close()
            os.replace(self.baseFilename, self.baseFilename + ".1")
            private_file(Path(self.baseFilename))
            self.stream = self._open()


def setup_logging(data_dir: Path) -> Path:
    """Log to a small file in the data folder; return its path."""
    path = data_dir / LOG_FILENAME
    # Start and backup times, and the paths of imported files: for the person only.
    private_file(private_folder(data_dir) / LOG_FILENAME)
    for handler in list(log.handlers):
        if isinstance(handler, logging.FileHandler):
            log.removeHandler(handler)
            handler.close()
    handler = SmallLogFile(path)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    _mend_own_folder(data_dir)
    return path


def _mend_own_folder(data_dir: Path) -> None:
    """The usual data folder, opened to others (by an older version, a copy or a
    restore), is made private again, once. A folder the person chose is theirs to share."""
    from trustplanner.datadir import default_data_dir
    from trustplanner.store.private_files import mend_folder

    if data_dir.absolute() != default_data_dir().absolute():
        return
    try:
        was = mend_folder(data_dir)
    except OSError as problem:
        log.warning("the data folder %s could not be made private: %s", data_dir, problem)
        return
    if was is not None:
        log.info(
            "made the data folder %s readable by you only; others could read it (mode %o)",
            data_dir,
            was,
        )


def show_unexpected_error(log_path: Path | None) -> None:
    """Tell the person, kindly, that something went wrong and that their saved work is safe."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("errors", "Something went wrong"))
    box.setText(
        translate(
            "errors",
            "Something unexpected happened, and that last step may not have worked. "
            "Everything you saved before is safe.",
        )
    )
    if log_path is not None:
        box.setInformativeText(
            translate("errors", "If it keeps happening, the details are in %1").replace(
                "%1", str(log_path)
            )
        )
    box.exec()


class ErrorHandler:
    """Replaces sys.excepthook while the window runs."""

    def __init__(self, log_path: Path | None):
        self.log_path = log_path
        self._showing = False

    def __call__(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, error, trace)))
        if self._showing:  # one dialog at a time, even if errors repeat
            return
        self._showing = True
        try:
            show_unexpected_error(self.log_path)
        finally:
            self._showing = False

    def install(self) -> None:
        sys.excepthook = self
