"""Titles of items and agreements, and turning a pasted list into titles."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from trustplanner.domain.durations import split_trailing_estimate
from trustplanner.domain.text import clean_text, is_blank

MAX_TITLE_LENGTH = 500


class TitleProblem(enum.Enum):
    EMPTY = "empty"
    TOO_LONG = "too_long"


class TitleError(ValueError):
    """A title that cannot be saved; the person is told why at the field, never cut off."""

    def __init__(self, problem: TitleProblem, length: int = 0):
        super().__init__(problem.value)
        self.problem = problem
        self.length = length


def clean_title(text: str) -> str:
    """Return the title as it will be stored: outer whitespace and any control characters
    removed (see domain.text), the rest kept exactly. Only invisible characters: empty."""
    title = clean_text(text).strip()
    if is_blank(title):
        raise TitleError(TitleProblem.EMPTY)
    if len(title) > MAX_TITLE_LENGTH:
        raise TitleError(TitleProblem.TOO_LONG, len(title))
    return title


# Bullets, check boxes and numbering that people bring along when they paste a list.
_LIST_MARKER = re.compile(
    r"""^\s*(?:
        [-*+•·◦▪▫‣⁃–—>]\s+                 # bullets
      | [-*+]?\s*\[[ xX✓✔]?\]\s*           # markdown check boxes
      | [☐☑☒✓✔]\s*                         # check box characters
      | \(?\d{1,3}[.)]\s+                   # 1. 1) (1)
      | \(\d{1,3}\)\s*
      | [a-zA-Z][.)]\s+(?=\S)               # a. b)
    )+""",
    re.VERBOSE,
)


@dataclass(frozen=True)
class PastedLine:
    """One line of a pasted list, read as an item; `problem` is set when it cannot be added."""

    line_number: int
    title: str
    minutes: int | None
    problem: TitleError | None = None


def read_pasted_list(text: str) -> list[PastedLine]:
    """Read one item per non-empty line, without bullets or numbering.

    An estimate written at the end of a line with a unit ("(45 min)", "- 1h")
    becomes the item's estimate.
    """
    lines: list[PastedLine] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        stripped = _LIST_MARKER.sub("", raw, count=1).strip()
        if not stripped:
            continue
        title, minutes = split_trailing_estimate(stripped)
        try:
            lines.append(PastedLine(number, clean_title(title), minutes))
        except TitleError as problem:
            lines.append(PastedLine(number, title, minutes, problem))
    return lines
