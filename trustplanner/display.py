"""Whether there is a desktop for the window and the tray, checked before Qt is loaded.

Without one Qt ends the program with a page of its own messages; the person
deserves one line that says what to do instead.
"""

from __future__ import annotations

import ctypes.util
import os
import sys
from collections.abc import Callable, Mapping

# Qt's X11 plugin refuses to load without these (since Qt 6.5); Debian names them so.
XCB_PACKAGES = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
}


def _uses_x11(environ: Mapping[str, str], platform: str) -> bool:
    """Whether Qt will look for an X server (it prefers Wayland where there is one)."""
    if platform in ("win32", "darwin") or environ.get("QT_QPA_PLATFORM"):
        return False
    return not environ.get("WAYLAND_DISPLAY")


def no_display(environ: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    """True when Qt would look for an X server and none is named."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    return _uses_x11(environ, platform) and not environ.get("DISPLAY")


def missing_packages(
    environ: Mapping[str, str] | None = None,
    platform: str | None = None,
    find_library: Callable[[str], str | None] = ctypes.util.find_library,
) -> list[str]:
    """The system packages Qt's X11 plugin needs and cannot find."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if not _uses_x11(environ, platform):
        return []
    return [package for name, package in XCB_PACKAGES.items() if find_library(name) is None]
