"""Holding the garbage collector back while many objects that live on are made.

Starting the app, or reading a plan of thousands of items, makes tens of thousands
of objects at once. Each few hundred of them wake the collector, and now and then it
walks every object the app holds; it finds no garbage there, and on a long list that
pause is longer than the reading itself. So the collector waits until they are made.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def collector_held() -> Iterator[None]:
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def hold_for_start() -> None:
    """Hold the collector while the app starts: its modules, classes and Qt's
    enumerations live as long as the app. `settle` lets it go again."""
    gc.disable()


def settle() -> None:
    """The start is over. What it made is moved out of the collector's sight (it would
    otherwise walk it on every full pass), and the collector runs again."""
    gc.freeze()
    gc.enable()
