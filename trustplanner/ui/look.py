"""The window's calm look, light or dark: a warm, quiet palette instead of stock grey,
text that reads well on it (contrast of at least 4.5 : 1, WCAG AA), the system's
accent where the desktop gives one, and buttons without the style's dated stock icons.

The palette is set on the application, so every window and dialog takes it, and the
charts (which draw with it) follow when it changes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

# Each look by role; Highlight is the accent, and HighlightedText is chosen to read on it.
LIGHT = {
    Role.Window: "#f5f3ef",
    Role.WindowText: "#26282b",
    Role.Base: "#ffffff",
    Role.AlternateBase: "#f8f6f2",
    Role.Text: "#26282b",
    Role.Button: "#ebe8e3",
    Role.ButtonText: "#26282b",
    Role.BrightText: "#ffffff",
    Role.PlaceholderText: "#5f6368",
    Role.Light: "#ffffff",
    Role.Midlight: "#f0ede8",
    Role.Mid: "#c9c5bf",
    Role.Dark: "#9b968f",
    Role.Shadow: "#5a5750",
    Role.ToolTipBase: "#fffdf7",
    Role.ToolTipText: "#26282b",
    Role.Link: "#1f5f8b",
    Role.LinkVisited: "#5b3f86",
    Role.Highlight: "#2f6f8f",
}
DARK = {
    Role.Window: "#202326",
    Role.WindowText: "#e8e6e3",
    Role.Base: "#181a1c",
    Role.AlternateBase: "#1f2225",
    Role.Text: "#e8e6e3",
    Role.Button: "#2c3034",
    Role.ButtonText: "#e8e6e3",
    Role.BrightText: "#ffffff",
    Role.PlaceholderText: "#a3a7ab",
    Role.Light: "#3c4146",
    Role.Midlight: "#33383c",
    Role.Mid: "#3a3f44",
    Role.Dark: "#111315",
    Role.Shadow: "#000000",
    Role.ToolTipBase: "#2c3034",
    Role.ToolTipText: "#e8e6e3",
    Role.Link: "#7fb8e0",
    Role.LinkVisited: "#b89be0",
    Role.Highlight: "#5fa3c8",
}


def luminance(colour: QColor) -> float:
    """Relative luminance, as WCAG defines it."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(one: QColor, other: QColor) -> float:
    lighter, darker = sorted((luminance(one), luminance(other)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def text_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on `background` (never under 4.5 : 1)."""
    black, white = QColor("#000000"), QColor("#ffffff")
    return black if contrast(black, background) >= contrast(white, background) else white


def wants_dark(appearance: str | None) -> bool:
    if appearance is not None:
        return appearance == "dark"
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def calm_palette(dark: bool, accent: QColor | None = None) -> QPalette:
    """The look's palette; `accent` (the desktop's, where it has one) for selections."""
    colours = DARK if dark else LIGHT
    palette = QPalette()
    for role, value in colours.items():
        palette.setColor(role, QColor(value))
    highlight = QColor(colours[Role.Highlight]) if accent is None else accent
    palette.setColor(Role.Highlight, highlight)
    palette.setColor(Role.HighlightedText, text_on(highlight))
    # Greyed out, yet legible: plainly not in use, still readable (about 3 : 1).
    muted = QColor("#7b8187" if dark else "#8a8782")
    for role in (Role.WindowText, Role.Text, Role.ButtonText, Role.PlaceholderText):
        palette.setColor(Group.Disabled, role, muted)
    return palette


class CalmStyle(QProxyStyle):
    """The platform's style, without stock icons on dialog buttons (they looked dated
    beside the buttons that have none)."""

    def styleHint(self, hint, option=None, widget=None, data=None):
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 0
        return super().styleHint(hint, option, widget, data)


def system_accent() -> QColor | None:
    """The desktop's accent colour, where the desktop says what it looks like."""
    if QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Unknown:
        return None  # no desktop theme: the stock palette's blue is nobody's choice
    accent = QGuiApplication.palette().color(Role.Accent)
    return accent if accent.isValid() else None


_accent: list[QColor | None] = []  # the desktop's, read once before our palette is set
_styles: list[CalmStyle] = []


def apply_look(app: QApplication, appearance: str | None) -> None:
    """Give the application the calm look, light or dark as chosen (None: as the
    computer is set)."""
    if not isinstance(app.style(), CalmStyle):
        _accent[:] = [system_accent()]
        style = CalmStyle(app.style().name())
        _styles.append(style)  # Python keeps it alive as long as Qt may use it
        app.setStyle(style)
    palette = calm_palette(wants_dark(appearance), _accent[0])
    if palette != app.palette():  # an equal palette would still redraw every chart
        app.setPalette(palette)
