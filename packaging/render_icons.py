"""Render the PNG icons from their SVG sources, at the sizes panels and menus ask for.

    python packaging/render_icons.py [--preview FILE.png]

Writes resources/icons/tray/tray-SIZE.png and tray-waiting-SIZE.png. With
--preview, also a sheet of every icon on a light and a dark panel, enlarged,
for looking at them.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
TRAY_SIZES = (16, 22, 24, 32, 48, 64)  # the same as in trustplanner/ui/tray


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--preview", metavar="FILE")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (QtSvg needs the application)
    rendered = {}
    for name in ("tray", "tray-waiting"):
        renderer = QSvgRenderer(str(ICONS / f"{name}.svg"))
        for size in TRAY_SIZES:
            image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            renderer.render(painter, QRectF(0, 0, size, size))
            painter.end()
            image.save(str(ICONS / "tray" / f"{name}-{size}.png"))
            rendered[(name, size)] = image
    if args.preview:
        scale = 4
        width = sum(TRAY_SIZES) * scale + 10 * (len(TRAY_SIZES) + 1)
        sheet = QImage(width, 4 * (32 * scale + 20), QImage.Format.Format_ARGB32)
        painter = QPainter(sheet)
        for row, (panel, name) in enumerate(
            [(p, n) for p in ("#f2f2f2", "#2b2b2b") for n in ("tray", "tray-waiting")]
        ):
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
