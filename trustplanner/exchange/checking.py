"""Checking a whole export file before a single record of it is written.

Every problem is named by where it is ("fears, number 3, anxiety_before") and what
is wrong with it, so that the person, or whoever made the file, can find it.
"""

from __future__ import annotations

import enum
import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from trustplanner.exchange.fields import (
    FORMAT,
    KEYED,
    KINDS,
    MAX_TAG,
    MAX_TAGS,
    ORIGIN_FIELDS,
    ORIGINS,
    VERSION,
    Field,
    is_day,
    is_time,
)
from trustplanner.exchange.streaming import Records, parse_lazily

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_RECORDS = 2_000_000
MAX_TIME_TEXT = 40
# A position is a place in a list: past this it is no place a list of ours has.
MAX_REAL = 1e12
# The parts of a file that are lists of records: parsed one record at a time.
LISTS = {*KINDS, ORIGINS}
# Half of a surrogate pair: JSON can write it (as an escape), no text file can hold it.
_SURROGATE = re.compile("[\ud800-\udfff]")
MAX_SETTING_TEXT = 200
MAX_PROBLEMS = 20
TOP_LEVEL = {
    "format",
    "version",
    "source",
    "exported_at",
    "app_version",
    "settings",
    ORIGINS,
    *KINDS,
}


class Problem(enum.Enum):
    NOT_READABLE = "not readable"
    TOO_LARGE = "too large"
    NOT_JSON = "not JSON"
    TOO_DEEP = "too deep"
    NOT_AN_EXPORT = "not an export"
    UNKNOWN_VERSION = "unknown version"
    UNKNOWN_PART = "unknown part"
    NOT_A_LIST = "not a list"
    NOT_AN_OBJECT = "not an object"
    TOO_MANY = "too many records"
    UNKNOWN_FIELD = "unknown field"
    MISSING = "missing"
    NOT_TEXT = "not text"
    EMPTY_TEXT = "empty text"
    TOO_LONG = "too long"
    NOT_WHOLE = "not a whole number"
    OUT_OF_RANGE = "out of range"
    NOT_A_NUMBER = "not a number"
    NOT_TRUE_OR_FALSE = "not true or false"
    NOT_A_DAY = "not a day"
    NOT_A_TIME = "not a time"
    NOT_A_CHOICE = "not a choice"
    BAD_TAGS = "bad tags"
    SAME_ID = "same id twice"
    NO_SUCH_RECORD = "refers to nothing"
    IN_A_CIRCLE = "in a circle"
    ENDING_HALF_GIVEN = "ending half given"
    BAD_SETTING = "bad setting"
    BROKEN_TEXT = "broken text"
    CONTROL_IN_NAME = "control character in a name"
    NOT_A_CLOCK_TIME = "not a time of day"
    REFUSED = "refused by the store"


@dataclass(frozen=True)
class Finding:
    """One thing wrong with the file: where, what, and the limits or value that matter."""

    problem: Problem
    kind: str = ""
    number: int = 0  # 1 for the first record of its kind; 0 for the file as a whole
    field: str = ""
    detail: tuple[Any, ...] = ()


class ImportRejected(Exception):
    """The file was not imported; `findings` say why. The store is unchanged."""

    def __init__(self, findings: list[Finding], more: int = 0):
        super().__init__(", ".join(f.problem.value for f in findings))
        self.findings = findings
        self.more = more


def _reject(problem: Problem, *detail: Any) -> ImportRejected:
    return ImportRejected([Finding(problem, detail=detail)])


def read_document(path: Path) -> dict:
    """The parsed file, checked as a whole; raises ImportRejected."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _reject(Problem.TOO_LARGE, MAX_FILE_BYTES // (1024 * 1024))
        raw = path.read_bytes()
    except OSError as problem:
        raise _reject(Problem.NOT_READABLE, problem.strerror or str(problem)) from None
    text = _text(raw)
    del raw  # while the text is parsed, the file is held once in memory, not twice
    return _parsed(text)


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def parse_document(raw: bytes) -> dict:
    """Parse and check an export held in memory; raises ImportRejected."""
    return _parsed(_text(raw))


def _text(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise _reject(Problem.NOT_JSON, 0) from None


def _parsed(text: str) -> dict:
    try:
        document = parse_lazily(text, LISTS, parse_constant=_no_constants)
    except RecursionError:
        raise _reject(Problem.TOO_DEEP) from None
    except json.JSONDecodeError as problem:
        raise _reject(Problem.NOT_JSON, problem.lineno) from None
    except ValueError:
        raise _reject(Problem.NOT_JSON, 0) from None
    check_document(document)
    return document


def check_document(document: Any) -> None:
    """Raise ImportRejected with every problem found (the first MAX_PROBLEMS)."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise _reject(Problem.NOT_AN_EXPORT)
    version = document.get("version")
    if version != VERSION or isinstance(version, bool):
        raise _reject(Problem.UNKNOWN_VERSION, _shown(version), VERSION)
    findings: list[Finding] = []
    total = 0
    for finding in _findings(document):
        total += 1
        if len(findings) < MAX_PROBLEMS:
            findings.append(finding)
    if findings:
        raise ImportRejected(findings, more=total - len(findings))


def _shown(value: Any) -> str:
    """A name or value from the file, for a message: never a control character raw."""
    from trustplanner.domain.text import shown_safely

    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value
    return shown_safely(text)


def _findings(document: dict) -> Iterator[Finding]:
    for part in document:
        if part not in TOP_LEVEL:
            yield Finding(Problem.UNKNOWN_PART, field=_shown(part))
    source = document.get("source")
    if source is None:
        yield Finding(Problem.MISSING, field="source")
    for name in ("source", "exported_at", "app_version"):
        value = document.get(name)
        if value is not None and (not isinstance(value, str) or not 0 < len(value) <= 100):
            yield Finding(Problem.NOT_TEXT, field=name)
    yield from _setting_findings(document.get("settings", {}))
    ids: dict[str, set] = {}
    for kind, fields in KINDS.items():
        records = document.get(kind, [])
        if not isinstance(records, (list, Records)):
            yield Finding(Problem.NOT_A_LIST, kind)
            ids[kind] = set()
            continue
        if len(records) > MAX_RECORDS:
            yield Finding(Problem.TOO_MANY, kind, detail=(MAX_RECORDS,))
            return
        ids[kind] = seen = set()
        key = KEYED.get(kind, "id")
        for number, record in enumerate(records, start=1):
            if not isinstance(record, dict):
                yield Finding(Problem.NOT_AN_OBJECT, kind, number)
                continue
            yield from _record_findings(kind, number, record, fields)
            identity = record.get(key)
            if isinstance(identity, (int, str)) and not isinstance(identity, bool):
                if identity in seen:
                    yield Finding(Problem.SAME_ID, kind, number, key, (_shown(identity),))
                seen.add(identity)
    yield from _reference_findings(document, ids)
    yield from _origin_findings(document.get(ORIGINS, []), ids)


def _record_findings(
    kind: str, number: int, record: dict, fields: tuple[Field, ...]
) -> Iterator[Finding]:
    names = {field.name for field in fields}
    for name in record:
        if name not in names:
            yield Finding(Problem.UNKNOWN_FIELD, kind, number, _shown(name))
    for field in fields:
        value = record.get(field.name)
        if value is None:
            if field.required:
                yield Finding(Problem.MISSING, kind, number, field.name)
            continue
        problem = _value_problem(field, value)
        if problem is not None:
            yield Finding(problem[0], kind, number, field.name, problem[1:])
    if kind == "agreements" and (record.get("outcome") is None) != (record.get("ended_at") is None):
        yield Finding(Problem.ENDING_HALF_GIVEN, kind, number, "ended_at")


def _value_problem(field: Field, value: Any) -> tuple | None:
    from trustplanner.domain.text import clean_text, is_blank

    whole = isinstance(value, int) and not isinstance(value, bool)
    if field.kind in ("id", "ref"):
        return None if whole and value > 0 else (Problem.NOT_WHOLE,)
    if field.kind == "int":
        if not whole:
            return (Problem.NOT_WHOLE,)
        return (
            None
            if field.low <= value <= field.high
            else (Problem.OUT_OF_RANGE, field.low, field.high)
        )
    if field.kind == "real":
        number = isinstance(value, (int, float)) and not isinstance(value, bool)
        fine = number and math.isfinite(value) and abs(value) <= MAX_REAL
        return None if fine else (Problem.NOT_A_NUMBER,)
    if field.kind == "bool":
        return None if isinstance(value, bool) else (Problem.NOT_TRUE_OR_FALSE,)
    if field.kind == "tags":
        fine = (
            isinstance(value, list)
            and len(value) <= MAX_TAGS
            and all(isinstance(tag, str) and 0 < len(tag.strip()) <= MAX_TAG for tag in value)
        )
        return None if fine else (Problem.BAD_TAGS, MAX_TAGS, MAX_TAG)
    if not isinstance(value, str):
        return (Problem.NOT_TEXT,)
    if _SURROGATE.search(value):
        return (Problem.BROKEN_TEXT,)
    if field.kind == "text":
        if len(value) > field.high:
            return (Problem.TOO_LONG, field.high)
        if field.low and is_blank(clean_text(value)):
            return (Problem.EMPTY_TEXT,)
        return None
    if field.kind == "name":
        from trustplanner.domain.promises import NameProblem, PersonNameError, clean_name

        try:
            return None if clean_name(value) is not None else (Problem.EMPTY_TEXT,)
        except PersonNameError as refused:
            if refused.problem is NameProblem.TOO_LONG:
                return (Problem.TOO_LONG, field.high)
            return (Problem.CONTROL_IN_NAME,)
    if field.kind == "clock":
        from trustplanner.domain.promises import PromiseTimeError, parse_promise_time

        try:
            return None if parse_promise_time(value) == value else (Problem.NOT_A_CLOCK_TIME,)
        except PromiseTimeError:
            return (Problem.NOT_A_CLOCK_TIME,)
    if field.kind == "choice":
        return None if value in field.choices else (Problem.NOT_A_CHOICE, ", ".join(field.choices))
    if field.kind == "time":
        fine = len(value) <= MAX_TIME_TEXT and is_time(value)
        return None if fine else (Problem.NOT_A_TIME,)
    if field.kind == "day":
        return None if is_day(value) else (Problem.NOT_A_DAY,)
    if field.kind == "key":
        return None if 0 < len(value) <= field.high else (Problem.TOO_LONG, field.high)
    raise AssertionError(field.kind)


def _setting_findings(settings: Any) -> Iterator[Finding]:
    from trustplanner.domain.settings import Settings

    if not isinstance(settings, dict):
        yield Finding(Problem.NOT_AN_OBJECT, "settings")
        return
    known = set(Settings().to_dict())
    for key, value in settings.items():
        if key not in known:
            yield Finding(Problem.UNKNOWN_FIELD, "settings", 0, _shown(key))
        elif len(json.dumps(value)) > MAX_SETTING_TEXT or not Settings.accepts(key, value):
            yield Finding(Problem.BAD_SETTING, "settings", 0, key, (_shown(value),))


def _reference_findings(document: dict, ids: dict[str, set]) -> Iterator[Finding]:
    # One pass over each kind: a large file's records are parsed again on each pass.
    for kind, fields in KINDS.items():
        records = document.get(kind)
        refs = [(f.name, ids.get(f.refers_to, set())) for f in fields if f.kind == "ref"]
        if not isinstance(records, (list, Records)) or not refs:
            continue
        for number, record in enumerate(records, start=1):
            if not isinstance(record, dict):
                continue
            for name, targets in refs:
                value = record.get(name)
                if isinstance(value, int) and not isinstance(value, bool) and value not in targets:
                    yield Finding(Problem.NO_SUCH_RECORD, kind, number, name, (value,))
    for kind, field in (("items", "parent_id"), ("agreements", "renegotiated_from")):
        yield from _circles(document.get(kind), kind, field)


def _origin_findings(origins: Any, ids: dict[str, set]) -> Iterator[Finding]:
    if not isinstance(origins, (list, Records)):
        yield Finding(Problem.NOT_A_LIST, ORIGINS)
        return
    if len(origins) > MAX_RECORDS:
        yield Finding(Problem.TOO_MANY, ORIGINS, detail=(MAX_RECORDS,))
        return
    for number, origin in enumerate(origins, start=1):
        if not isinstance(origin, dict):
            yield Finding(Problem.NOT_AN_OBJECT, ORIGINS, number)
            continue
        found = list(_record_findings(ORIGINS, number, origin, ORIGIN_FIELDS))
        yield from found
        if not found and origin["id"] not in ids.get(origin["kind"], ()):
            yield Finding(Problem.NO_SUCH_RECORD, ORIGINS, number, "id", (origin["id"],))


def _circles(records: Any, kind: str, field: str) -> Iterator[Finding]:
    """Records that are, through their chain of `field`, their own ancestor."""
    if not isinstance(records, (list, Records)):
        return
    parent: dict[int, int | None] = {}
    order: list[int | None] = []  # each record's id, in the file's order
    for record in records:
        own = record.get("id") if isinstance(record, dict) else None
        if not isinstance(own, int):
            order.append(None)
            continue
        order.append(own)
        parent[own] = record.get(field) if isinstance(record.get(field), int) else None
    settled: set = set()
    for number, current in enumerate(order, start=1):
        chain: set = set()
        if current is None:
            continue
        while current is not None and current not in settled:
            if current in chain:
                yield Finding(Problem.IN_A_CIRCLE, kind, number, field)
                break
            chain.add(current)
            current = parent.get(current)
        settled |= chain
