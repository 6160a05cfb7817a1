"""The wheel carries the resources, and the helper finds them outside the checkout."""

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from trustplanner.resources import resource_path, resources_dir

ROOT = Path(__file__).resolve().parents[1]


def test_resources_are_found_in_the_checkout():
    assert resource_path("icons", "trustplanner.svg").is_file()
    assert resource_path("translations", "trustplanner_en.qm").is_file()
    assert resource_path("translations", "trustplanner_nl.qm").is_file()
    with pytest.raises(FileNotFoundError):
        resource_path("icons", "missing.svg")


def test_a_frozen_bundle_is_looked_in_first(tmp_path, monkeypatch):
    bundled = tmp_path / "trustplanner" / "resources"
    bundled.mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    resources_dir.cache_clear()
    try:
        assert resources_dir() == bundled
    finally:
        resources_dir.cache_clear()


@pytest.mark.slow
def test_the_wheel_ships_the_resources_and_they_are_found_from_it(tmp_path):
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--quiet",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        timeout=300,
    )
    [wheel] = tmp_path.glob("trustplanner-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        assert "trustplanner/resources/icons/trustplanner.svg" in names
        assert "trustplanner/resources/translations/trustplanner_en.qm" in names
        assert "trustplanner/resources/translations/trustplanner_nl.qm" in names
        assert "trustplanner/resources/icons/app/trustplanner-512.png" in names
        assert "trustplanner/resources/linux/io.github.trustplanner.TrustPlanner.desktop" in names
        [entry_points] = [name for name in names if name.endswith(".dist-info/entry_points.txt")]
        # A GUI script: on Windows the launcher opens no console window.
        assert (
            "[gui_scripts]\ntrustplanner = trustplanner.commands.main:main"
            in archive.read(entry_points).decode()
        )
        installed = tmp_path / "site"
        archive.extractall(installed)
    code = (
        "from trustplanner.resources import resource_path\n"
        "print(resource_path('icons', 'trustplanner.svg'))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(installed), "PYTHONSAFEPATH": "1"},
        check=True,
    )
    assert (
        Path(result.stdout.strip())
        == installed / "trustplanner" / "resources" / "icons" / "trustplanner.svg"
    )


@pytest.mark.slow
def test_pipx_installs_a_command_that_works_and_finds_itself_from_the_menu(tmp_path):
    """`pipx install .`, as a person does it: the command passes its self-test, and the
    menu entry it installs starts the launcher in pipx's own environment."""
    tools = tmp_path / "tools"
    subprocess.run([sys.executable, "-m", "venv", str(tools)], check=True)
    tool_python = tools / ("Scripts" if os.name == "nt" else "bin") / "python"
    subprocess.run([str(tool_python), "-m", "pip", "install", "-q", "pipx"], check=True)
    env = {
        **os.environ,
        "PIPX_HOME": str(tmp_path / "pipx"),
        "PIPX_BIN_DIR": str(tmp_path / "bin"),
        "XDG_DATA_HOME": str(tmp_path / "share"),
    }
    subprocess.run(
        [str(tool_python), "-m", "pipx", "install", str(ROOT)],
        check=True,
        env=env,
        capture_output=True,
        timeout=600,
    )
    command = tmp_path / "bin" / "trustplanner"
    checked = subprocess.run(
        [str(command), "--self-test"],
        capture_output=True,
        text=True,
        env={**env, "DISPLAY": "", "QT_QPA_PLATFORM": ""},
        timeout=300,
    )
    assert checked.stdout.splitlines()[-1] == "self-test passed", checked.stdout + checked.stderr
    subprocess.run([str(command), "install-desktop-entry"], check=True, env=env)
    entry = tmp_path / "share" / "applications" / "io.github.trustplanner.TrustPlanner.desktop"
    exec_line = next(line for line in entry.read_text().splitlines() if line.startswith("Exec="))
    launcher = tmp_path / "pipx" / "venvs" / "trustplanner" / "bin" / "trustplanner"
    assert exec_line == f"Exec={launcher}"
