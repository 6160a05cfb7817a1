"""Two Syncthing instances on loopback, introduced to each other, sharing one folder:
the real thing a person would use to keep Trust Planner's sync folder in step. No
relays, no discovery, no usage reports: nothing leaves the machine."""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

FOLDER_ID = "trustplanner"


def require_syncthing() -> None:
    if shutil.which("syncthing") is None:
        if os.environ.get("TRUSTPLANNER_REQUIRE_TOOLS"):
            pytest.fail("missing syncthing (.ci/run installs it)")
        pytest.skip("needs syncthing")


_ports = random.Random(os.getpid())


def _free_port() -> int:
    """A port on loopback that is very likely free. Not by binding one to ask: the tests'
    network guard holds this process to no sockets at all."""
    return _ports.randrange(40_000, 60_000)


def _device_id(home: Path) -> str:
    subprocess.run(
        ["syncthing", "generate", f"--home={home}", "--no-default-folder"],
        check=True,
        capture_output=True,
    )
    done = subprocess.run(
        ["syncthing", f"--home={home}", "--device-id"], check=True, capture_output=True, text=True
    )
    return done.stdout.strip().splitlines()[-1]


def _config(me: str, other: str, folder: Path, port: int, other_port: int) -> str:
    return f"""<configuration version="36">
    <folder id="{FOLDER_ID}" label="{FOLDER_ID}" path="{folder}" type="sendreceive"
            rescanIntervalS="2" fsWatcherEnabled="true" fsWatcherDelayS="1">
        <device id="{me}"></device>
        <device id="{other}"></device>
    </folder>
    <device id="{me}" name="me"><address>dynamic</address></device>
    <device id="{other}" name="other"><address>tcp://127.0.0.1:{other_port}</address></device>
    <gui enabled="false"><address>127.0.0.1:{_free_port()}</address></gui>
    <options>
        <listenAddress>tcp://127.0.0.1:{port}</listenAddress>
        <globalAnnounceEnabled>false</globalAnnounceEnabled>
        <localAnnounceEnabled>false</localAnnounceEnabled>
        <relaysEnabled>false</relaysEnabled>
        <natEnabled>false</natEnabled>
        <urAccepted>-1</urAccepted>
        <crashReportingEnabled>false</crashReportingEnabled>
        <startBrowser>false</startBrowser>
        <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
        <reconnectionIntervalS>1</reconnectionIntervalS>
    </options>
</configuration>
"""


@contextlib.contextmanager
def two_syncthings(base: Path) -> Iterator[tuple[Path, Path]]:
    """Start two Syncthing instances that keep `base/one/Sync` and `base/two/Sync` in
    step; yield the two folders; stop both at the end."""
    homes = [base / "one" / "syncthing", base / "two" / "syncthing"]
    folders = [base / "one" / "Sync", base / "two" / "Sync"]
    ids = [_device_id(home) for home in homes]
    ports = [_free_port(), _free_port()]
    for folder in folders:
        (folder / ".stfolder").mkdir(parents=True)
    for n in (0, 1):
        other = 1 - n
        (homes[n] / "config.xml").write_text(
            _config(ids[n], ids[other], folders[n], ports[n], ports[other])
        )
    env = {**os.environ, "STNOUPGRADE": "1", "STNORESTART": "1"}
    running = [
        subprocess.Popen(
            ["syncthing", "serve", f"--home={home}", "--no-browser", "--no-restart"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for home in homes
    ]
    try:
        yield folders[0], folders[1]
    finally:
        for process in running:
            process.terminate()
        for process in running:
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
