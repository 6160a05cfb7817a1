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
