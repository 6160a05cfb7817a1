"""The sync folder's files: one folder per computer, holding numbered segments.

A segment is a text file: a first line with what it is (format, version, computer,
number, how many changes, and the SHA-256 of the rest), then one change per line, as
JSON. It is written under a name no one can guess and renamed into place, so a file
sync tool only ever sees it whole; a computer never writes in another's folder. A
segment that is cut short (half synced), damaged, or from a newer version of the app
is not read, and says why, so that it can be read once it is whole.
"""

from __future__ import annotations

import enum
import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from trustplanner.store.private_files import private_folder, replace_privately

FORMAT = "trustplanner-sync"
VERSION = 1
_NAME = re.compile(r"(\d{8})\.segment")


class Unread(enum.Enum):
    """Why a segment was left unread."""

    HALF = "half"  # shorter than it says, or its checksum does not match: still syncing
    NEWER = "newer"  # written by a newer version of the app
    DAMAGED = "damaged"  # not a segment at all


class SegmentUnreadable(Exception):
    def __init__(self, path: Path, why: Unread):
        super().__init__(f"{path}: {why.value}")
        self.path = path
        self.why = why


@dataclass(frozen=True)
class Segment:
    node: str
    number: int
    changes: list[dict[str, Any]]
    covers: dict[str, int] | None = None  # a snapshot: the others' segments it takes in


def segment_path(folder: Path, node: str, number: int) -> Path:
    return folder / node / f"{number:08d}.segment"


SNAPSHOT = "snapshot.segment"


def write_segment(
    folder: Path,
    node: str,
    number: int,
    changes: list[dict[str, Any]],
    *,
    covers: dict[str, int] | None = None,
) -> Path:
    """Write this computer's segment `number`, whole or not at all; returns its path.
    With `covers`, it is this computer's snapshot instead: every row as it is, taking in
    its own segments up to `number` and the others' up to what `covers` says."""
    private_folder(folder)  # made private when made here; a folder the person chose stays
    own = private_folder(folder / node)
    target = own / SNAPSHOT if covers is not None else segment_path(folder, node, number)
    body = "".join(
        json.dumps(change, ensure_ascii=False, sort_keys=True) + "\n" for change in changes
    ).encode("utf-8")
    head = {
        "format": FORMAT,
        "version": VERSION,
        "node": node,
        "number": number,
        "count": len(changes),
        "bytes": len(body),
        "sha256": hashlib.sha256(body).hexdigest(),
        **({"covers": covers} if covers is not None else {}),
    }
    first = json.dumps(head, sort_keys=True).encode("utf-8") + b"\n"
    replace_privately(target, lambda out: out.write(first + body), binary=True, durable=True)
    return target


def read_segment(path: Path) -> Segment:
    """The segment in `path`; SegmentUnreadable (HALF, NEWER or DAMAGED) when it cannot
    be read as a whole. Read a line at a time: a big segment never holds the interpreter
    for long in one piece, so the window beside it keeps drawing."""
    with open(path, "rb") as lines:
        first = lines.readline()
        try:
            head = json.loads(first.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            # Without its newline the first line was cut off by a sync still under way.
            why = Unread.DAMAGED if first.endswith(b"\n") else Unread.HALF
            raise SegmentUnreadable(path, why) from None
        if not isinstance(head, dict) or head.get("format") != FORMAT:
            raise SegmentUnreadable(path, Unread.DAMAGED)
        version = head.get("version")
        if not isinstance(version, int) or isinstance(version, bool):
            raise SegmentUnreadable(path, Unread.DAMAGED)
        if version > VERSION:
            raise SegmentUnreadable(path, Unread.NEWER)
        digest, size, changes, damaged = hashlib.sha256(), 0, [], False
        for line in lines:
            digest.update(line)
            size += len(line)
            try:
                change = json.loads(line)
            except (UnicodeDecodeError, ValueError):
                damaged = True  # or cut short: the checksum tells which
                continue
            changes.append(change)
    if size != head.get("bytes") or digest.hexdigest() != head.get("sha256"):
        raise SegmentUnreadable(path, Unread.HALF)
    if (
        damaged
        or len(changes) != head.get("count")
        or not all(isinstance(c, dict) for c in changes)
    ):
        raise SegmentUnreadable(path, Unread.DAMAGED)
    covers = head.get("covers")
    if covers is not None and not (
        isinstance(covers, dict) and all(isinstance(n, int) for n in covers.values())
    ):
        raise SegmentUnreadable(path, Unread.DAMAGED)
    return Segment(str(head.get("node")), int(head.get("number", 0)), changes, covers)


ABOUT = "about.json"


def write_about(folder: Path, node: str, name: str, read: dict[str, int] | None = None) -> None:
    """This computer's name beside its segments, for the other computer to show, and how
    far it has read each other computer's segments, so that those can be tidied away."""
    own = private_folder(folder / node)
    target = own / ABOUT
    about: dict[str, Any] = {"format": FORMAT, "version": VERSION, "name": name}
    if read is not None:
        about["read"] = dict(sorted(read.items()))
    text = json.dumps(about, ensure_ascii=False)
    if target.is_file() and not target.is_symlink():
        try:
            if target.read_text(encoding="utf-8") == text:
                return
        except (OSError, UnicodeDecodeError):
            pass
    replace_privately(target, lambda out: out.write(text))


def _about(folder: Path, node: str) -> dict[str, Any]:
    try:
        about = json.loads((folder / node / ABOUT).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return about if isinstance(about, dict) else {}


def name_of(folder: Path, node: str) -> str:
    """The name a computer gave itself; its id while it gave none."""
    name = _about(folder, node).get("name")
    return name if isinstance(name, str) and 0 < len(name) <= 100 else node


def read_by(folder: Path, node: str) -> dict[str, int] | None:
    """How far `node` says it has read each other computer's segments; None while it
    says nothing of it (its about.json has not arrived, or an older Trust Planner wrote
    it)."""
    read = _about(folder, node).get("read")
    if not isinstance(read, dict) or not all(
        isinstance(number, int) and not isinstance(number, bool) and number >= 0
        for number in read.values()
    ):
        return None
    return read


def segments_of(folder: Path, node: str, after: int = 0) -> Iterator[Path]:
    """The segment files in `node`'s folder numbered after `after`, in order."""
    own = folder / node
    if not own.is_dir():
        return
    numbered = []
    for path in own.iterdir():
        found = _NAME.fullmatch(path.name)
        if found and int(found[1]) > after and not path.is_symlink():
            numbered.append((int(found[1]), path))
    for _number, path in sorted(numbered):
        yield path


def computers(folder: Path) -> list[str]:
    """The computers that write in the sync folder: one folder each."""
    if not folder.is_dir():
        return []
    return sorted(
        path.name
        for path in folder.iterdir()
        if path.is_dir() and not path.is_symlink() and not path.name.startswith(".")
    )
