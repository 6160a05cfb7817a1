"""One running Trust Planner per person and data folder: a second start hands over and exits.

The first start takes a lock file and, once its window is up, watches a folder of its
own for wishes; a later start finds the lock taken, leaves its wish ("window" or
"tray") in that folder as a small file, and exits. Both need nothing more than
QtCore: Qt's network module, with the Kerberos libraries it brings, would cost the
tray some three megabytes all day for a message that comes once in a while.

The lock and the wishes folder live in a folder only the person can enter (their
runtime folder, else their data folder), never in the shared temporary folder: there
another account could take the names first, keep the app from opening and receive the
handover. A later start leaves its wish only in a wishes folder that is this
person's and closed to others, and the running one reads only wishes of this person.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import time
from pathlib import Path

from PySide6.QtCore import (
    QCryptographicHash,
    QDir,
    QFileSystemWatcher,
    QLockFile,
    QObject,
    QTimer,
    Signal,
)

WISHES = ("window", "tray")
# How long a later start waits for the running one to listen: it starts to listen a
# moment after its window is shown, which takes longer on a slow computer.
HAND_OVER_WAIT_MS = 8000
# A wish older than this was left for an instance that ended before it could take it:
# the one listening now does not act on it.
STALE_SECONDS = 60
# Where the folder cannot be watched, how often it is looked at.
POLL_MS = 1000


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
    if not hasattr(os, "getuid"):  # Windows: the folder is under the person's profile
        return stat.S_ISDIR(found.st_mode)
    return (
        stat.S_ISDIR(found.st_mode)
        and found.st_uid == os.getuid()
        and not found.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
    )


def handover_folder(data_dir: Path) -> Path:
    """Where the lock and the wishes folder live: a folder only this person can enter."""
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
    """The wishes folder's path, per person and data folder (a demo folder can run
    beside the real one); the lock is beside it."""
    folder = _short_hash(str(data_dir.resolve()), 10)
    return str(handover_folder(data_dir) / f"trustplanner-{_short_hash(_user(), 8)}-{folder}")


def _mine(found: os.stat_result) -> bool:
    return not hasattr(os, "getuid") or found.st_uid == os.getuid()


class SingleInstance(QObject):
    """The first instance watches its wishes folder; later ones leave their wish there."""

    message = Signal(str)

    def __init__(self, name: str, parent: QObject | None = None):
        super().__init__(parent)
        self.name = name
        self.folder = Path(name)
        self._watcher: QFileSystemWatcher | None = None
        self._lock = QLockFile(f"{name}.lock")
        # Never judged stale by its age, as the running app holds it all day; a lock
        # left by a program that is gone is still taken over.
        self._lock.setStaleLockTime(0)

    def claim(self) -> bool:
        """True when this is the only instance: the lock was free, or left by a crash."""
        return self._lock.tryLock(0)

    @property
    def listening(self) -> bool:
        return self._watcher is not None

    def release(self) -> None:
        """Let go of the lock and the wishes folder: nothing is left behind."""
        if self._watcher is not None:
            self._watcher.deleteLater()
            self._watcher = None
            if _private(self.folder):
                shutil.rmtree(self.folder, ignore_errors=True)
        self._lock.unlock()

    def hand_over(self, wish: str, wait_ms: int = 0) -> bool:
        """Leave `wish` for the running instance (once `claim` found one), waiting up
        to `wait_ms` for it to listen; False when none listens, or when the folder is
        not this person's alone."""
        deadline = time.monotonic() + wait_ms / 1000
        while not os.path.lexists(self.folder):
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.05)
        if not _private(self.folder):
            return False  # a stranger's, or open to others: tell it nothing
        # os.urandom, not secrets: that loads OpenSSL, megabytes, into the tray.
        token = os.urandom(8).hex()
        draft = self.folder / f".{token}.draft"
        try:
            # Written whole under another name, then renamed: the running instance
            # never reads half a wish.
            with open(os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "w") as out:
                out.write(wish + "\n")
            os.replace(draft, self.folder / f"{token}.wish")
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(draft)
            return False
        return True

    def listen(self) -> bool:
        """Become the running instance: watch the wishes folder, and take what a later
        start left there while this one was starting."""
        try:
            os.mkdir(self.folder, 0o700)
        except FileExistsError:
            pass
        except OSError:
            return False  # no folder to listen in: the start tells the person, kindly
        if not _private(self.folder):
            return False
        self._watcher = QFileSystemWatcher([str(self.folder)], self)
        self._watcher.directoryChanged.connect(self._take)
        if not self._watcher.directories():
            # The system would not watch one more folder (its limit is reached): look
            # every second instead.
            self._poll = QTimer(self._watcher)
            self._poll.timeout.connect(self._take)
            self._poll.start(POLL_MS)
        self._take()
        return True

    def _take(self) -> None:
        for path in sorted(self.folder.glob("*.wish")):
            try:
                found = os.lstat(path)
                wish = ""
                fresh = time.time() - found.st_mtime < STALE_SECONDS
                if stat.S_ISREG(found.st_mode) and _mine(found) and fresh:
                    with open(path, encoding="utf-8", errors="replace") as text:
                        wish = text.read(16).strip()
                os.unlink(path)
            except OSError:
                continue
            if wish in WISHES:
                self.message.emit(wish)
