"""How an agreement can end: the evidence the self-trust index is made of."""

from __future__ import annotations

import enum


class Ending(enum.Enum):
    """How an agreement ended, with honest and late renegotiation told apart."""

    KEPT = "kept"
    RENEGOTIATED_HONESTLY = "renegotiated_honestly"
    RENEGOTIATED_LATE = "renegotiated_late"
    DIDNT_HAPPEN = "didnt_happen"
