"""The Qt binding keeps Python's reference counts right: the tray runs for days."""

import sys

import pytest
from PySide6.QtCore import QTimer


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_calls_that_return_nothing_leave_none_alive(qapp):
    # PySide6 6.12.0 took a reference to None from every such call: after some tens of
    # thousands of calls (a few days of a tray checking the clock) Python aborted.
    timer = QTimer()
    before = sys.getrefcount(None)
    for _ in range(200):
        timer.start(1000)
        timer.stop()
        qapp.processEvents()
    assert sys.getrefcount(None) >= before - 50  # other objects may let go of a few
