"""Render the PNG icons from their SVG sources, at the sizes panels and menus ask for.

    python packaging/render_icons.py [--preview FILE.png]

Writes resources/icons/tray/tray-SIZE.png and tray-waiting-SIZE.png (for light
panels), the same with -dark (for dark panels), and the app's icon as
resources/icons/app/trustplanner-SIZE.png for menus, docks and installers. With
--preview, also a sheet of every tray icon on a light and a dark panel, enlarged, for
looking at them.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
TRAY_SIZES = (16, 22, 24, 32, 48, 64)  # the same as in trustplanner/ui/tray
APP_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)  # the hicolor theme's usual sizes
TRAY_NAMES = ("tray", "tray-waiting", "tray-dark", "tray-waiting-dark")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--preview", metavar="FILE")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (QtSvg needs the application)

    def render(source: Path, size: int, target: Path) -> QImage:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        QSvgRenderer(str(source)).render(painter, QRectF(0, 0, size, size))
        painter.end()
        target.parent.mkdir(parents=True, exist_ok=True)
        image.save(str(target))
        return image

    rendered = {}
    for name in TRAY_NAMES:
        for size in TRAY_SIZES:
            rendered[(name, size)] = render(
                ICONS / f"{name}.svg", size, ICONS / "tray" / f"{name}-{size}.png"
            )
    for size in APP_SIZES:
        render(ICONS / "trustplanner.svg", size, ICONS / "app" / f"trustplanner-{size}.png")
    if args.preview:
        scale = 4
        width = sum(TRAY_SIZES) * scale + 10 * (len(TRAY_SIZES) + 1)
        rows = [(p, n) for p in ("#f2f2f2", "#2b2b2b") for n in TRAY_NAMES]
        sheet = QImage(width, len(rows) * (32 * scale + 20), QImage.Format.Format_ARGB32)
        painter = QPainter(sheet)
        for row, (panel, name) in enumerate(rows):
            top = row * (32 * scale + 20)
            painter.fillRect(0, top, width, 32 * scale + 20, QColor(panel))
            x = 10
            for size in TRAY_SIZES:
                image = rendered[(name, size)].scaled(size * scale, size * scale)
                painter.drawImage(x, top + 10, image)
                x += size * scale + 10
        painter.end()
        sheet.save(args.preview)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
