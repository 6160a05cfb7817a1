"""The app's icon on its windows, drawn from the PNGs in resources/."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from trustplanner.resources import resource_path

# Title bars, task switchers and docks ask for these; 256 serves screens scaled 2x.
WINDOW_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def use_app_icon() -> None:
    """Give windows the app's icon, when the first window is made.

    From the PNGs drawn from the SVG: reading an SVG would load QtSvg, which costs
    the window's start some 10 ms and the tray two megabytes.
    """
    if QApplication.windowIcon().isNull():
        icon = QIcon()
        for size in WINDOW_ICON_SIZES:
            path = resource_path("icons", "app", f"trustplanner-{size}.png")
            icon.addFile(str(path), QSize(size, size))
        QApplication.setWindowIcon(icon)
