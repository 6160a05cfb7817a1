"""The Flatpak manifest: what it is built on, what it may do, and what it installs."""

import json
import re
import shutil
import subprocess
import tomllib
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name, parse_wheel_filename

from tests.test_desktop_entry import _tool
from trustplanner import APP_ID
from trustplanner.desktop_entry import ICON_SIZES

ROOT = Path(__file__).resolve().parents[1]
FLATPAK = ROOT / "packaging" / "flatpak"
MANIFEST = FLATPAK / f"{APP_ID}.json"
BASE_PROVIDES = {"pyside6-essentials", "shiboken6", "numpy", "pip"}


def manifest() -> dict:
    return json.loads(MANIFEST.read_text())


def module_file(name: str) -> dict:
    return json.loads((FLATPAK / name).read_text())


def wheels(module: dict) -> dict[str, list[dict]]:
    """The module's wheels by project name."""
    found: dict[str, list[dict]] = {}
    for entry in module["sources"]:
        name = parse_wheel_filename(entry["url"].rsplit("/", 1)[1])[0]
        found.setdefault(name, []).append(entry)
    return found


def test_it_is_the_app_of_the_desktop_entry_on_the_pyside_base():
    built = manifest()
    assert built["id"] == APP_ID
    assert (ROOT / "packaging" / "linux" / f"{APP_ID}.desktop").exists()
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["gui-scripts"]
    assert built["command"] in scripts
    assert (built["runtime"], built["sdk"], built["base"]) == (
        "org.kde.Platform",
        "org.kde.Sdk",
        "io.qt.PySide.BaseApp",
    )
    # The BaseApp is built for one runtime version: the two go together.
    assert built["runtime-version"] == built["base-version"]
    assert "/app/cleanup-BaseApp.sh" in built["cleanup-commands"]


def test_it_may_show_a_tray_icon_and_notifications_and_nothing_reaches_the_network():
    allowed = manifest()["finish-args"]
    assert "--talk-name=org.kde.StatusNotifierWatcher" in allowed  # the tray
    assert "--talk-name=org.freedesktop.Notifications" in allowed  # the nudges
    assert "--socket=wayland" in allowed and "--socket=fallback-x11" in allowed
    assert "--filesystem=xdg-config/autostart:create" in allowed  # start at login
    assert not any("network" in arg for arg in allowed)
    assert not any(arg.startswith("--filesystem=") and "autostart" not in arg for arg in allowed)


def test_every_wheel_is_pinned_to_pypi_by_its_hash():
    for name in ("python3-dependencies.json", "python3-build-tools.json"):
        assert name in manifest()["modules"]
        module = module_file(name)
        for entry in module["sources"]:
            assert entry["type"] == "file"
            assert entry["url"].startswith("https://files.pythonhosted.org/packages/"), entry
            assert re.fullmatch(r"[0-9a-f]{64}", entry["sha256"]), entry
        for project, entries in wheels(module).items():
            if len(entries) == 1:  # pure Python: one wheel for every computer
                assert "only-arches" not in entries[0]
                assert {
                    t.platform for t in parse_wheel_filename(entries[0]["url"].rsplit("/", 1)[1])[3]
                } == {"any"}
                continue
            arches = sorted(arch for e in entries for arch in e["only-arches"])
            assert arches == ["aarch64", "x86_64"], project
            for entry in entries:
                tags = parse_wheel_filename(entry["url"].rsplit("/", 1)[1])[3]
                # The KDE runtime's Python, 3.12 for org.kde.Platform 6.9.
                assert {t.interpreter for t in tags} == {"cp312"}, entry["url"]


def test_the_build_tools_are_not_kept_in_the_app():
    modules = manifest()["modules"]
    tools = module_file("python3-build-tools.json")
    assert tools["cleanup"] == ["*"]
    assert "hatchling" in wheels(tools)
    # The dependencies come first: the build tools lean on their packaging and pluggy.
    assert modules.index("python3-dependencies.json") < modules.index("python3-build-tools.json")


def test_the_dependencies_are_all_there_in_versions_trustplanner_accepts():
    pinned = {
        name: parse_wheel_filename(entries[0]["url"].rsplit("/", 1)[1])[1]
        for name, entries in wheels(module_file("python3-dependencies.json")).items()
    }
    wanted = [
        Requirement(line)
        for line in tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    ]
    seen = set()
    while wanted:
        requirement = wanted.pop()
        name = canonicalize_name(requirement.name)
        if requirement.marker is not None and not requirement.marker.evaluate(
            {"python_version": "3.12", "extra": ""}
        ):
            continue
        if name in BASE_PROVIDES or name in seen:
            continue
        seen.add(name)
        assert name in pinned, f"{name} is missing from the Flatpak's dependencies"
        assert requirement.specifier.contains(pinned[name], prereleases=True), (name, pinned[name])
        wanted += [Requirement(line) for line in metadata.requires(name) or []]
    assert seen == set(pinned)  # and nothing that nobody needs


def test_it_installs_the_entry_the_appstream_file_and_every_icon():
    app = manifest()["modules"][-1]
    commands = "\n".join(app["build-commands"]).replace("${FLATPAK_ID}", APP_ID)
    assert "pip3 install" in commands and "--no-index" in commands
    for source in (
        f"packaging/linux/{APP_ID}.desktop",
        f"packaging/linux/{APP_ID}.metainfo.xml",
        "resources/icons/trustplanner.svg",
    ):
        assert source in commands
        assert (ROOT / source).exists()
    assert f"share/applications/{APP_ID}.desktop" in commands
    assert f"share/metainfo/{APP_ID}.metainfo.xml" in commands
    sizes = re.search(r"for size in ([\d ]+);", commands).group(1).split()
    assert sorted(map(int, sizes)) == sorted(ICON_SIZES)
    for size in sizes:
        assert (ROOT / "resources" / "icons" / "app" / f"trustplanner-{size}.png").exists()
    assert f"share/icons/hicolor/${{size}}x${{size}}/apps/{APP_ID}.png" in commands
    [source] = app["sources"]
    assert (MANIFEST.parent / source["path"]).resolve() == ROOT


def test_flatpak_builder_reads_the_manifest_without_a_complaint(tmp_path):
    builder = _tool("flatpak-builder")
    for name in ("python3-dependencies.json", "python3-build-tools.json", MANIFEST.name):
        shutil.copy(FLATPAK / name, tmp_path / name)
    shown = subprocess.run(
        [builder, "--show-manifest", str(tmp_path / MANIFEST.name)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert shown.returncode == 0, shown.stderr
    # Unknown keys and wrong types are only warned about: they count as failures here.
    assert "WARNING" not in shown.stderr, shown.stderr
    assert json.loads(shown.stdout)["id"] == APP_ID
