"""The desktop entry, the AppStream file and the icons; and installing them for one person."""

import os
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.commands.test_cli import run
from trustplanner.autostart import APP_ID
from trustplanner.desktop_entry import ICON_SIZES

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        if os.environ.get("TRUSTPLANNER_REQUIRE_TOOLS"):
            pytest.fail(f"{name} is needed here (.ci/run installs it)")
        pytest.skip(f"{name} is not installed (Debian: desktop-file-utils, appstream)")
    return found


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", header[16:24])


def test_the_desktop_entry_is_valid():
    result = subprocess.run(
        [_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True
    )
    assert result.returncode == 0 and result.stdout == "", result.stdout


def test_the_appstream_file_is_valid_and_names_the_entry():
    result = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == DESKTOP.name
    assert component.find("content_rating").get("type") == "oars-1.1"
    assert component.find("releases/release").get("version")
    for screenshot in component.iter("image"):
        name = screenshot.text.rsplit("/", 1)[1]
        assert (ROOT / "docs" / "screenshots" / name).is_file(), name


def test_the_app_icon_is_there_at_every_size():
    for size in ICON_SIZES:
        assert _png_size(ROOT / "resources" / "icons" / "app" / f"trustplanner-{size}.png") == (
            size,
            size,
        )


def test_install_writes_the_entry_and_icons_and_uninstall_removes_only_those(tmp_path):
    home = tmp_path / "share"
    mine = home / "applications" / "another.desktop"
    mine.parent.mkdir(parents=True)
    mine.write_text("[Desktop Entry]\nName=Another\n")
    env = {"XDG_DATA_HOME": str(home)}

    result = run("install-desktop-entry", env=env)
    assert result.returncode == 0, result.stderr
    assert f"{len(ICON_SIZES) + 2} files written to {home}" in result.stdout
    entry = home / "applications" / f"{APP_ID}.desktop"
    exec_line = next(line for line in entry.read_text().splitlines() if line.startswith("Exec="))
    assert "trustplanner" in exec_line and not exec_line.endswith("Exec=trustplanner")
    for size in ICON_SIZES:
        icon = home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert _png_size(icon) == (size, size)
    assert (home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    if shutil.which("desktop-file-validate"):
        assert subprocess.run(["desktop-file-validate", str(entry)]).returncode == 0

    removed = run("install-desktop-entry", "--uninstall", env=env)
    assert removed.returncode == 0, removed.stderr
    assert sorted(p.relative_to(home) for p in home.rglob("*") if p.is_file()) == [
        Path("applications") / "another.desktop"
    ]
    again = run("install-desktop-entry", "--uninstall", env=env)
    assert again.returncode == 0 and "was not in the menu" in again.stdout
