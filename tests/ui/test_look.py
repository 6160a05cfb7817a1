"""The calm look: light and dark palettes whose text reads well (WCAG AA), the
desktop's accent where it has one, no stock icons on dialog buttons, and the choice
in Settings applied at once."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QStyle

from trustplanner.ui.look import DARK, LIGHT, apply_look, calm_palette, contrast
from trustplanner.ui.shell import Shell
from trustplanner.ui.start_at_login import StartAtLoginQuestion

from .dialogs import press

Role = QPalette.ColorRole
# Text and what it stands on: each pair must read at 4.5 : 1 at least.
PAIRS = [
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.PlaceholderText, Role.Base),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.Link, Role.Base),
    (Role.WindowText, Role.AlternateBase),
]


@pytest.mark.parametrize("dark", [False, True])
def test_every_text_reads_well_on_what_it_stands_on(dark):
    palette = calm_palette(dark)
    for text, ground in PAIRS:
        ratio = contrast(palette.color(text), palette.color(ground))
        assert ratio >= 4.5, (dark, text, ground, ratio)


@given(st.integers(0, 255), st.integers(0, 255), st.integers(0, 255), st.booleans())
def test_any_accent_of_the_desktop_gets_selected_text_that_reads_on_it(red, green, blue, dark):
    palette = calm_palette(dark, QColor(red, green, blue))
    assert palette.color(Role.Highlight) == QColor(red, green, blue)
    assert contrast(palette.color(Role.HighlightedText), palette.color(Role.Highlight)) >= 4.5


def test_the_contrast_is_the_one_wcag_defines():
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)
    assert contrast(QColor("#123456"), QColor("#123456")) == pytest.approx(1.0)


def test_light_and_dark_are_what_they_say(qapp):
    apply_look(qapp, "dark")
    assert qapp.palette().color(Role.Window) == QColor(DARK[Role.Window])
    apply_look(qapp, "light")
    assert qapp.palette().color(Role.Window) == QColor(LIGHT[Role.Window])
    # Dialog buttons say what they do in words, without the style's stock icons.
    assert qapp.style().styleHint(QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons) == 0
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    assert box.button(QDialogButtonBox.StandardButton.Ok).icon().isNull()


def test_the_look_chosen_in_settings_applies_at_once_and_is_kept(qtbot, qapp, context, monkeypatch):
    press(monkeypatch, StartAtLoginQuestion, "no_button")
    shell = Shell(context, tray_available=False)
    shell.start(show_window=True)
    try:
        # The shell starts with the calm look, as the computer is set (light here).
        assert qapp.palette().color(Role.Window) == QColor(LIGHT[Role.Window])
        window = shell.window
        window.tabs.setCurrentWidget(window.settings_area)
        combo: QComboBox = window.settings_page.view.appearance_combo
        combo.setCurrentIndex(combo.findData("dark"))
        assert qapp.palette().color(Role.Window) == QColor(DARK[Role.Window])
        assert context.settings.appearance == "dark"
        # Every window follows, as Qt tells them of the new palette.
        qtbot.waitUntil(lambda: window.palette().color(Role.Window) == QColor(DARK[Role.Window]))
        combo.setCurrentIndex(combo.findData(None))
        assert qapp.palette().color(Role.Window) == QColor(LIGHT[Role.Window])
    finally:
        shell.stop()
        shell.detach_window().close()
