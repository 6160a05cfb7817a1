"""A virtual X server of its own for tests that need a real display (Xvfb)."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator

import pytest

NEEDED = ("Xvfb", "trayer", "xwininfo", "xdotool")


def require_tools() -> None:
    """Skip when the X tools are missing, except where CI promised them (it installs them)."""
    missing = [tool for tool in NEEDED if shutil.which(tool) is None]
    if missing:
        if os.environ.get("TRUSTPLANNER_REQUIRE_X"):
            pytest.fail(f"missing X tools: {', '.join(missing)} (.ci/run installs them)")
        pytest.skip(f"needs {', '.join(missing)}")


@contextlib.contextmanager
def xvfb() -> Iterator[str]:
    """Start Xvfb on a free display; yield the DISPLAY value."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1024x768x24", "-nolisten", "tcp"],
        pass_fds=[write],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as numbers:
            display = ":" + numbers.readline().strip()
        yield display
    finally:
        server.terminate()
        server.wait(10)
