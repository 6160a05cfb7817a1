"""Starting quietly in the tray at login: one small writer per system.

Linux: an XDG autostart entry in $XDG_CONFIG_HOME/autostart. Windows: a value
under HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run. macOS: a
LaunchAgent plist in ~/Library/LaunchAgents. Each writes exactly one thing and
removes exactly that thing again.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path
from typing import Protocol

from trustplanner import APP_ID

RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = "Trust Planner"


def app_command(*arguments: str) -> list[str]:
    """The command that starts Trust Planner: the bundle, the installed launcher, or this
    Python with -m."""
    if getattr(sys, "frozen", False):
        return [sys.executable, *arguments]
    sandbox = os.environ.get("FLATPAK_ID")
    if sandbox:
        # Inside a Flatpak: what starts it from outside the sandbox, where the desktop
        # reads the autostart entry.
        return ["flatpak", "run", sandbox, *arguments]
    # The launcher beside this Python first: pipx puts it there, also when its bin
    # folder is not on the PATH a desktop session starts with.
    name = "trustplanner.exe" if os.name == "nt" else "trustplanner"
    beside = Path(sys.executable).with_name(name)
    launcher = str(beside) if beside.is_file() else shutil.which("trustplanner")
    if launcher:
        return [launcher, *arguments]
    return [sys.executable, "-m", "trustplanner", *arguments]


def tray_command() -> list[str]:
    """The command that starts the tray alone."""
    return app_command("--tray")


class Autostart(Protocol):
    def enable(self, command: list[str]) -> None: ...
    def disable(self) -> None: ...
    def is_enabled(self) -> bool: ...


def desktop_exec(command: list[str]) -> str:
    """Quote a command for a desktop entry's Exec key (the Desktop Entry Specification)."""
    quoted = []
    for argument in command:
        if any(c in argument for c in " \t\n\"'\\><~|&;$*?#()`"):
            escaped = "".join("\\" + c if c in '"`$\\' else c for c in argument)
            quoted.append(f'"{escaped}"')
        else:
            quoted.append(argument)
    return " ".join(quoted).replace("%", "%%")


class LinuxAutostart:
    def __init__(self, config_home: Path | None = None):
        if config_home is None:
            xdg = os.environ.get("XDG_CONFIG_HOME", "")
            config_home = Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".config"
        self.path = config_home / "autostart" / f"{APP_ID}.desktop"

    def enable(self, command: list[str]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text(
            "[Desktop Entry]\n"
            "Type=Application\n"
            "Name=Trust Planner\n"
            "Comment=Morning and evening reminders for your agreements with yourself\n"
            "Comment[nl]=Herinneringen 's ochtends en 's avonds voor je afspraken met jezelf\n"
            f"Exec={desktop_exec(command)}\n"
            f"Icon={APP_ID}\n"
            "Terminal=false\n"
            "X-GNOME-Autostart-enabled=true\n",
            encoding="utf-8",
        )

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)

    def is_enabled(self) -> bool:
        return self.path.is_file()


class Registry(Protocol):
    """The few registry calls the Windows writer needs (winreg, or a stand-in for tests)."""

    def set(self, key: str, name: str, value: str) -> None: ...
    def delete(self, key: str, name: str) -> None: ...
    def get(self, key: str, name: str) -> str | None: ...


class WinReg:
    """The current user's registry, through winreg (Windows only)."""

    def __init__(self):
        import winreg

        self._winreg = winreg

    def set(self, key: str, name: str, value: str) -> None:
        with self._winreg.CreateKey(self._winreg.HKEY_CURRENT_USER, key) as handle:
            self._winreg.SetValueEx(handle, name, 0, self._winreg.REG_SZ, value)

    def delete(self, key: str, name: str) -> None:
        try:
            with self._winreg.OpenKey(
                self._winreg.HKEY_CURRENT_USER, key, 0, self._winreg.KEY_SET_VALUE
            ) as handle:
                self._winreg.DeleteValue(handle, name)
        except FileNotFoundError:
            pass

    def get(self, key: str, name: str) -> str | None:
        try:
            with self._winreg.OpenKey(self._winreg.HKEY_CURRENT_USER, key) as handle:
                return self._winreg.QueryValueEx(handle, name)[0]
        except FileNotFoundError:
            return None


class WindowsAutostart:
    def __init__(self, registry: Registry | None = None):
        self.registry = registry or WinReg()

    def enable(self, command: list[str]) -> None:
        import subprocess  # for its Windows quoting; only needed here

        self.registry.set(RUN_KEY, RUN_VALUE, subprocess.list2cmdline(command))

    def disable(self) -> None:
        self.registry.delete(RUN_KEY, RUN_VALUE)

    def is_enabled(self) -> bool:
        return self.registry.get(RUN_KEY, RUN_VALUE) is not None


class MacAutostart:
    def __init__(self, launch_agents: Path | None = None):
        folder = launch_agents or Path.home() / "Library" / "LaunchAgents"
        self.path = folder / f"{APP_ID}.plist"

    def enable(self, command: list[str]) -> None:
        import plistlib  # only a Mac needs it; the tray elsewhere is lighter without it

        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("wb") as plist:
            plistlib.dump(
                {
                    "Label": APP_ID,
                    "ProgramArguments": command,
                    "RunAtLoad": True,
                    "ProcessType": "Interactive",
                },
                plist,
            )

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)

    def is_enabled(self) -> bool:
        return self.path.is_file()


def for_this_system() -> Autostart:
    if sys.platform == "win32":
        return WindowsAutostart()
    if sys.platform == "darwin":
        return MacAutostart()
    return LinuxAutostart()
