"""The standalone bundle: PyInstaller builds it, and it passes its own self-test."""

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _build(dist: Path) -> Path:
    spec = importlib.util.spec_from_file_location(
        "bundle_build", ROOT / "packaging" / "pyinstaller" / "build.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.build(dist)


@pytest.mark.slow
def test_the_bundle_builds_and_passes_its_self_test_on_its_own(tmp_path):
    bundle = _build(tmp_path / "dist")
    program = bundle / ("trustplanner.exe" if os.name == "nt" else "trustplanner")
    assert program.is_file()
    # Nothing of this Python to lean on: no paths, no virtual environment, no display.
    env = {
        "PATH": os.defpath,
        "HOME": str(tmp_path / "home"),
        "LC_ALL": "C.UTF-8",
        "LANGUAGE": "en",
    }
    result = subprocess.run(
        [str(program), "--self-test"], capture_output=True, text=True, env=env, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[-1] == "self-test passed"
    dutch = subprocess.run(
        [str(program), "--lang", "nl", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert dutch.stdout.splitlines()[-1] == "zelftest geslaagd", dutch.stdout + dutch.stderr
    # The bundle carries no Python of this machine and no test tools.
    internal = bundle / "_internal"
    assert not (internal / "pytest").exists() and not (internal / "hypothesis").exists()
    assert sys.executable not in program.read_bytes().decode("latin-1")
