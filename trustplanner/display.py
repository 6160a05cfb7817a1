"""Whether there is a desktop for the window and the tray, checked before Qt is loaded.

Without one Qt ends the program with a page of its own messages; the person
deserves one line that says what to do instead.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping

# Qt's X11 plugin refuses to load without these (since Qt 6.5): the library each
# loads, and the Debian package that has it.
XCB_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
}


def loadable(library: str) -> bool:
    """Whether the system's loader finds `library`, as it will when Qt asks for it.

    Asking the loader itself takes a millisecond; ctypes.util.find_library would run
    ldconfig in a child process, on every start of the window.
    """
    import ctypes  # only where Qt will look for X11's libraries

    try:
        ctypes.CDLL(library)
    except OSError:
        return False
    return True


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
    loadable: Callable[[str], bool] = loadable,
) -> list[str]:
    """The system packages Qt's X11 plugin needs and cannot find."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if not _uses_x11(environ, platform):
        return []
    return [package for library, package in XCB_PACKAGES.items() if not loadable(library)]
