"""The tray icon: today's state at a glance, the menu, and the nudges at their times.

The schedule is checked on a coarse timer against the wall clock, so a nudge
missed while the machine slept comes at the first check after waking.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from trustplanner.domain.nudges import Nudge, Snooze, due, waiting
from trustplanner.resources import resource_path
from trustplanner.store import evidence
from trustplanner.store import nudges as stored
from trustplanner.store.damage import StoreDamaged
from trustplanner.ui.context import AppContext

if TYPE_CHECKING:
    from trustplanner.ui.tray.nudge_window import NudgeWindow

CHECK_SECONDS = 30
MESSAGE_SECONDS = 20


# Panels ask for 16 to 32 pixels; 48 and 64 serve panels scaled for high-density screens.
TRAY_SIZES = (16, 22, 24, 32, 48, 64)


def tray_icon(waiting_nudge: bool, dark_panel: bool = False) -> QIcon:
    """The tray icon, drawn for each size (PNG only: an SVG would load QtSvg into the tray),
    in the set made for a light or for a dark panel."""
    name = ("tray-waiting" if waiting_nudge else "tray") + ("-dark" if dark_panel else "")
    icon = QIcon()
    for size in TRAY_SIZES:
        icon.addFile(str(resource_path("icons", "tray", f"{name}-{size}.png")))
    return icon


def desktop_is_dark() -> bool:
    """Whether the desktop has a dark look: its panels are then most likely dark too.

    Read from the palette, which Qt keeps in step with the desktop's colour scheme;
    asking for the scheme itself would load all of Qt's enumerations into the tray.
    """
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


class TrayController(QObject):
    open_requested = Signal(str)  # "window", "plan", "review" or "fears"
    quit_requested = Signal()

    def __init__(self, context: AppContext, *, tray_available: bool | None = None, parent=None):
        super().__init__(parent)
        self._context = context
        if tray_available is None:
            tray_available = QSystemTrayIcon.isSystemTrayAvailable()
        self.tray_available = tray_available
        self.messages_available = tray_available and QSystemTrayIcon.supportsMessages()
        self.icons = self._icons_for_the_panel()
        self.tray = QSystemTrayIcon(self.icons[False], self)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._follow_the_desktop)
        self.menu = QMenu()
        self._build_menu()
        self.tray.setContextMenu(self.menu)
        self._fallback: NudgeWindow | None = None
        # The menu cannot have this QObject as its parent (it is a widget): it goes with it.
        self.destroyed.connect(self.menu.deleteLater)
        self._waiting: Nudge | None = None
        self._promise_recalled = False  # the last message was a promise recalled
        self.tray.activated.connect(self._on_activated)
        self.tray.messageClicked.connect(self._on_message_clicked)
        context.changed.connect(self.update_state)
        context.settings_changed.connect(self.check)
        context.day_changed.connect(self.update_state)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_SECONDS * 1000)
        self.timer.timeout.connect(self.check)

    @property
    def fallback(self) -> NudgeWindow:
        """The nudge's own window, made the first time a nudge needs it."""
        if self._fallback is None:
            from trustplanner.ui.tray import nudge_window

            self._fallback = nudge_window.NudgeWindow(self.icons[True])
            self.destroyed.connect(self._fallback.deleteLater)
            self._fallback.opened.connect(self._on_message_clicked)
            self._fallback.snoozed.connect(self.snooze)
        return self._fallback

    def _build_menu(self) -> None:
        menu = self.menu
        self.open_action = QAction(self.tr("Open Trust Planner"), self)
        font = self.open_action.font()
        font.setBold(True)
        self.open_action.setFont(font)
        self.plan_action = QAction(self.tr("Plan today"), self)
        self.review_action = QAction(self.tr("Review today"), self)
        self.fear_action = QAction(self.tr("Write down a fear faced"), self)
        self.snooze_menu = QMenu(self.tr("Remind me again"), menu)
        self.snooze_actions = {
            Snooze.QUARTER: QAction(self.tr("In 15 minutes"), self),
            Snooze.HOUR: QAction(self.tr("In an hour"), self),
            Snooze.TOMORROW: QAction(self.tr("Tomorrow"), self),
        }
        for choice, action in self.snooze_actions.items():
            action.setData(choice.name)
            self.snooze_menu.addAction(action)
            action.triggered.connect(self._on_snooze_action)
        self.pause_action = QAction(self.tr("Pause reminders for today"), self)
        self.pause_action.setCheckable(True)
        self.quit_action = QAction(self.tr("Quit"), self)
        for action in (self.open_action, self.plan_action, self.review_action, self.fear_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addMenu(self.snooze_menu)
        menu.addAction(self.pause_action)
        menu.addSeparator()
        menu.addAction(self.quit_action)
        # Bound slots rather than lambdas: they leave nothing behind when the tray goes.
        for action, area in (
            (self.open_action, "window"),
            (self.plan_action, "plan"),
            (self.review_action, "review"),
            (self.fear_action, "fears"),
        ):
            action.setData(area)
            action.triggered.connect(self._on_area_action)
        self.pause_action.triggered.connect(self._on_pause)
        self.quit_action.triggered.connect(self.quit_requested)

    @staticmethod
    def _icons_for_the_panel() -> dict[bool, QIcon]:
        """The icon without and with a waiting nudge, for the panel's look."""
        dark = desktop_is_dark()
        return {False: tray_icon(False, dark), True: tray_icon(True, dark)}

    def _follow_the_desktop(self, *scheme) -> None:
        """The desktop changed between light and dark: the icon changes with it, once Qt
        has given the app the new palette."""
        QTimer.singleShot(0, self._change_icons)

    def _change_icons(self) -> None:
        self.icons = self._icons_for_the_panel()
        self.tray.setIcon(self.icons[self._waiting is not None])

    def start(self) -> None:
        """Show the icon (where there is a tray) and start following the clock."""
        if self.tray_available:
            self.tray.show()
        self.update_state()
        self.check()
        self.timer.start()

    def stop(self) -> None:
        """Stop following the clock and take the icon away, in an order Qt is happy with."""
        self.timer.stop()
        if self._fallback is not None:
            self._fallback.hide()
        self.tray.hide()
        self.tray.setContextMenu(None)

    # -- state ---------------------------------------------------------------------------

    def update_state(self) -> None:
        context = self._context
        now = context.now()
        today = stored.today(context.store, now.date())
        self._waiting = waiting(now, today)
        self.tray.setIcon(self.icons[self._waiting is not None])
        self.snooze_menu.setEnabled(self._waiting is not None)
        self.pause_action.setChecked(today.paused)
        self.tray.setToolTip(self.tooltip())

    def tooltip(self) -> str:
        counts = evidence.endings_on(self._context.store, self._context.today())
        total = sum(counts.values())
        if not total:
            state = self.tr("No agreements yet today")
        elif not counts["kept"]:
            state = self.tr("%n agreement(s) for today", "", total)
        else:
            state = self.tr("%n agreement(s), ", "", total) + self.tr("%n kept", "", counts["kept"])
        return self.tr("Trust Planner: %1").replace("%1", state)

    def check(self) -> None:
        """Show the nudge that is due now, if any. Called every half minute and on changes."""
        context = self._context
        now = context.now()
        if context.settings.is_first_day(now.date()):
            self.update_state()  # the first day is for arriving: no reminders yet
            return
        today = stored.today(context.store, now.date())
        nudge = due(now, context.settings.nudge_times, today)
        if nudge is None:
            self.update_state()
            if not today.paused:
                self._recall_a_promise(now)
            return
        try:
            stored.mark_shown(context.store, now.date(), nudge, now)
        except StoreDamaged:
            return  # no nudge on a damaged store: its watch tells the person, and offers a backup
        self.update_state()
        self.notify(nudge)

    def _recall_a_promise(self, now) -> None:
        """The evening before a promise to someone, once: still on? Quiet: a tray message
        only, never a window of its own; the person can switch it off in Settings."""
        context = self._context
        settings = context.settings
        if not settings.promise_reminders_on or not self.messages_available:
            return
        if not self.tray.isVisible():
            return
        from trustplanner.store import agreements as store_agreements

        due_now = store_agreements.promises_to_remind(
            context.store, now, settings.nudge_times.evening
        )
        if not due_now:
            return
        promise = due_now[0]
        try:
            store_agreements.mark_reminded(context.store, promise.id, now)
        except StoreDamaged:
            return
        from trustplanner.words.promises import day_for_them

        self._promise_recalled = True
        self.tray.showMessage(
            self.tr("A promise to %1").replace("%1", promise.person or ""),
            self.tr("Still on for “%1” %2? If not, telling them now is kind.")
            .replace("%1", promise.title)
            .replace("%2", day_for_them(promise.day, now.date(), promise.promise_time)),
            self.icons[False],
            MESSAGE_SECONDS * 1000,
        )

    def notify(self, nudge: Nudge) -> None:
        title = self.title_of(nudge)
        if self.messages_available and self.tray.isVisible():
            self.tray.showMessage(
                title, self.message_of(nudge), self.icons[True], MESSAGE_SECONDS * 1000
            )
        else:
            self.fallback.show_nudge(title, self.window_text_of(nudge), self.open_label_of(nudge))

    # A tray message is clicked; the fallback window has a button: each gets its own words.
    def title_of(self, nudge: Nudge) -> str:
        if nudge is Nudge.MORNING:
            return self.tr("Choose today's agreements")
        return self.tr("How did today go?")

    def message_of(self, nudge: Nudge) -> str:
        if nudge is Nudge.MORNING:
            return self.tr("A few small things you can keep. Click to plan your day.")
        return self.tr("Take a minute to look back on today's agreements. Click to review.")

    def window_text_of(self, nudge: Nudge) -> str:
        if nudge is Nudge.MORNING:
            return self.tr("A few small things you can keep, chosen now, make a day you can trust.")
        return self.tr("Take a minute to look back on today's agreements, kindly and honestly.")

    def open_label_of(self, nudge: Nudge) -> str:
        if nudge is Nudge.MORNING:
            return self.tr("&Plan today")
        return self.tr("&Review today")

    # -- the person's answers ------------------------------------------------------------

    def _on_message_clicked(self) -> None:
        nudge = self._waiting
        if nudge is None:
            # A promise recalled opens Review, where it can be renegotiated or told.
            recalled, self._promise_recalled = self._promise_recalled, False
            self.open_requested.emit("review" if recalled else "window")
            return
        context = self._context
        stored.close(context.store, context.today(), nudge)
        self.update_state()
        self.open_requested.emit("plan" if nudge is Nudge.MORNING else "review")

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self._on_message_clicked()

    def _on_area_action(self) -> None:
        self.open_requested.emit(self.sender().data())

    def _on_snooze_action(self) -> None:
        self.snooze(Snooze[self.sender().data()])

    def snooze(self, choice: Snooze) -> None:
        nudge = self._waiting
        if nudge is None:
            return
        context = self._context
        stored.snooze(context.store, context.today(), nudge, context.now(), choice)
        self.update_state()

    def _on_pause(self, paused: bool) -> None:
        context = self._context
        if paused:
            stored.pause_today(context.store, context.today())
        else:
            stored.resume_today(context.store, context.today())
        self.update_state()
