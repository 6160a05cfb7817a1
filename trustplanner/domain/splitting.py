"""Cutting an item that is too big to keep as one step into steps that are easy to start."""

from __future__ import annotations

import math

# The first step is kept tiny so that starting is easy.
FIRST_STEP_MAX_MINUTES = 10


def is_too_big(minutes: int | None, max_step_minutes: int) -> bool:
    """True when an estimate is larger than the biggest step the person wants to keep as one."""
    return minutes is not None and minutes > max_step_minutes


def propose_steps(minutes: int, max_step_minutes: int) -> list[int]:
    """Propose step sizes that add up to `minutes`.

    The first step is at most 10 minutes (or the step size, if smaller); the
    others are as even as possible, never above `max_step_minutes`, in whole
    five minutes when the time allows it.
    """
    if minutes <= 0:
        raise ValueError("an item to split needs a positive estimate")
    if max_step_minutes <= 0:
        raise ValueError("the step size must be positive")
    first = min(FIRST_STEP_MAX_MINUTES, max_step_minutes, minutes)
    rest = minutes - first
    if rest == 0:
        return [first]
    count = math.ceil(rest / max_step_minutes)
    unit = 5 if rest % 5 == 0 and max_step_minutes % 5 == 0 else 1
    # Never fewer units than steps, since count <= rest / unit.
    whole, extra = divmod(rest // unit, count)
    steps = [(whole + (1 if i < extra else 0)) * unit for i in range(count)]
    return [first, *steps]
