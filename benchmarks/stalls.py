"""What a person feels as a stall: the longest time the window's thread went without
running a 5 ms timer, and what was being done then."""

from __future__ import annotations


class StallWatch:
    """Beats every 5 ms on the window's thread while started; `longest_ms` is the longest
    gap between two beats, `worst` what `doing` said during it."""

    def __init__(self) -> None:
        from PySide6.QtCore import QElapsedTimer, QTimer

        self.doing = ""
        self.worst = ""
        self.longest_ms = 0
        self._clock = QElapsedTimer()
        self._last = 0
        self._heart = QTimer()
        self._heart.setInterval(5)
        self._heart.timeout.connect(self._beat)

    def start(self) -> None:
        self._clock.start()
        self._last = self._clock.elapsed()
        self._heart.start()

    def stop(self) -> None:
        self._heart.stop()

    def _beat(self) -> None:
        now = self._clock.elapsed()
        if now - self._last > self.longest_ms:
            self.longest_ms, self.worst = now - self._last, self.doing
        self._last = now


def until(condition, what: str, limit_ms: int = 600_000) -> None:
    """Let the window's event loop run until `condition()` holds; a round that never
    gets there stops, saying `what` did not happen."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    loop = QEventLoop()
    waited = QElapsedTimer()
    waited.start()
    while not condition():
        if waited.elapsed() > limit_ms:
            raise SystemExit(f"{what} did not happen")
        QTimer.singleShot(10, loop.quit)
        loop.exec()
