"""Where the person's data lives: one folder, chosen the same way by every command."""

from __future__ import annotations

import os
from pathlib import Path

from trustplanner import APP_NAME

ENV_VAR = "TRUSTPLANNER_DATA_DIR"


def default_data_dir() -> Path:
    """Qt's per-user application data folder, e.g. ~/.local/share/trustplanner on Linux."""
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    # The folder is named after the application; set it here too, so that the
    # command line, which has no QApplication, finds the same folder as the window.
    QCoreApplication.setApplicationName(APP_NAME)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(location)


def resolve_data_dir(option: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: `--data-dir` first, then $TRUSTPLANNER_DATA_DIR, then the default."""
    if option:
        return Path(option).expanduser()
    from_env = os.environ.get(ENV_VAR)
    if from_env:
        return Path(from_env).expanduser()
    return default_data_dir()
