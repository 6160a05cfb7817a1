"""One running Trust Planner per person and data folder: a second start hands over and exits."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCryptographicHash, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

TIMEOUT_MS = 1000


def _short_hash(text: str, length: int) -> str:
    # Qt's hash rather than hashlib: that would load OpenSSL, megabytes, into the tray.
    digest = QCryptographicHash.hash(text.encode(), QCryptographicHash.Algorithm.Sha1)
    return bytes(digest.toHex()).decode()[:length]


def _user() -> str:
    if hasattr(os, "getuid"):
        return str(os.getuid())
    return os.environ.get("USERNAME", "") + os.environ.get("USERDOMAIN", "")


def server_name(data_dir: Path) -> str:
    """A name per user and data folder, so that a demo folder can run beside the real one."""
    folder = _short_hash(str(data_dir.resolve()), 10)
    return f"trustplanner-{_short_hash(_user(), 8)}-{folder}"


class SingleInstance(QObject):
    """The first instance listens; later ones pass their wish ("window" or "tray") to it."""

    message = Signal(str)

    def __init__(self, name: str, parent: QObject | None = None):
        super().__init__(parent)
        self.name = name
        self.server: QLocalServer | None = None

    def hand_over(self, wish: str) -> bool:
        """Pass `wish` to a running instance; False when none is running."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(TIMEOUT_MS):
            return False
        socket.write(wish.encode() + b"\n")
        socket.waitForBytesWritten(TIMEOUT_MS)
        socket.disconnectFromServer()
        return True

    def listen(self) -> bool:
        """Become the running instance. A socket left behind by a crash is removed first."""
        QLocalServer.removeServer(self.name)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._on_connection)
        return self.server.listen(self.name)

    def _on_connection(self) -> None:
        # The second start writes one short line right after connecting: read it at once
        # and let the socket go, so that nothing refers to it afterwards.
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            if socket.waitForReadyRead(TIMEOUT_MS) or socket.bytesAvailable():
                wish = bytes(socket.readLine()).decode(errors="replace").strip()
                if wish in ("window", "tray"):
                    self.message.emit(wish)
            socket.disconnectFromServer()
            socket.deleteLater()
