import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QSystemTrayIcon

from trustplanner.domain.nudges import Nudge, Snooze
from trustplanner.store import agreements as store_agreements
from trustplanner.store import nudges as stored
from trustplanner.store import plans
from trustplanner.ui.shell import Shell
from trustplanner.ui.tray.nudge_window import MARGIN, NudgeWindow
from trustplanner.ui.tray.tray_controller import CHECK_SECONDS, TrayController


@pytest.fixture
def messages(monkeypatch):
    """Every message the tray shows, instead of a balloon on the screen."""
    shown = []
    monkeypatch.setattr(QSystemTrayIcon, "showMessage", lambda self, *args: shown.append(args[:2]))
    return shown


@pytest.fixture
def tray(qtbot, context, clock, messages):
    clock.set(clock().replace(hour=7, minute=0))
    controller = TrayController(context, tray_available=True)
    controller.messages_available = True
    controller.start()
    yield controller
    controller.stop()


def at(clock, hour, minute=0):
    clock.set(clock().replace(hour=hour, minute=minute))


def commit_today(context, *titles):
    plans.add_items(context.store, context.today(), [(t, 10) for t in titles], context.now())
    ids = plans.commit_day(context.store, context.today(), context.now())
    context.changed.emit()
    return ids


def test_the_tray_checks_the_clock_every_half_minute(tray):
    assert tray.timer.isActive()
    assert tray.timer.interval() == CHECK_SECONDS * 1000


def test_the_morning_nudge_comes_at_its_time_once(qtbot, tray, clock, messages):
    at(clock, 8, 29)
    tray.check()
    assert messages == []
    at(clock, 8, 30)
    tray.check()
    assert messages == [
        ("Choose today's agreements", "A few small things you can keep. Click to plan your day.")
    ]
    at(clock, 8, 45)
    tray.check()
    assert len(messages) == 1
    assert tray._waiting is Nudge.MORNING
    assert tray.snooze_menu.isEnabled()


def test_no_nudge_comes_from_a_store_found_damaged(qtbot, tray, clock, context, messages):
    from concurrent.futures import Future

    from trustplanner.store.damage import Damage

    found = Future()
    found.set_result(Damage.DAMAGED)
    context.store.checked = found
    at(clock, 9)
    tray.check()  # the store's watch tells the person; the tray writes and shows nothing
    assert messages == []
    # A person's action at that moment writes nothing either, and does not fail.
    assert (
        context.perform("Add", lambda: context.store.insert("settings", {"key": "x", "value": "1"}))
        is None
    )
    found = Future()
    found.set_result(None)
    context.store.checked = found
    assert context.store.value("SELECT count(*) FROM settings WHERE key = 'x'") == 0


def test_clicking_the_nudge_opens_the_plan_and_ends_the_nudge(qtbot, tray, clock, context):
    at(clock, 9)
    tray.check()
    with qtbot.waitSignal(tray.open_requested) as opened:
        tray.tray.messageClicked.emit()
    assert opened.args == ["plan"]
    assert stored.today(context.store, context.today()).states[Nudge.MORNING].closed
    assert tray._waiting is None


def test_the_evening_nudge_opens_review(qtbot, tray, clock, context, messages):
    commit_today(context, "Call")
    at(clock, 20, 5)
    tray.check()
    assert messages[-1][0] == "How did today go?"
    with qtbot.waitSignal(tray.open_requested) as opened:
        tray.tray.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    assert opened.args == ["review"]


def test_a_nudge_whose_job_is_done_stays_away_and_stops_waiting(tray, clock, context, messages):
    at(clock, 8, 31)
    tray.check()
    assert tray._waiting is Nudge.MORNING
    commit_today(context, "Call", "Walk")  # the person plans the day
    assert tray._waiting is None
    ids = [a.id for a in store_agreements.agreements_on(context.store, context.today())]
    for agreement_id in ids:
        store_agreements.mark_kept(context.store, agreement_id, context.now())
    context.changed.emit()
    at(clock, 20, 30)
    tray.check()
    assert len(messages) == 1  # today's review is complete: no evening nudge


def test_snoozing_from_the_menu(tray, clock, messages):
    at(clock, 8, 30)
    tray.check()
    tray.snooze_actions[Snooze.QUARTER].trigger()
    assert tray._waiting is None
    at(clock, 8, 44)
    tray.check()
    assert len(messages) == 1
    at(clock, 8, 45)
    tray.check()
    assert len(messages) == 2
    tray.snooze_actions[Snooze.TOMORROW].trigger()
    at(clock, 12)
    tray.check()
    assert len(messages) == 2


def test_pausing_for_today(tray, clock, context, messages):
    tray.pause_action.trigger()
    assert tray.pause_action.isChecked()
    at(clock, 9)
    tray.check()
    assert messages == []
    tray.pause_action.trigger()  # and taking it back
    tray.check()
    assert len(messages) == 1


def test_a_restart_does_not_repeat_the_nudge(qtbot, tray, clock, context, messages):
    at(clock, 9)
    tray.check()
    again = TrayController(context, tray_available=True)
    again.messages_available = True
    again.start()
    assert len(messages) == 1
    assert again._waiting is Nudge.MORNING  # still waiting for the person
    again.stop()


def test_the_tooltip_tells_todays_state(tray, context):
    assert tray.tray.toolTip() == "Trust Planner: No agreements yet today"
    a, _b, _c = commit_today(context, "A", "B", "C")
    # Nothing kept yet is not a failure in the morning: no "0 kept".
    assert tray.tray.toolTip() == "Trust Planner: 3 agreements for today"
    store_agreements.mark_kept(context.store, a, context.now())
    context.changed.emit()
    assert tray.tray.toolTip() == "Trust Planner: 3 agreements, 1 kept"


def test_the_menu_holds_what_the_issue_asks(tray, qtbot):
    texts = [action.text() for action in tray.menu.actions() if not action.isSeparator()]
    assert texts == [
        "Open Trust Planner",
        "Plan today",
        "Review today",
        "Write down a fear faced",
        "Remind me again",
        "Pause reminders for today",
        "Quit",
    ]
    for action, area in (
        (tray.open_action, "window"),
        (tray.plan_action, "plan"),
        (tray.review_action, "review"),
        (tray.fear_action, "fears"),
    ):
        with qtbot.waitSignal(tray.open_requested) as opened:
            action.trigger()
        assert opened.args == [area]
    with qtbot.waitSignal(tray.quit_requested):
        tray.quit_action.trigger()


def test_the_icon_shows_a_nudge_is_waiting(tray, clock):
    normal = tray.tray.icon().cacheKey()
    at(clock, 9)
    tray.check()
    assert tray.tray.icon().cacheKey() == tray.icons[True].cacheKey() != normal


def test_without_tray_messages_the_nudge_gets_a_window_of_its_own(qtbot, context, clock, messages):
    at(clock, 9)
    controller = TrayController(context, tray_available=False)
    controller.start()
    window: NudgeWindow = controller.fallback
    qtbot.waitUntil(window.isVisible)
    assert messages == []
    assert window.title.text() == "Choose today's agreements"
    # A window has a button, not a message to click: its words say what the button does.
    assert "Click" not in window.text.text()
    assert window.open_button.text() == "&Plan today"
    assert window.focusWidget() is window.open_button
    with qtbot.waitSignal(controller.open_requested) as opened:
        window.open_button.click()
    assert opened.args == ["plan"]
    assert not window.isVisible()
    controller.stop()


def test_the_fallback_window_sits_in_the_screen_corner_and_escape_keeps_it_waiting(
    qtbot, context, clock, messages
):
    at(clock, 20, 5)
    commit_today(context, "Call Sam")
    controller = TrayController(context, tray_available=False)
    controller.start()
    window: NudgeWindow = controller.fallback
    qtbot.waitUntil(window.isVisible)
    assert window.title.text() == "How did today go?"
    assert window.open_button.text() == "&Review today"
    area = window.screen().availableGeometry()
    assert area.contains(window.frameGeometry().topLeft())
    assert area.right() - window.geometry().right() <= 2 * MARGIN
    assert area.bottom() - window.geometry().bottom() <= 2 * MARGIN
    qtbot.keyClick(window.open_button, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert controller._waiting is Nudge.EVENING
    controller.stop()


def test_the_fallback_window_snoozes_too(qtbot, context, clock, messages):
    at(clock, 9)
    controller = TrayController(context, tray_available=False)
    controller.start()
    qtbot.waitUntil(controller.fallback.isVisible)
    controller.fallback.snooze_buttons[Snooze.HOUR].click()
    state = stored.today(context.store, context.today()).states[Nudge.MORNING]
    assert state.snoozed_until == clock() + dt.timedelta(hours=1)
    controller.stop()


def test_switching_a_nudge_off_in_settings(qtbot, tray, clock, context, messages):
    context.save_settings(dataclasses.replace(context.settings, morning_nudge_on=False))
    at(clock, 9)
    tray.check()
    assert messages == []


# -- the shell: window and tray together ------------------------------------------------


@pytest.fixture
def shell(qtbot, context, clock, messages):
    clock.set(clock().replace(hour=7))
    context.save_settings(dataclasses.replace(context.settings, start_at_login=False))
    made = Shell(context, tray_available=True)
    made.tray.messages_available = True
    yield made
    made.stop()
    if made.window is not None:
        made.detach_window().close()


def test_tray_only_makes_no_window_until_asked(qtbot, shell):
    shell.start(show_window=False)
    assert shell.window is None
    shell.tray.review_action.trigger()
    assert shell.window is not None and shell.window.isVisible()
    assert shell.window.tabs.currentWidget() is shell.window.review_page


def test_tray_only_starts_the_tray_at_once(qtbot, shell):
    shell.start(show_window=False)
    assert shell.background_started and shell.tray.timer.isActive()


def test_with_the_window_the_tray_starts_once_the_window_is_up(qtbot, shell):
    shell.start(show_window=True)
    # A person who opened the window waits for it: the tray comes second.
    assert not shell.background_started and not shell.tray.timer.isActive()
    qtbot.waitExposed(shell.window)
    qtbot.waitUntil(lambda: shell.background_started, timeout=5000)
    assert shell.tray.timer.isActive()


def test_closing_the_window_keeps_the_tray_running_when_chosen(
    qtbot, shell, context, messages, monkeypatch
):
    quits = []
    monkeypatch.setattr("trustplanner.ui.shell.QApplication.quit", lambda: quits.append(1))
    shell.start(show_window=True)
    window = shell.window
    qtbot.waitExposed(window)
    window.close()
    assert not window.isVisible()
    assert quits == []
    assert messages[-1][0] == "Trust Planner keeps running"
    context.save_settings(dataclasses.replace(context.settings, close_to_tray=False))
    shell.open("window")
    window.close()
    qtbot.waitUntil(lambda: quits == [1])


def test_quit_in_the_window_menu_quits_even_with_the_tray(qtbot, shell, monkeypatch):
    quits = []
    monkeypatch.setattr("trustplanner.ui.shell.QApplication.quit", lambda: quits.append(1))
    shell.start(show_window=True)
    shell.window.quit_action.trigger()
    assert quits == [1]


def test_the_login_question_waits_for_a_start_after_the_first_day(
    qtbot, context, clock, messages, monkeypatch, tmp_path
):
    from trustplanner.ui.start_at_login import StartAtLoginQuestion

    from .dialogs import press

    asked = press(monkeypatch, StartAtLoginQuestion, "yes_button")
    first = Shell(context, tray_available=True)
    first.start(show_window=True)
    qtbot.waitUntil(lambda: first.background_started)
    # The very first start only welcomes: no question, and it remembers the day.
    assert asked == [] and context.settings.start_at_login is None
    assert context.settings.first_day == clock().date().isoformat()
    first.stop()
    first.detach_window().close()

    clock.advance(days=1)
    later = Shell(context, tray_available=True)
    later.start(show_window=True)
    qtbot.waitUntil(lambda: context.settings.start_at_login is True)
    assert len(asked) == 1
    from trustplanner.autostart import LinuxAutostart

    assert LinuxAutostart().is_enabled()
    later.stop()
    later.detach_window().close()


def test_no_reminder_comes_on_the_very_first_day(qtbot, context, clock, messages):
    from trustplanner.store import nudges as stored

    def shown() -> list[Nudge]:
        today = stored.today(context.store, clock().date())
        return [nudge for nudge, state in today.states.items() if state.shown_at is not None]

    clock.set(clock().replace(hour=9))  # past the morning reminder's time, nothing planned
    made = Shell(context, tray_available=True)
    made.start(show_window=False)
    made.tray.check()
    assert shown() == [] and made.tray._waiting is None
    clock.advance(days=1)
    made.tray.check()
    assert shown() == [Nudge.MORNING]
    made.stop()


def test_start_at_login_in_settings_writes_and_removes_the_entry(qtbot, window, context):
    from trustplanner.autostart import LinuxAutostart

    check = window.settings_page.view.start_at_login_check
    check.setChecked(True)
    entry = LinuxAutostart()
    assert entry.is_enabled()
    assert "--tray" in entry.path.read_text()
    assert context.settings.start_at_login is True
    check.setChecked(False)
    assert not entry.is_enabled()
    assert context.settings.start_at_login is False


def test_reminder_settings_are_saved(qtbot, window, context):
    from PySide6.QtCore import QTime

    view = window.settings_page.view
    view.morning_time.setTime(QTime(7, 15))
    view.evening_check.setChecked(False)
    view.weekday_checks[6].setChecked(False)
    times = context.settings.nudge_times
    assert times.morning == dt.time(7, 15)
    assert not times.evening_on
    assert times.weekdays == (0, 1, 2, 3, 4, 5)


def test_tray_mode_stays_light(tmp_path):
    """`--tray` loads neither matplotlib, nor the report code, nor the window's pages,
    nor what would only cost memory: sqlite-utils with numpy, OpenSSL, QtSvg, Qt's
    network module, the learning's code; also once it listens for a later start."""
    import os
    import subprocess
    import sys
    import textwrap

    from trustplanner.store.database import open_store

    open_store(tmp_path).close()  # made and migrated before, as on every start but the first
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from PySide6.QtCore import QTimer
        from trustplanner.ui.app import LISTEN_AFTER_MS, application, start
        app = application()
        shell = start(Path({str(tmp_path)!r}), tray_only=True, tray_available=True)
        app.processEvents()
        shell.tray.tray.icon().pixmap(22)
        from trustplanner.ui.single_instance import SingleInstance
        listening = []
        def once_it_listens():
            listening.append(app.findChild(SingleInstance).listening)
            app.exit()
        QTimer.singleShot(LISTEN_AFTER_MS + 100, once_it_listens)
        app.exec()
        heavy = ("matplotlib", "numpy", "sqlite_utils", "_hashlib", "logging.handlers",
                 "trustplanner.ui.main_window", "trustplanner.ui.plan.plan_controller",
                 "trustplanner.report", "PySide6.QtNetwork", "trustplanner.ui.learned")
        loaded = [m for m in heavy if m in sys.modules]
        with open("/proc/self/maps") as maps:
            if "Qt6Svg" in maps.read():
                loaded.append("QtSvg")
        print("window" if shell.window else "no window", listening, loaded)
        shell.quit()
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "no window [True] []"


def test_every_tray_icon_size_is_drawn_for_both_icons():
    from PySide6.QtGui import QImage

    from trustplanner.resources import resource_path
    from trustplanner.ui.tray.tray_controller import TRAY_SIZES

    assert {16, 22, 24, 32} <= set(TRAY_SIZES)
    for name in ("tray", "tray-waiting"):
        for size in TRAY_SIZES:
            image = QImage(str(resource_path("icons", "tray", f"{name}-{size}.png")))
            assert (image.width(), image.height()) == (size, size)


def _looks_like(icon, other) -> bool:
    return icon.pixmap(22, 22).toImage() == other.pixmap(22, 22).toImage()


@pytest.fixture
def dark_desktop(qapp):
    """A dark palette, as Qt gives the app on a desktop with a dark look."""
    from PySide6.QtGui import QColor, QPalette

    before = qapp.palette()
    dark = QPalette(before)
    dark.setColor(QPalette.ColorRole.Window, QColor("#2b2b2b"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    qapp.setPalette(dark)
    yield
    qapp.setPalette(before)


def test_the_icon_has_a_set_for_light_and_for_dark_panels():
    from trustplanner.ui.tray.tray_controller import tray_icon

    for waiting in (False, True):
        assert not _looks_like(tray_icon(waiting, False), tray_icon(waiting, True))
        for dark in (False, True):
            assert tray_icon(waiting, dark).availableSizes() == [
                QSize(s, s) for s in (16, 22, 24, 32, 48, 64)
            ]


def test_on_a_dark_desktop_the_tray_shows_the_icon_for_dark_panels(
    qtbot, context, clock, messages, dark_desktop, qapp
):
    from PySide6.QtGui import QGuiApplication

    from trustplanner.ui.tray.tray_controller import tray_icon

    clock.set(clock().replace(hour=7, minute=0))  # before the morning nudge: none waiting
    controller = TrayController(context, tray_available=True)
    controller.start()
    try:
        assert _looks_like(controller.tray.icon(), tray_icon(False, dark_panel=True))
        # The desktop turns light: the icon follows, without a restart.
        qapp.setPalette(qapp.style().standardPalette())
        QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
        qtbot.waitUntil(
            lambda: _looks_like(controller.tray.icon(), tray_icon(False, dark_panel=False))
        )
        assert _looks_like(controller.icons[True], tray_icon(True, dark_panel=False))
    finally:
        controller.stop()


def test_the_evenings_flow_asks_how_long_it_took_as_review_does(
    qtbot, clock, context, messages, monkeypatch
):
    # From the evening nudge to marking kept: the same quiet, optional question, with
    # skipping as the default, and one undo for what is said.
    from trustplanner.ui.start_at_login import StartAtLoginQuestion

    from .dialogs import press

    press(monkeypatch, StartAtLoginQuestion, "no_button")
    # Not the very first day, when no reminder comes.
    context.save_settings(
        dataclasses.replace(context.settings, first_day="2026-01-05", welcomed=True)
    )
    commit_today(context, "Call")
    at(clock, 20, 5)
    shell = Shell(context, tray_available=True)
    shell.start(show_window=False)
    try:
        qtbot.waitUntil(lambda: shell.background_started)
        shell.tray.messages_available = True
        shell.tray.check()
        assert messages[-1][0] == "How did today go?"
        shell.tray.tray.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
        window = shell.window
        qtbot.waitUntil(lambda: window is not None and window.isVisible())
        review = window.review
        assert window.tabs.currentWidget() is window.review_page
        review.view.kept_button.click()
        bar = review.view.took_bar
        assert not bar.isHidden() and "how long did" in bar.question.text()
        bar.choices[1.5].click()  # "Longer"
        [call] = store_agreements.agreements_on(context.store, context.today())
        assert call.took_minutes is not None and call.took_minutes > call.minutes
        window.undo_action.trigger()
        [call] = store_agreements.agreements_on(context.store, context.today())
        assert call.took_minutes is None and call.ending is not None
    finally:
        shell.stop()
        if shell.window is not None:
            shell.detach_window().close()


def _promise_tomorrow(context, person="Sam", time="19:00"):
    tomorrow = context.today() + dt.timedelta(days=1)
    (item,) = plans.add_items(context.store, tomorrow, [("Dinner", 90)], context.now())
    plans.set_promise(context.store, item, person, time)
    (agreement_id,) = plans.commit_day(context.store, tomorrow, context.now())
    return agreement_id


def test_a_promise_is_recalled_once_the_evening_before_and_opens_review(
    qtbot, tray, clock, context, messages
):
    (kept,) = commit_today(context, "Call")
    store_agreements.mark_kept(context.store, kept, context.now())  # today's jobs are done
    dinner = _promise_tomorrow(context)
    at(clock, 19, 59)
    tray.check()
    assert messages == []
    at(clock, 20, 0)
    tray.check()
    assert messages == [
        (
            "A promise to Sam",
            "Still on for “Dinner” tomorrow at 19:00? If not, telling them now is kind.",
        )
    ]
    at(clock, 21, 0)
    tray.check()
    assert len(messages) == 1  # once
    assert store_agreements.get_agreement(context.store, dinner).reminded_at is not None
    with qtbot.waitSignal(tray.open_requested) as opened:
        tray.tray.messageClicked.emit()
    assert opened.args == ["review"]


def test_promise_reminders_can_be_switched_off_and_an_ended_promise_is_not_recalled(
    tray, clock, context, messages
):
    (kept,) = commit_today(context, "Call")
    store_agreements.mark_kept(context.store, kept, context.now())
    dinner = _promise_tomorrow(context)
    context.save_settings(dataclasses.replace(context.settings, promise_reminders_on=False))
    at(clock, 20, 30)
    tray.check()
    assert messages == []
    store_agreements.renegotiate(
        context.store,
        dinner,
        context.now(),
        new_day=context.today() + dt.timedelta(days=3),
        new_minutes=90,
        reason="a busy week",
    )
    # Switched on again (which checks at once): renegotiated, its new day is not near yet.
    context.save_settings(dataclasses.replace(context.settings, promise_reminders_on=True))
    tray.check()
    assert messages == []
