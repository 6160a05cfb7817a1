"""A desktop for the benchmarks that need one: Xvfb with a real tray host, when installed.

Without Xvfb and trayer the programs run on Qt's offscreen platform instead, which
has no tray; the result says which was used.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import time
from collections.abc import Iterator


@contextlib.contextmanager
def desktop() -> Iterator[tuple[dict[str, str], str]]:
    """Yield the environment to run Qt programs in, and a word for what it is."""
    env = dict(os.environ)
    if not (shutil.which("Xvfb") and shutil.which("trayer")):
        env["QT_QPA_PLATFORM"] = "offscreen"
        yield env, "offscreen (no tray host installed)"
        return
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=[write],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    host = None
    try:
        with os.fdopen(read) as numbers:
            env["DISPLAY"] = ":" + numbers.readline().strip()
        env["QT_QPA_PLATFORM"] = "xcb"
        host = subprocess.Popen(
            ["trayer", "--edge", "top", "--widthtype", "request", "--height", "24"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(1)  # let the tray host claim the tray before anyone looks for it
        yield env, "Xvfb with trayer as the tray host"
    finally:
        for process in (host, server):
            if process is not None:
                process.terminate()
                process.wait(10)
