"""What the start does so that the window is on the screen soon, and that it undoes after."""

from __future__ import annotations

import dataclasses
import gc
import json
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from trustplanner.commands import main as cli
from trustplanner.commands.window import PLAIN_WINDOW_MODULES
from trustplanner.ui.app_icon import WINDOW_ICON_SIZES, use_app_icon
from trustplanner.ui.shell import Shell


@pytest.fixture
def collector_restored():
    yield
    gc.enable()
    gc.unfreeze()


def test_the_window_is_started_with_the_collector_held(monkeypatch, data_dir, collector_restored):
    seen = []

    def run_app(folder, *, tray_only=False, language=None, example=False):
        seen.append((folder, tray_only, gc.isenabled()))
        return 0

    monkeypatch.setattr("trustplanner.ui.app.run_app", run_app)
    assert cli.main(["--tray", "--data-dir", str(data_dir)]) == 0
    assert seen == [(data_dir, True, False)]


def test_a_command_leaves_the_collector_alone(data_dir, collector_restored, capsys):
    assert cli.main(["status", "--json", "--data-dir", str(data_dir)]) == 0
    assert gc.isenabled()


@pytest.mark.parametrize("show_window", [True, False])
def test_once_started_the_collector_runs_again_without_what_the_start_made(
    qtbot, context, collector_restored, show_window
):
    context.save_settings(dataclasses.replace(context.settings, start_at_login=False))
    gc.disable()
    frozen = gc.get_freeze_count()
    shell = Shell(context, tray_available=False)
    try:
        shell.start(show_window=show_window)
        qtbot.waitUntil(gc.isenabled)
        assert gc.get_freeze_count() > frozen
    finally:
        shell.stop()
        if shell.window is not None:
            shell.detach_window().close()


def test_the_window_icon_is_drawn_from_pngs_in_every_size(qapp):
    QApplication.setWindowIcon(QIcon())
    use_app_icon()
    icon = QApplication.windowIcon()
    # An SVG would report no sizes (it draws any size), and load QtSvg to do so.
    assert icon.availableSizes() == [QSize(size, size) for size in WINDOW_ICON_SIZES]
    assert not icon.pixmap(48, 48).isNull()


def test_the_window_s_plain_modules_come_before_qt(tmp_path):
    # PySide reads the source of each module imported after it: the window's modules
    # that use no Qt are imported first. A stand-in for the window says what was loaded.
    script = """
import json, sys, types
window = types.ModuleType("trustplanner.ui.app")
def run_app(*args, **kwargs):
    print(json.dumps({"qt": "PySide6" in sys.modules, "loaded": sorted(sys.modules)}))
    return 0
window.run_app = run_app
sys.modules["trustplanner.ui.app"] = window
from trustplanner.commands.main import main
sys.exit(main(sys.argv[1:]))
"""
    done = subprocess.run(
        [sys.executable, "-c", script, "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout)
    assert not seen["qt"]
    assert set(PLAIN_WINDOW_MODULES) <= set(seen["loaded"])
