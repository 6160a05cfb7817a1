"""Holding the garbage collector back while a long list is built.

Reading a plan of thousands of items makes tens of thousands of objects at once. Each
few hundred of them wake the collector, and now and then it walks every object the
app holds; on a long list that pause is longer than the reading itself. Nothing read
here is garbage yet, so the collector waits until the list is built.
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
