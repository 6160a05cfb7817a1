"""Translating text meant for people, also where Qt is not loaded (light commands).

Qt's translators exist only once Qt is loaded; before that there is none to ask,
and the English source text is the text.
"""

from __future__ import annotations

import sys


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    core = sys.modules.get("PySide6.QtCore")
    if core is None:
        return text.replace("%n", str(n)) if n >= 0 else text
    return core.QCoreApplication.translate(context, text, disambiguation, n)
