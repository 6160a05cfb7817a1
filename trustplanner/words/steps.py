"""The names of the steps an item is split into: a first step, then the next ones,
never "part 2 of 3" (nobody can act on a number)."""

from __future__ import annotations

from trustplanner.words.light import translate


def first_step_title(title: str) -> str:
    return translate("SplitDialog", "First step of %1").replace("%1", title)


def next_step_title(title: str) -> str:
    return translate("SplitDialog", "Next step of %1").replace("%1", title)
