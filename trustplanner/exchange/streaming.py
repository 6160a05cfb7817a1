"""An export's text read so that its long lists are not held parsed all at once.

A large export is mostly its lists of records. Parsed whole, ten years of them take
several times the file in memory; here each list stays a stretch of the text, and its
records are parsed one at a time whenever the list is gone through (to check them, to
import them). Everything else at the top of the file is parsed as usual. The syntax of
the whole text is checked once, when it is read, so that a file that is not JSON is
refused before anything else is said about it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from typing import Any

_SPACE = re.compile(r"[ \t\n\r]*")


class Records:
    """A list of records kept as its text: gone through, it parses one record at a
    time. Its text was checked when it was read, so going through it cannot fail."""

    def __init__(self, text: str, start: int, count: int, decoder: json.JSONDecoder):
        self._text = text
        self._start = start  # just after the opening bracket
        self._count = count
        self._decoder = decoder

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[Any]:
        text, decode = self._text, self._decoder.raw_decode
        at = _SPACE.match(text, self._start).end()
        for _ in range(self._count):
            record, at = decode(text, at)
            # Past the comma (or the closing bracket, after the last).
            at = _SPACE.match(text, _SPACE.match(text, at).end() + 1).end()
            yield record


def parse_lazily(
    text: str, lazy: set[str], parse_constant: Callable[[str], Any] | None = None
) -> Any:
    """The JSON value in `text`, checked whole; where it is an object, its parts named in
    `lazy` that are lists come as Records. Raises json.JSONDecodeError (and
    RecursionError, ValueError from `parse_constant`) as json.loads would."""
    decoder = json.JSONDecoder(parse_constant=parse_constant)
    at = _SPACE.match(text).end()
    if not text.startswith("{", at):
        return json.loads(text, parse_constant=parse_constant)
    found: dict[str, Any] = {}
    at = _SPACE.match(text, at + 1).end()
    if text.startswith("}", at):
        return _only(text, at + 1, found)
    while True:
        if not text.startswith('"', at):
            raise json.JSONDecodeError("Expecting a name in double quotes", text, at)
        name, at = decoder.raw_decode(text, at)
        at = _SPACE.match(text, at).end()
        if not text.startswith(":", at):
            raise json.JSONDecodeError("Expecting ':' delimiter", text, at)
        at = _SPACE.match(text, at + 1).end()
        if name in lazy and text.startswith("[", at):
            found[name], at = _records(text, at, decoder)
        else:
            found[name], at = decoder.raw_decode(text, at)
        at = _SPACE.match(text, at).end()
        if text.startswith("}", at):
            return _only(text, at + 1, found)
        if not text.startswith(",", at):
            raise json.JSONDecodeError("Expecting ',' delimiter", text, at)
        at = _SPACE.match(text, at + 1).end()


def _records(text: str, at: int, decoder: json.JSONDecoder) -> tuple[Records, int]:
    """The list opening at `at`, gone through once to check it and count its records."""
    start = at + 1
    at = _SPACE.match(text, start).end()
    count = 0
    if text.startswith("]", at):
        return Records(text, start, 0, decoder), at + 1
    while True:
        _, at = decoder.raw_decode(text, at)
        count += 1
        at = _SPACE.match(text, at).end()
        if text.startswith("]", at):
            return Records(text, start, count, decoder), at + 1
        if not text.startswith(",", at):
            raise json.JSONDecodeError("Expecting ',' delimiter", text, at)
        at = _SPACE.match(text, at + 1).end()


def _only(text: str, at: int, found: dict[str, Any]) -> dict[str, Any]:
    """The object, if nothing but space follows it."""
    at = _SPACE.match(text, at).end()
    if at != len(text):
        raise json.JSONDecodeError("Extra data", text, at)
    return found
