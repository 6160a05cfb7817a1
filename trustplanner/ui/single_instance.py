"""One running Trust Planner per person and data folder: a second start hands over and exits.

The first start takes a lock file, which needs nothing more than QtCore, and listens
for later starts only once its window is up: Qt's network module costs time that a
person waiting for the window would feel. A later start finds the lock taken and
only then loads the network module to hand over.

The lock and the socket live in a folder only the person can enter (their runtime
folder, else their data folder), never in the shared temporary folder: there another
account could take the names first, keep the app from opening and receive the
handover. Before handing over, a later start also checks that the other end belongs
to the same person.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCryptographicHash, QDir, QLockFile, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

TIMEOUT_MS = 1000
# How long a later start waits for the running one to listen: it starts to listen a
# moment after its window is shown, which takes longer on a slow computer.
HAND_OVER_WAIT_MS = 8000


def _short_hash(text: str, length: int) -> str:
    # Qt's hash rather than hashlib: that would load OpenSSL, megabytes, into the tray.
    digest = QCryptographicHash.hash(text.encode(), QCryptographicHash.Algorithm.Sha1)
    return bytes(digest.toHex()).decode()[:length]


def _user() -> str:
    if hasattr(os, "getuid"):
        return str(os.getuid())
    return os.environ.get("USERNAME", "") + os.environ.get("USERDOMAIN", "")


def _private(folder: Path) -> bool:
    """A real folder (not a link) of this person that no one else can write in."""
    try:
        found = os.lstat(folder)
    except OSError:
        return False
    return (
        stat.S_ISDIR(found.st_mode)
        and found.st_uid == os.getuid()
        and not found.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
    )


def handover_folder(data_dir: Path) -> Path:
    """Where the lock and the socket live: a folder only this person can enter."""
    if not hasattr(os, "getuid"):
        return Path(QDir.tempPath())  # on Windows, the temporary folder is per person
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and _private(Path(runtime)):
        folder = Path(runtime) / "trustplanner"
        with contextlib.suppress(FileExistsError):
            os.mkdir(folder, 0o700)
        if _private(folder):
            return folder
    from trustplanner.store.private_files import private_folder

    try:
        return private_folder(data_dir)  # made on the first start, as the store would
    except OSError:
        return data_dir  # no folder there: the start tells the person, kindly


def server_name(data_dir: Path) -> str:
    """The socket's path, per person and data folder (a demo folder can run beside the
    real one); the lock is beside it."""
    folder = _short_hash(str(data_dir.resolve()), 10)
    return str(handover_folder(data_dir) / f"trustplanner-{_short_hash(_user(), 8)}-{folder}")


def same_person(socket) -> bool:
    """Whether the running instance at the other end of `socket` is this person's: the
    socket file (not a link to one) is theirs. In the private folder no one else can put
    one; this holds also where the folder is the data folder someone chose."""
    if not hasattr(os, "getuid"):
        return True
    try:
        return os.lstat(socket.fullServerName()).st_uid == os.getuid()
    except OSError:
        return False


class SingleInstance(QObject):
    """The first instance listens; later ones pass their wish ("window" or "tray") to it."""

    message = Signal(str)

    def __init__(self, name: str, parent: QObject | None = None):
        super().__init__(parent)
        self.name = name
        self.server: QLocalServer | None = None
        self._lock = QLockFile(f"{name}.lock")
        # Never judged stale by its age, as the running app holds it all day; a lock
        # left by a program that is gone is still taken over.
        self._lock.setStaleLockTime(0)

    def claim(self) -> bool:
        """True when this is the only instance: the lock was free, or left by a crash."""
        return self._lock.tryLock(0)

    def release(self) -> None:
        """Let go of the lock and the socket: nothing is left behind."""
        if self.server is not None:
            self.server.close()  # removes the socket file
        self._lock.unlock()

    def hand_over(self, wish: str, wait_ms: int = 0) -> bool:
        """Pass `wish` to a running instance, waiting up to `wait_ms` for it to listen;
        False when none answers."""
        # Only a later start hands over: the first one does not make these types.
        from PySide6.QtCore import QDeadlineTimer, QThread
        from PySide6.QtNetwork import QLocalSocket

        deadline = QDeadlineTimer(wait_ms)
        while True:
            socket = QLocalSocket()
            socket.connectToServer(self.name)
            if socket.waitForConnected(TIMEOUT_MS):
                if not same_person(socket):
                    socket.abort()  # a stranger's: tell it nothing, and start normally
                    return False
                break
            if deadline.hasExpired():
                return False
            QThread.msleep(50)
        socket.write(wish.encode() + b"\n")
        socket.waitForBytesWritten(TIMEOUT_MS)
        socket.disconnectFromServer()
        return True

    def listen(self) -> bool:
        """Become the running instance. A socket left behind by a crash is removed first."""
        from PySide6.QtNetwork import QLocalServer

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
