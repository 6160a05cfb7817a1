import subprocess
import sys

import pytest

from trustplanner.datadir import default_data_dir, resolve_data_dir

QT_LOCATION = (
    "from PySide6.QtCore import QCoreApplication, QStandardPaths\n"
    "QCoreApplication.setApplicationName('trustplanner')\n"
    "print(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation))\n"
)


@pytest.mark.skipif(sys.platform != "linux", reason="the XDG rules are Linux's")
@pytest.mark.parametrize("xdg", [None, "absolute", "relative/path"])
def test_the_default_folder_is_the_one_qt_chooses(tmp_path, monkeypatch, xdg):
    monkeypatch.setenv("HOME", str(tmp_path))
    if xdg is None:
        monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg") if xdg == "absolute" else xdg)
    from_qt = subprocess.run(
        [sys.executable, "-c", QT_LOCATION], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert str(default_data_dir()) == from_qt


def test_the_option_wins_over_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("TRUSTPLANNER_DATA_DIR", str(tmp_path / "env"))
    assert resolve_data_dir(tmp_path / "option") == tmp_path / "option"
    assert resolve_data_dir(None) == tmp_path / "env"
    monkeypatch.delenv("TRUSTPLANNER_DATA_DIR")
    assert resolve_data_dir(None) == default_data_dir()
