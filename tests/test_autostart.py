"""Each start-at-login writer writes one thing and removes exactly that again."""

import configparser
import plistlib
import shlex
import subprocess

from trustplanner.autostart import (
    APP_ID,
    RUN_KEY,
    RUN_VALUE,
    LinuxAutostart,
    MacAutostart,
    WindowsAutostart,
    desktop_exec,
    tray_command,
)

COMMAND = ["/home/an na/.local/bin/trustplanner", "--tray"]


def test_linux_writes_an_xdg_autostart_entry_and_removes_it(tmp_path):
    writer = LinuxAutostart(tmp_path)
    assert not writer.is_enabled()
    writer.enable(COMMAND)
    assert writer.path == tmp_path / "autostart" / f"{APP_ID}.desktop"
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(writer.path)
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert shlex.split(desktop["Exec"]) == COMMAND
    assert desktop["X-GNOME-Autostart-enabled"] == "true"
    assert writer.is_enabled()
    (tmp_path / "autostart" / "someone-else.desktop").write_text("[Desktop Entry]\n")
    writer.disable()
    assert not writer.is_enabled()
    assert [p.name for p in (tmp_path / "autostart").iterdir()] == ["someone-else.desktop"]
    writer.disable()  # twice is fine


def test_linux_follows_xdg_config_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    assert LinuxAutostart().path.parent == tmp_path / "cfg" / "autostart"


def testdesktop_exec_quoting_follows_the_spec():
    assert desktop_exec(["/usr/bin/trustplanner", "--tray"]) == "/usr/bin/trustplanner --tray"
    assert desktop_exec(['/a "b"/$c', "50%"]) == '"/a \\"b\\"/\\$c" 50%%'


class FakeRegistry:
    def __init__(self):
        self.values = {}

    def set(self, key, name, value):
        self.values[(key, name)] = value

    def delete(self, key, name):
        self.values.pop((key, name), None)

    def get(self, key, name):
        return self.values.get((key, name))


def test_windows_sets_a_run_value_and_removes_it():
    registry = FakeRegistry()
    registry.set(RUN_KEY, "Other app", "other.exe")
    writer = WindowsAutostart(registry)
    writer.enable(["C:\\Program Files\\Trust Planner\\trustplanner.exe", "--tray"])
    assert registry.get(RUN_KEY, RUN_VALUE) == subprocess.list2cmdline(
        ["C:\\Program Files\\Trust Planner\\trustplanner.exe", "--tray"]
    )
    assert writer.is_enabled()
    writer.disable()
    assert not writer.is_enabled()
    assert registry.values == {(RUN_KEY, "Other app"): "other.exe"}


def test_macos_writes_a_launch_agent_and_removes_it(tmp_path):
    writer = MacAutostart(tmp_path)
    writer.enable(COMMAND)
    with writer.path.open("rb") as plist:
        agent = plistlib.load(plist)
    assert agent["Label"] == APP_ID
    assert agent["ProgramArguments"] == COMMAND
    assert agent["RunAtLoad"] is True
    writer.disable()
    assert not writer.path.exists()


def test_the_tray_command_ends_with_tray():
    command = tray_command()
    assert command[-1] == "--tray"
    assert "trustplanner" in " ".join(command)


def test_inside_a_flatpak_the_tray_is_started_through_flatpak(monkeypatch):
    # The autostart entry is read outside the sandbox, where only `flatpak run` starts it.
    monkeypatch.setenv("FLATPAK_ID", "io.github.trustplanner.TrustPlanner")
    assert tray_command() == ["flatpak", "run", "io.github.trustplanner.TrustPlanner", "--tray"]
    monkeypatch.delenv("FLATPAK_ID")
    assert tray_command()[0] != "flatpak"
