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
    if sys.platform.startswith("linux"):
        # Every library it loads is its own or the system's, never a Python installed here.
        outside = _libraries_outside(bundle, [program, *internal.rglob("*.so*")])
        assert not [lib for lib in outside if "python" in Path(lib).name.lower()], outside


def _libraries_outside(bundle: Path, files: list[Path]) -> set[str]:
    found = set()
    for file in files:
        linked = subprocess.run(["ldd", str(file)], capture_output=True, text=True)
        for line in linked.stdout.splitlines():
            if "=>" in line and "/" in line.split("=>", 1)[1]:
                path = line.split("=>", 1)[1].split("(")[0].strip()
                if not Path(path).resolve().is_relative_to(bundle.resolve()):
                    found.add(path)
    return found


class _Recorder:
    """Stands in for PyInstaller's Analysis, PYZ, EXE, COLLECT and BUNDLE."""

    def __init__(self, calls: list, kind: str):
        self.calls, self.kind = calls, kind

    def __call__(self, *args, **kwargs):
        self.calls.append((self.kind, args, kwargs))
        return type(self.kind, (), {"binaries": [], "pure": [], "scripts": [], "datas": []})()


def _read_spec(platform: str, monkeypatch) -> dict[str, dict]:
    calls: list = []
    names = {k: _Recorder(calls, k) for k in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}
    spec = ROOT / "packaging" / "pyinstaller" / "trustplanner.spec"
    monkeypatch.setattr(sys, "platform", platform)
    exec(compile(spec.read_text(), str(spec), "exec"), {**names, "SPECPATH": str(spec.parent)})
    return {kind: kwargs for kind, _args, kwargs in calls}


@pytest.mark.parametrize("platform", ["linux", "win32", "darwin"])
def test_the_spec_makes_a_windowed_program_with_its_icon(platform, monkeypatch):
    made = _read_spec(platform, monkeypatch)
    assert made["EXE"]["console"] is False
    if platform == "linux":
        assert made["EXE"]["icon"] is None  # the desktop entry names the icon there
        assert "BUNDLE" not in made
        return
    icon = Path(made["EXE"]["icon"])
    assert icon.is_file() and icon.parent == ROOT / "resources" / "icons" / "app"
    if platform == "win32":
        assert "BUNDLE" not in made
        return
    app = made["BUNDLE"]
    assert app["name"] == "Trust Planner.app"
    assert app["bundle_identifier"] == "io.github.trustplanner.TrustPlanner"
    assert app["icon"] == made["EXE"]["icon"] and icon.name == "trustplanner-512.png"
    plist = app["info_plist"]
    assert plist["CFBundleShortVersionString"] == app["version"]
    assert plist["CFBundleLocalizations"] == ["en", "nl"]
    assert plist["NSHighResolutionCapable"] is True


def test_the_spec_signs_on_macos_only_with_a_named_identity(monkeypatch):
    monkeypatch.delenv("TRUSTPLANNER_CODESIGN_IDENTITY", raising=False)
    assert _read_spec("darwin", monkeypatch)["EXE"]["codesign_identity"] is None
    monkeypatch.setenv("TRUSTPLANNER_CODESIGN_IDENTITY", "Developer ID Application: Someone")
    assert (
        _read_spec("darwin", monkeypatch)["EXE"]["codesign_identity"]
        == "Developer ID Application: Someone"
    )
