import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from trustplanner.ui.single_instance import SingleInstance, server_name

from ..waiting import wait_for


def test_a_second_start_hands_its_wish_to_the_first(qtbot, tmp_path):
    name = server_name(tmp_path)
    first = SingleInstance(name)
    assert first.claim() and first.listen()
    second = SingleInstance(name)
    assert not second.claim()
    with qtbot.waitSignal(first.message) as received:
        assert second.hand_over("window")
    assert received.args == ["window"]
    # The wish is taken: nothing stays in the folder.
    qtbot.waitUntil(lambda: not list(Path(name).iterdir()))
    first.release()
    assert not os.path.exists(name) and not os.path.exists(f"{name}.lock")


def test_nobody_to_hand_over_to(tmp_path):
    assert not SingleInstance(server_name(tmp_path / "nobody")).hand_over("window")


def test_a_wish_that_is_not_one_is_dropped_unread(qtbot, tmp_path):
    name = server_name(tmp_path)
    first = SingleInstance(name)
    assert first.listen()
    heard = []
    first.message.connect(heard.append)
    assert SingleInstance(name).hand_over("rm -rf /")
    assert SingleInstance(name).hand_over("tray")
    qtbot.waitUntil(lambda: heard == ["tray"])
    qtbot.waitUntil(lambda: not list(Path(name).iterdir()))
    first.release()


def test_names_differ_per_data_folder(tmp_path):
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert server_name(tmp_path / "a") == server_name(tmp_path / "a")


def test_what_a_crash_left_is_taken_over_and_an_old_wish_not_acted_on(qtbot, tmp_path):
    name = server_name(tmp_path / "crashed")
    crash = _instance(
        name,
        """
        assert instance.claim() and instance.listen()
        os._exit(0)  # gone without letting go: the lock and the folder stay behind
        """,
    )
    assert crash.wait(30) == 0
    assert os.path.isdir(name) and os.path.exists(f"{name}.lock")
    # A wish left for it long ago, that it never took.
    old = Path(name) / "0123456789abcdef.wish"
    old.write_text("window\n")
    os.utime(old, (time.time() - 3600, time.time() - 3600))
    instance = SingleInstance(name)
    assert instance.claim()
    heard = []
    instance.message.connect(heard.append)
    assert instance.listen()
    assert not old.exists() and heard == []
    assert SingleInstance(name).hand_over("window")
    qtbot.waitUntil(lambda: heard == ["window"])
    instance.release()


def test_a_second_launch_shows_the_running_window_and_exits(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    first = subprocess.Popen(
        [sys.executable, "-m", "trustplanner", "--tray", "--data-dir", str(tmp_path)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    log = tmp_path / "trustplanner.log"

    def logged(words: str) -> bool:
        assert first.poll() is None, "the first instance stopped"
        return log.exists() and words in log.read_text()

    try:
        wait_for(lambda: logged("started"), 30, "the first instance")
        second = subprocess.run(
            [sys.executable, "-m", "trustplanner", "--data-dir", str(tmp_path)],
            env=env,
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert second.returncode == 0, second.stderr
        wait_for(lambda: logged("handed over"), 15, "the hand-over")
        assert first.poll() is None  # the first one keeps running
    finally:
        first.terminate()
        first.wait(10)


def test_neither_start_loads_qts_network_module(tmp_path):
    # Listening and handing over need only QtCore: the network module would cost the
    # tray some three megabytes all day.
    probe = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from PySide6.QtCore import QCoreApplication
        from trustplanner.ui.single_instance import SingleInstance, server_name
        app = QCoreApplication([])
        name = server_name(Path({str(tmp_path)!r}))
        instance = SingleInstance(name)
        assert instance.claim() and instance.listen()
        assert SingleInstance(name).hand_over("window")
        app.processEvents()
        instance.release()
        print("PySide6.QtNetwork" in sys.modules)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=30, check=True
    )
    assert done.stdout.split() == ["False"]


def _instance(name: str, then: str, **popen) -> subprocess.Popen:
    """Another process that makes the instance called `name` and runs `then` (with `app`
    and `instance` defined)."""
    script = textwrap.dedent(
        f"""
        import os, sys
        from PySide6.QtCore import QCoreApplication, QTimer
        from trustplanner.ui.single_instance import SingleInstance
        app = QCoreApplication([])
        instance = SingleInstance({name!r})
        """
    ) + textwrap.dedent(then)
    return subprocess.Popen([sys.executable, "-c", script], text=True, **popen)


def test_a_lock_left_by_a_crash_is_taken_over(tmp_path):
    name = server_name(tmp_path / "crashed")
    crash = _instance(
        name,
        """
        assert instance.claim()
        os._exit(0)  # gone without unlocking: the lock file stays behind
        """,
    )
    assert crash.wait(30) == 0
    assert os.path.exists(f"{name}.lock")
    instance = SingleInstance(name)
    assert instance.claim()
    instance.release()


def test_a_lock_held_by_a_running_instance_is_not_taken(tmp_path):
    name = server_name(tmp_path / "running")
    holder = _instance(
        name,
        """
        print(instance.claim(), flush=True)
        sys.stdin.read()
        """,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    try:
        assert holder.stdout.readline().strip() == "True"
        assert not SingleInstance(name).claim()
    finally:
        holder.communicate("", timeout=30)
    later = SingleInstance(name)
    assert later.claim()  # let go when that instance ended
    later.release()


def test_a_later_start_waits_for_the_first_to_listen(tmp_path):
    # The first start listens only a moment after its window is up: a start in that
    # moment must wait for it rather than open a second app.
    name = server_name(tmp_path / "starting")
    first = _instance(
        name,
        """
        assert instance.claim()
        print("claimed", flush=True)
        instance.message.connect(lambda wish: (print(wish, flush=True), app.quit()))
        QTimer.singleShot(1500, instance.listen)
        app.exec()
        """,
        stdout=subprocess.PIPE,
    )
    try:
        assert first.stdout.readline().strip() == "claimed"
        later = SingleInstance(name)
        assert not later.claim()
        assert not later.hand_over("window")  # not listening yet, and not waited for
        assert later.hand_over("window", 20_000)
        assert first.stdout.readline().strip() == "window"
        assert first.wait(30) == 0
    finally:
        if first.poll() is None:
            first.kill()
            first.wait(10)
        first.stdout.close()


def test_the_handover_lives_in_a_folder_only_the_person_can_enter(tmp_path, monkeypatch):
    from trustplanner.ui.single_instance import handover_folder

    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    data = tmp_path / "data"
    assert server_name(data).startswith(str(runtime / "trustplanner") + os.sep)
    assert os.stat(runtime / "trustplanner").st_mode & 0o777 == 0o700
    # A runtime folder others may write in is no private place: the data folder is.
    runtime.chmod(0o777)
    assert handover_folder(data) == data
    assert os.stat(data).st_mode & 0o777 == 0o700
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    assert server_name(data).startswith(str(data) + os.sep)


def test_a_strangers_folder_is_told_nothing_and_the_app_starts_normally(tmp_path):
    import shutil

    if os.getuid() != 0 or shutil.which("setpriv") is None:
        if os.environ.get("TRUSTPLANNER_REQUIRE_TOOLS"):
            raise AssertionError("CI runs this as root, with setpriv (util-linux)")
        import pytest

        pytest.skip("needs root and setpriv to be another person")
    import tempfile

    # A folder anyone may put a file in, as the shared temporary folder is (pytest's
    # own folders are closed to other people).
    shared = Path(tempfile.mkdtemp(prefix="trustplanner-shared-", dir="/tmp"))
    shared.chmod(0o777)
    path = shared / "trustplanner-stranger"
    # Another person makes a wishes folder at the name first, open for anyone to write.
    subprocess.run(
        [
            "setpriv",
            "--reuid=65534",
            "--regid=65534",
            "--clear-groups",
            sys.executable,
            "-c",
            f"import os; os.mkdir({str(path)!r}); os.chmod({str(path)!r}, 0o777)",
        ],
        check=True,
        timeout=30,
    )
    try:
        assert os.stat(path).st_uid == 65534
        assert not SingleInstance(str(path)).hand_over("window")
        assert list(path.iterdir()) == []  # told nothing
        # Nor does this person listen there: the app starts without the handover.
        assert not SingleInstance(str(path)).listen()
    finally:
        shutil.rmtree(shared, ignore_errors=True)


def test_a_signal_ends_the_app_as_quit_does_and_leaves_nothing_behind(tmp_path):
    import signal

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("XDG_RUNTIME_DIR", None)
    running = subprocess.Popen(
        [sys.executable, "-m", "trustplanner", "--tray", "--data-dir", str(tmp_path)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    name = server_name(tmp_path)
    try:
        wait_for(lambda: os.path.isdir(name), 30, "the running app to listen")
        assert os.path.exists(f"{name}.lock")
        running.send_signal(signal.SIGTERM)
        assert running.wait(30) == 0
    finally:
        if running.poll() is None:
            running.kill()
            running.wait(10)
    assert not os.path.exists(name) and not os.path.exists(f"{name}.lock")
    # And the store is sound, with nothing half written.
    import sqlite3

    with sqlite3.connect(tmp_path / "trustplanner.db") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()


def test_where_no_folder_can_be_made_it_does_not_listen_and_says_nothing(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    instance = SingleInstance(str(blocked / "inside" / "trustplanner-x"))
    assert not instance.listen()
    assert not instance.listening


def test_where_the_folder_cannot_be_watched_it_is_looked_at_every_second(qtbot, tmp_path):
    from unittest import mock

    from PySide6.QtCore import QFileSystemWatcher

    name = server_name(tmp_path)
    first = SingleInstance(name)
    with mock.patch.object(QFileSystemWatcher, "directories", return_value=[]):
        assert first.listen()
    heard = []
    first.message.connect(heard.append)
    first._watcher.blockSignals(True)  # as if no change were ever told
    assert SingleInstance(name).hand_over("window")
    qtbot.waitUntil(lambda: heard == ["window"], timeout=5000)
    first.release()
