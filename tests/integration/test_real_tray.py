"""`trustplanner --tray` embeds its icon in a real system tray (trayer) on a real X server."""

import contextlib
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


@contextlib.contextmanager
def tray_app(data_dir):
    """A real X server with a real tray host (trayer), and `trustplanner --tray` in it;
    yields the display and the app's process (its output on a pipe)."""
    with xvfb() as display:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        host = subprocess.Popen(
            [
                *("trayer", "--edge", "top", "--align", "right"),
                *("--widthtype", "request", "--height", "24"),
            ],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        app = None
        try:
            wait_for(lambda: tray_children(display) is not None, 20, "the tray host")
            app = subprocess.Popen(
                [sys.executable, "-m", "trustplanner", "--tray", "--data-dir", str(data_dir)],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
            )
            yield display, app
        finally:
            if app is not None and app.poll() is None:
                app.terminate()
                app.communicate(timeout=10)
            host.terminate()
            host.wait(10)


def test_the_tray_icon_embeds_in_a_real_tray(tmp_path):
    require_tools()
    _without_nudges(tmp_path)
    with tray_app(tmp_path) as (display, app):
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


def _evening_due_now(data_dir) -> int:
    """A store with one agreement for today, still open, and the evening reminder due
    from this very minute on: the person's evening, as the tray would meet it."""
    import dataclasses
    import datetime as dt

    from trustplanner.store import plans
    from trustplanner.store.database import open_store
    from trustplanner.store.settings import load_settings, save_settings

    now = dt.datetime.now().astimezone()
    store = open_store(data_dir)
    plans.add_items(store, now.date(), [("Water the plants", 10)], now)
    (agreement_id,) = plans.commit_day(store, now.date(), now)
    settings = dataclasses.replace(
        load_settings(store),
        morning_nudge_on=False,
        # A minute ago, or midnight just after it: the reminder is due on today's date.
        evening_nudge=max(now - dt.timedelta(minutes=1), now.replace(hour=0, minute=0)).strftime(
            "%H:%M"
        ),
        first_day=(now.date() - dt.timedelta(days=30)).isoformat(),
        welcomed=True,
        start_at_login=False,
        promise_reminders_on=False,
    )
    save_settings(store, settings)
    store.close()
    return agreement_id


def _took(data_dir, agreement_id) -> tuple:
    import sqlite3

    with sqlite3.connect(f"file:{data_dir / 'trustplanner.db'}?mode=ro", uri=True) as conn:
        return conn.execute(
            "SELECT outcome, took_minutes FROM agreements WHERE id = ?", [agreement_id]
        ).fetchone()


def _xdotool(display: str, *args: str) -> str:
    env = {**os.environ, "DISPLAY": display}
    done = subprocess.run(["xdotool", *args], capture_output=True, text=True, env=env)
    return done.stdout.strip()


def _icon_window(display: str) -> str | None:
    for line in tray_children(display) or []:
        if '"trustplanner")' in line:
            return line.split()[0]
    return None


def _main_window(display: str) -> str | None:
    found = _xdotool(display, "search", "--onlyvisible", "--name", "^Trust Planner$")
    return found.split()[0] if found else None


def _again_until(action, condition, what: str, tries: int = 6) -> None:
    """Do `action`, as a person would, and give it a few seconds; once more if nothing
    came of it (a key pressed before the window took the focus is lost)."""
    for _ in range(tries):
        action()
        try:
            wait_for(condition, 5, what)
            return
        except AssertionError:
            continue
    raise AssertionError(f"timed out waiting for {what}")


def test_the_evening_from_the_real_tray_asks_what_it_took_and_undo_takes_it_back(tmp_path):
    """From the icon in a real tray, in the evening: Review opens, Alt+K keeps the
    agreement, the same optional question asks how long it took, Alt+A answers "about
    as planned", and Ctrl+Z takes the answer back."""
    require_tools()
    agreement_id = _evening_due_now(tmp_path)
    with tray_app(tmp_path) as (display, _app):
        wait_for(lambda: _icon_window(display) is not None, 30, "the icon in the tray")
        icon = _icon_window(display)
        # The evening reminder waits; a click on the icon opens what it is about.
        _again_until(
            lambda: _xdotool(display, "mousemove", "--window", icon, "8", "8", "click", "1"),
            lambda: _main_window(display) is not None,
            "the window opened from the tray",
        )
        window = _main_window(display)

        def press(keys: str) -> None:
            _xdotool(display, "windowfocus", "--sync", window)
            _xdotool(display, "key", keys)

        _again_until(
            lambda: press("alt+k"),
            lambda: _took(tmp_path, agreement_id)[0] == "kept",
            "the agreement kept with Alt+K",
        )
        assert _took(tmp_path, agreement_id) == ("kept", None)  # asked, not assumed
        _again_until(
            lambda: press("alt+a"),
            lambda: _took(tmp_path, agreement_id)[1] is not None,
            "what it took, said with Alt+A",
        )
        assert _took(tmp_path, agreement_id) == ("kept", 10)  # about as planned
        press("ctrl+z")
        wait_for(
            lambda: _took(tmp_path, agreement_id) == ("kept", None),
            30,
            "the answer taken back with Ctrl+Z",
        )
