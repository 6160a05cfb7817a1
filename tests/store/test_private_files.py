"""The app's own files and folders are private, and no link is followed into a chmod."""

from __future__ import annotations

import os

import pytest

from trustplanner.store.private_files import private_file, private_folder


def mode(path) -> int:
    return os.stat(path).st_mode & 0o777


def test_files_and_folders_are_made_for_their_owner_only(tmp_path):
    folder = private_folder(tmp_path / "a" / "b")
    assert mode(folder) == 0o700
    made = private_file(folder / "data.db")
    assert mode(made) == 0o600
    loose = folder / "old.log"
    loose.write_text("x")
    loose.chmod(0o644)
    private_file(loose)
    assert mode(loose) == 0o600 and loose.read_text() == "x"  # kept, made private


def test_a_link_put_in_a_files_place_is_refused_not_followed(tmp_path):
    elsewhere = tmp_path / "someone elses file"
    elsewhere.write_text("theirs")
    elsewhere.chmod(0o644)
    planted = tmp_path / "trustplanner.log"
    planted.symlink_to(elsewhere)
    with pytest.raises(OSError):
        private_file(planted)
    assert mode(elsewhere) == 0o644 and elsewhere.read_text() == "theirs"


def test_the_window_keeps_its_log_and_its_place_private(qtbot, tmp_path):
    from trustplanner.store.database import open_store
    from trustplanner.ui.context import AppContext
    from trustplanner.ui.errors import setup_logging
    from trustplanner.ui.main_window import MainWindow

    data = tmp_path / "new data folder"
    log = setup_logging(data)
    assert mode(data) == 0o700 and mode(log) == 0o600
    store = open_store(data)
    try:
        window = MainWindow(AppContext(store, data))
        qtbot.addWidget(window)
        window.save_state()
        assert mode(data / "window.ini") == 0o600
    finally:
        store.close()


def test_the_usual_data_folder_found_open_to_others_is_made_private_once(tmp_path, monkeypatch):
    from trustplanner.datadir import default_data_dir
    from trustplanner.ui.errors import LOG_FILENAME, setup_logging

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    own = default_data_dir()
    own.mkdir(parents=True)
    own.chmod(0o755)
    chosen = tmp_path / "shared with my partner"
    chosen.mkdir()
    chosen.chmod(0o750)
    setup_logging(chosen)
    assert mode(chosen) == 0o750  # a folder the person chose is theirs to share
    setup_logging(own)
    setup_logging(own)
    assert mode(own) == 0o700
    said = (own / LOG_FILENAME).read_text().splitlines()
    [mended] = [line for line in said if "readable by you only" in line]  # said once
    assert "mode 755" in mended
