"""The colours of the charts: the same on screen and on paper, and the window's
palette for the rest."""

from __future__ import annotations

from dataclasses import dataclass

# Colours that read on light and dark backgrounds; "didn't happen" stays neutral, never red.
KEPT = "#4c9a6a"
HONEST = "#5b8fd0"
LATE = "#d9922e"
DIDNT = "#9a938c"
OVER = "#c75b4a"


@dataclass(frozen=True)
class Colours:
    """The window's palette, so that charts follow light and dark."""

    background: str
    text: str
    grid: str
    accent: str
    empty: str
