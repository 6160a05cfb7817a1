"""Text a person typed, pasted or imported, made safe to keep and to show.

Control characters (a NUL, a terminal's escape) and the controls that reverse the
direction of what follows (which can make a title read as something else) are left
out; half of a surrogate pair, which no file can hold, becomes the replacement
character. Everything else is kept exactly: joiners that build an emoji or a Persian
word, right-to-left text, accents. Text made only of invisible characters is blank.
"""

from __future__ import annotations

import re

# The embeddings, overrides and isolates of Unicode's bidirectional algorithm; the
# plain marks (U+200E, U+200F, U+061C) stay, as right-to-left text may need them.
_DIRECTION_CONTROLS = "\u202a-\u202e\u2066-\u2069"
# C0 and C1 controls, DEL among them.
_CONTROLS = "\x00-\x1f\x7f-\x9f"
_LEFT_OUT = re.compile(f"[{_CONTROLS}{_DIRECTION_CONTROLS}]")
_SURROGATE = re.compile("[\ud800-\udfff]")
# What shows nothing on its own: spaces, joiners, marks of direction, the byte order mark.
_INVISIBLE = re.compile("[\\s\u200b-\u200f\u2060-\u2064\ufeff\u061c\u00ad\u180e]*")


def clean_text(text: str, *, lines: bool = False) -> str:
    """`text` without controls and direction overrides; with `lines`, line breaks and
    tabs stay (a note may have several lines)."""
    text = _SURROGATE.sub("\ufffd", text)
    if not lines:
        return _LEFT_OUT.sub("", text)
    return _LEFT_OUT.sub(lambda found: found[0] if found[0] in "\n\t" else "", text)


def is_blank(text: str) -> bool:
    """Whether `text` shows nothing: empty, or only spaces and invisible characters."""
    return _INVISIBLE.fullmatch(text) is not None


def shown_safely(text: str, longest: int = 40) -> str:
    """For a message about a file: controls and broken characters made visible as
    escapes, never sent raw to a terminal; cut to `longest` characters."""
    shown = "".join(
        f"\\u{ord(character):04x}"
        if _LEFT_OUT.fullmatch(character) or _SURROGATE.fullmatch(character)
        else character
        for character in text
    )
    return shown if len(shown) <= longest else shown[: longest - 1] + "…"
