"""Where the person's data lives: one folder, chosen the same way by every command.

The default is Qt's per-user application data folder (QStandardPaths'
AppLocalDataLocation for an application named "trustplanner", without an
organisation). The same rule is written out here without Qt, so that light
commands need not load it; a test checks that both agree.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from trustplanner import APP_NAME

ENV_VAR = "TRUSTPLANNER_DATA_DIR"


def default_data_dir() -> Path:
    """~/.local/share/trustplanner on Linux (or under $XDG_DATA_HOME), and the like elsewhere."""
    home = Path.home()
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(home / "AppData" / "Local")
        return Path(base) / APP_NAME
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / APP_NAME
    xdg = os.environ.get("XDG_DATA_HOME", "")
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else home / ".local" / "share"
    return base / APP_NAME


def resolve_data_dir(option: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: `--data-dir` first, then $TRUSTPLANNER_DATA_DIR, then the default."""
    if option:
        return Path(option).expanduser()
    from_env = os.environ.get(ENV_VAR)
    if from_env:
        return Path(from_env).expanduser()
    return default_data_dir()
