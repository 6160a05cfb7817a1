import os
import subprocess
import sys
import textwrap

from PySide6.QtCore import QDir

from trustplanner.ui.single_instance import SingleInstance, server_name

from ..waiting import wait_for


def test_a_second_start_hands_its_wish_to_the_first(qtbot, tmp_path):
    name = server_name(tmp_path)
    first = SingleInstance(name)
    assert first.listen()
    second = SingleInstance(name)
    with qtbot.waitSignal(first.message) as received:
        assert second.hand_over("window")
    assert received.args == ["window"]
    first.server.close()


def test_nobody_to_hand_over_to(tmp_path):
    assert not SingleInstance(server_name(tmp_path / "nobody")).hand_over("window")


def test_names_differ_per_data_folder(tmp_path):
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert server_name(tmp_path / "a") == server_name(tmp_path / "a")


def test_a_socket_left_by_a_crash_is_cleaned_up(qtbot, tmp_path):
    name = server_name(tmp_path / "crashed")
    crash = textwrap.dedent(
        f"""
        import os
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtNetwork import QLocalServer
        app = QCoreApplication([])
        server = QLocalServer()
        assert server.listen({name!r})
        os._exit(0)  # gone without closing: the socket file stays behind
        """
    )
    subprocess.run([sys.executable, "-c", crash], check=True, timeout=30)
    socket_file = os.path.join(QDir.tempPath(), name)
    assert os.path.exists(socket_file)
    instance = SingleInstance(name)
    assert not instance.hand_over("window")  # nobody answers on the old socket
    assert instance.listen()
    instance.server.close()


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


def test_the_first_start_claims_without_loading_qts_network_module(tmp_path):
    # Qt's network module is loaded only to hand over, or once the window is up.
    probe = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from PySide6.QtCore import QCoreApplication
        from trustplanner.ui.single_instance import SingleInstance, server_name
        app = QCoreApplication([])
        instance = SingleInstance(server_name(Path({str(tmp_path)!r})))
        assert instance.claim()
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
    assert os.path.exists(os.path.join(QDir.tempPath(), f"{name}.lock"))
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
