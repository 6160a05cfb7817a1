"""Folders and files that only their owner can read: what people write here is private.

On Windows the modes are ignored; the per-user data folder is private there already.
"""

from __future__ import annotations

import os
from pathlib import Path

FOLDER_MODE = 0o700
FILE_MODE = 0o600


def private_folder(path: Path) -> Path:
    """Create `path` (and its parents) readable by its owner only, unless it exists.

    A folder that exists is left as it is: it may be one the person chose and shares.
    The mode is set on the folder just made, never through a link put in its place.
    """
    if not path.is_dir():
        path.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
        _set_mode(path, FOLDER_MODE, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    return path


def mend_folder(path: Path) -> int | None:
    """Make `path` readable by its owner only again, if others could read it; the mode
    it had when mended, else None. A link in the folder's place is left as it is."""
    import stat

    found = path.lstat()
    mode = stat.S_IMODE(found.st_mode)
    if not stat.S_ISDIR(found.st_mode) or not mode & 0o077:
        return None
    _set_mode(path, FOLDER_MODE, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    return mode


def private_file(path: Path) -> Path:
    """Create an empty file readable by its owner only, or make an existing one so.

    A link in the file's place is refused (OSError), never followed: another account
    must not be able to have the person's app change the mode of some other file.

    A file that is private already is not opened at all: closing a descriptor of a data
    file drops every lock this process holds on it, also those of an SQLite connection
    open elsewhere in the app (a worker's store beside the window's)."""
    import stat

    try:
        found = os.lstat(path)
    except FileNotFoundError:
        found = None
    private = found is not None and stat.S_ISREG(found.st_mode)
    if private and stat.S_IMODE(found.st_mode) == FILE_MODE:
        return path
    _set_mode(path, FILE_MODE, os.O_WRONLY | os.O_CREAT | os.O_NONBLOCK)
    return path


def _set_mode(path: Path, mode: int, flags: int) -> None:
    descriptor = os.open(path, flags | getattr(os, "O_NOFOLLOW", 0), mode)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(descriptor, mode)  # the umask narrows the mode given to open
    finally:
        os.close(descriptor)


def partial_file(target: Path) -> Path:
    """A new, empty, private file beside `target` to write into before it takes the
    target's place. Its name cannot be guessed and it is made afresh (never opened if
    something is there), so a link another account put beside the target is never
    written through, also in a shared folder such as /tmp."""
    import tempfile  # only when writing: it brings shutil, which a glance has no use for

    descriptor, name = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".part", dir=target.parent
    )
    os.close(descriptor)
    return Path(name)


def replace_privately(target: Path, write, *, binary: bool = False, durable: bool = False) -> None:
    """Write `target` through a new private file beside it (see partial_file), then put
    it in place: whole or not at all. `write(file)` writes the content; with `durable`,
    the content and the rename are on the disk before this returns."""
    partial = partial_file(target)
    try:
        with open(partial, "wb" if binary else "w", **({} if binary else _TEXT)) as file:
            write(file)
            if durable:
                file.flush()
                os.fsync(file.fileno())
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    if durable and hasattr(os, "O_DIRECTORY"):
        folder = os.open(target.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


_TEXT = {"encoding": "utf-8", "newline": ""}
