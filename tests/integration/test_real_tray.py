"""`trustplanner --tray` embeds its icon in a real system tray (trayer) on a real X server."""

import os
import subprocess
import sys

import pytest

from ..waiting import wait_for
from .xserver import require_tools, xvfb

pytestmark = pytest.mark.slow


def window_tree(display: str) -> list[str]:
    env = {**os.environ, "DISPLAY": display}
    return subprocess.run(
        ["xwininfo", "-root", "-tree"], capture_output=True, text=True, env=env
    ).stdout.splitlines()


def tray_children(display: str) -> list[str] | None:
    """The windows inside trayer's panel, as xwininfo prints them; None while there is no panel."""
    tree = window_tree(display)
    for number, line in enumerate(tree):
        if '("panel" "trayer")' in line:
            depth = len(line) - len(line.lstrip())
            children = []
            for below in tree[number + 1 :]:
                if below.strip() and len(below) - len(below.lstrip()) <= depth:
                    break
                children.append(below.strip())
            return children
    return None


def icon_embedded(display: str) -> bool:
    # Our windows' class is "trustplanner" however the app was started.
    return any('"trustplanner")' in window for window in tray_children(display) or [])


def _without_nudges(data_dir) -> None:
    """A store whose reminders are off: a nudge due at the hour the test runs would
    rightly open its own window where the tray cannot show messages."""
    from trustplanner.domain.settings import Settings
    from trustplanner.store.database import open_store
    from trustplanner.store.settings import save_settings

    store = open_store(data_dir)
    save_settings(store, Settings(morning_nudge_on=False, evening_nudge_on=False))
    store.close()


def test_the_tray_icon_embeds_in_a_real_tray(tmp_path):
    require_tools()
    _without_nudges(tmp_path)
    with xvfb() as display:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        host = subprocess.Popen(
            [
                "trayer",
                "--edge",
                "top",
                "--align",
                "right",
                "--widthtype",
                "request",
                "--height",
                "24",
            ],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        app = None
        try:
            wait_for(lambda: tray_children(display) is not None, 20, "the tray host")
            app = subprocess.Popen(
                [sys.executable, "-m", "trustplanner", "--tray", "--data-dir", str(tmp_path)],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
            )
            try:
                wait_for(lambda: icon_embedded(display), 30, "the icon in the tray")
            except AssertionError:
                app.terminate()
                said = app.communicate(timeout=10)[0]
                raise AssertionError(
                    f"no icon in the tray; the app said {said!r}; the tray held "
                    f"{tray_children(display)!r}"
                ) from None
            assert app.poll() is None  # still running, quietly, without a window
            assert not any(
                '"Trust Planner": ("trustplanner"' in w
                for w in window_tree(display)
                if "22x22" not in w
            ), "a window opened"
        finally:
            if app is not None and app.returncode is None:
                app.terminate()
                app.communicate(timeout=10)
            host.terminate()
            host.wait(10)
