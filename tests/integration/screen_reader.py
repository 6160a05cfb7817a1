"""Trust Planner as a screen reader meets it: run by the system's Python, which has
pyatspi (Debian's python3-pyatspi), inside a D-Bus session with the AT-SPI bus.

    python3 screen_reader.py walk APP_COMMAND...   every page and the main dialogs:
                                                   prints the controls without a name
    python3 screen_reader.py loop APP_COMMAND...   adds an item, makes it an agreement
                                                   and marks it kept, through AT-SPI alone

Prints one JSON object on its last line. The app is started here, with Qt's bridge to
AT-SPI switched on, and ended here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pyatspi
from gi.repository import Atspi, GLib

# Controls a person acts on: each needs a name a screen reader can say.
INTERACTIVE = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "combo box",
    "spin button",
    "text",
    "entry",
    "password text",
    "slider",
    "table",
    "tree table",
    "list",
    "tree",
    "page tab",
    "menu item",
    "check menu item",
    "radio menu item",
    "link",
}
# The dialogs opened from each page, by the name of the button that opens them (file
# choosers are Qt's own, not ours, and are left out). On a history of a few weeks,
# with one new item chosen on Plan, every one of them can be pressed.
DIALOGS = {
    "Plan": ["Paste a list…", "How is this computed?", "Split…", "Not today…", "Let go…"],
    "Review": ["Renegotiate…", "Didn't happen…"],
    "Fears": ["Change…", "New ladder…"],
    "Progress": ["How is this computed?", "Print a report…", "As a table…"],
    "Settings": ["See what was learned…"],
}
WAIT = 20.0


def wait_for(find, timeout: float = WAIT):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        found = find()
        if found is not None:
            return found
        time.sleep(0.2)  # the poll of a condition: the bus gives no signal to wait on
    return None


def the_app(name: str = "trustplanner"):
    def find():
        for app in pyatspi.Registry.getDesktop(0):
            if app is not None and name in (app.name or "").lower():
                return app
        return None

    return wait_for(find)


def nodes(root):
    """Every accessible under `root`, depth first."""
    stack = [root]
    while stack:
        node = stack.pop()
        if node is None:
            continue
        yield node
        try:
            stack.extend(reversed([child for child in node]))
        except Exception:  # a node that went away while it was read
            continue


def showing(node) -> bool:
    try:
        return node.getState().contains(pyatspi.STATE_SHOWING)
    except Exception:
        return False


def find(root, role: str, name: str, visible: bool = True):
    for node in nodes(root):
        try:
            if node.getRoleName() == role and node.name == name and (not visible or showing(node)):
                return node
        except Exception:
            continue
    return None


def press(node, opens_dialog: bool = False) -> None:
    """Press a button (or switch to a tab). A button that opens a modal dialog answers
    only once the dialog closes: then no answer is waited for."""
    action = node.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    index = next(
        (names.index(w) for w in ("press", "click", "switch", "activate") if w in names), 0
    )
    if not opens_dialog:
        action.doAction(index)
        return
    Atspi.set_timeout(1000, 15000)
    try:
        action.doAction(index)
    except GLib.GError:
        pass  # the dialog is open, and Qt answers when it closes
    finally:
        Atspi.set_timeout(-1, -1)


def path_of(node) -> str:
    parts = []
    while node is not None and len(parts) < 6:
        try:
            parts.append(f"{node.getRoleName()} {node.name!r}")
            node = node.parent
        except Exception:
            break
    return " < ".join(parts)


def unnamed(root) -> list[str]:
    """The interactive controls a person can see that a screen reader cannot name."""
    found = []
    for node in nodes(root):
        try:
            role = node.getRoleName()
            if role not in INTERACTIVE or not showing(node):
                continue
            # A combo box's popup list speaks with the combo box's name.
            if role == "list" and node.parent.getRoleName() == "combo box":
                continue
            if not (node.name or "").strip():
                found.append(path_of(node))
        except Exception:
            continue
    return found


def windows(app) -> list:
    try:
        return [child for child in app]
    except Exception:
        return []


def new_window(app, before: list):
    def find():
        for window in windows(app):
            if window not in before and showing(window):
                return window
        return None

    return wait_for(find, 10)


def close(window) -> None:
    for name in ("Close", "Cancel", "Sluiten", "Annuleren"):
        button = find(window, "push button", name)
        if button is not None:
            press(button)
            return
    raise SystemExit(f"no way to close {path_of(window)}")


def walk(app) -> dict:
    problems: dict[str, list[str]] = {}
    seen_dialogs = []
    # The welcome, as Help shows it again, then left by its first way in.
    press(wait_for(lambda: find(app, "menu item", "Welcome", visible=False)))
    start = wait_for(lambda: find(app, "push button", "Start with one small agreement for today"))
    if start is None:
        raise SystemExit("Help → Welcome showed no welcome")
    problems["Welcome"] = unnamed(app)
    press(start)
    wait_for(lambda: None if showing(start) else True)
    for page, dialog_buttons in DIALOGS.items():
        tab = wait_for(lambda page=page: find(app, "page tab", page, visible=False))
        if tab is None:
            raise SystemExit(f"no page tab {page}")
        press(tab)
        wait_for(lambda tab=tab: True if selected(tab) else None)
        if page == "Progress":  # it reads the history and draws on its first showing
            wait_for(lambda: True if enabled_button(app, "As a table…") else None)
        if page == "Plan":
            add_item(app, "Clean the kitchen", "3 h")
            plan = find(app, "table", "The plan for this day")
            choose_row(plan, plan.queryTable().nRows - 1)
            wait_for(lambda: True if enabled_button(app, "Split…") else None)
        problems[page] = unnamed(app)
        for inner in inner_tabs(app, tab):
            press(inner)
            wait_for(lambda inner=inner: True if selected(inner) else None)
            problems[f"{page} → {inner.name}"] = unnamed(app)
        for name in dialog_buttons:
            button = reach(app, tab, name)
            if button is None:
                raise SystemExit(f"no button {name} on {page}")
            if not enabled(button):
                choose_first_row(app)
                wait_for(lambda button=button: True if enabled(button) else None, 5)
            if not enabled(button):
                raise SystemExit(f"{name} on {page} cannot be pressed")
            before = windows(app)
            press(button, opens_dialog=True)
            window = new_window(app, before)
            if window is None:
                raise SystemExit(f"{name} on {page} opened no window")
            wait_for(lambda window=window: True if window.childCount else None)
            problems[f"{page} → {name}"] = unnamed(window)
            seen_dialogs.append(f"{page} → {name}")
            close(window)
            wait_for(lambda window=window: None if window in windows(app) else True, 10)
    return {
        "unnamed": {where: found for where, found in problems.items() if found},
        "walked": list(problems),
        "dialogs": seen_dialogs,
    }


def inner_tabs(app, page_tab) -> list:
    """The tabs inside a page (Fears has some), besides the pages' own."""
    pages = page_tab.parent
    return [
        node
        for node in nodes(app)
        if node.getRoleName() == "page tab" and showing(node) and node.parent != pages
    ]


def selected(node) -> bool:
    try:
        return node.getState().contains(pyatspi.STATE_SELECTED)
    except Exception:
        return False


def enabled_button(app, name: str) -> bool:
    button = find(app, "push button", name)
    return button is not None and enabled(button)


def enabled(node) -> bool:
    return node.getState().contains(pyatspi.STATE_ENABLED)


def reach(app, page_tab, name: str):
    """The button `name` on the page, going through the page's own tabs to find it."""
    button = find(app, "push button", name)
    for inner in [None, *inner_tabs(app, page_tab)]:
        if inner is not None:
            press(inner)
            button = wait_for(lambda: find(app, "push button", name), 2)
        if button is not None:
            return button
    return None


def choose_row(table, row: int) -> None:
    """Choose a row of a table by its first cell, as the keyboard does (choosing the
    row through the table interface leaves the view's current row as it was)."""
    cell = table.queryTable().getAccessibleAt(row, 0)
    table.querySelection().selectChild(cell.getIndexInParent())


def choose_first_row(app) -> None:
    """Choose the first row of every list and table in sight, as a person clicks one."""
    for node in nodes(app):
        if not showing(node):
            continue
        role = node.getRoleName()
        try:
            if role in ("table", "tree table") and node.queryTable().nRows:
                choose_row(node, 0)
            elif role == "list" and node.childCount:
                node.querySelection().selectChild(0)
        except NotImplementedError:
            continue


def set_text(node, text: str) -> None:
    editable = node.queryEditableText()
    editable.setTextContents(text)


def add_item(app, title: str, estimate: str) -> None:
    set_text(wait_for(lambda: find(app, "text", "New item")), title)
    set_text(find(find(app, "combo box", "Estimate"), "text", "Estimate"), estimate)
    press(find(app, "push button", "Add"))
    plan = find(app, "table", "The plan for this day", visible=False)
    wait_for(
        lambda: (
            True
            if any(
                (plan.queryTable().getAccessibleAt(r, 0) or plan).name == title
                for r in range(plan.queryTable().nRows)
            )
            else None
        )
    )


def loop(app) -> dict:
    start = wait_for(lambda: find(app, "push button", "Start with one small agreement for today"))
    if start is not None:
        press(start)
    add_item(app, "Water the plants", "15 min")
    before = windows(app)
    press(wait_for(lambda: find(app, "push button", "Make these my agreements")), True)
    # A first time, the app may ask to confirm: answer as a person would.
    window = new_window(app, before)
    if window is not None:
        for node in nodes(window):
            if node.getRoleName() == "push button" and "agreement" in (node.name or "").lower():
                press(node)
                break
    press(find(app, "page tab", "Review", visible=False))
    table = wait_for(lambda: find(app, "table", "Agreements"))
    wait_for(lambda: True if table.queryTable().nRows >= 1 else None)
    choose_row(table, 0)
    kept = wait_for(lambda: find(app, "push button", "Kept"))
    wait_for(lambda: True if kept.getState().contains(pyatspi.STATE_ENABLED) else None)
    press(kept)

    def ending():
        cells = table.queryTable()
        cell = cells.getAccessibleAt(0, cells.nColumns - 1)  # "How it ended" comes last
        return cell.name if cell is not None and cell.name != "Open" else None

    return {"ending": wait_for(ending)}


def main() -> int:
    mode, command = sys.argv[1], sys.argv[2:]
    environment = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1")
    environment.pop("QT_QPA_PLATFORM", None)
    app_process = subprocess.Popen(command, env=environment)
    try:
        app = the_app()
        if app is None:
            raise SystemExit("the app never appeared on the AT-SPI bus")
        result = walk(app) if mode == "walk" else loop(app)
    finally:
        app_process.terminate()
        try:
            app_process.wait(10)
        except subprocess.TimeoutExpired:
            app_process.kill()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
