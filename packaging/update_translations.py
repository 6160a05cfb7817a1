"""Update the translation sources from the code, then compile them.

    python packaging/update_translations.py

Runs pyside6-lupdate over trustplanner/ into resources/translations/*.ts and
pyside6-lrelease into the .qm files that ship in the wheel. The English file
only holds plural forms; they are filled in here, since English plurals of
"%n item(s)" are mechanical.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("en",)


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or shutil.which(
        f"pyside6-{name}", path=str(Path(sys.executable).parent)
    )
    if not found:
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials first")
    return found


def fill_english_plurals(ts_file: Path) -> int:
    """Keep only the plural messages, writing "item" and "items" for every "%n item(s)";
    return how many messages were filled.

    A message is plural when its text counts with %n (or %Ln, the count in the
    locale's digits). pyside6-lupdate does not always
    see that itself (6.11 misses it for QCoreApplication.translate with a count).
    """
    tree = ET.parse(ts_file)
    for context in tree.iter("context"):
        for message in list(context.iter("message")):
            if not re.search(r"%L?n", message.findtext("source") or ""):
                context.remove(message)
    for context in list(tree.getroot().iter("context")):
        if context.find("message") is None:
            tree.getroot().remove(context)
    tree.getroot().set("language", "en")
    tree.getroot().set("sourcelanguage", "en")
    filled = 0
    for message in tree.iter("message"):
        message.set("numerus", "yes")
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        translation.attrib.pop("type", None)
        for form in (source.replace("(s)", ""), source.replace("(s)", "s")):
            ET.SubElement(translation, "numerusform").text = form
        filled += 1
    ET.indent(tree)
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return filled


def main() -> int:
    sources = sorted(str(path) for path in (ROOT / "trustplanner").rglob("*.py"))
    for language in LANGUAGES:
        ts_file = TRANSLATIONS / f"trustplanner_{language}.ts"
        command = [
            _tool("lupdate"),
            *sources,
            "-ts",
            str(ts_file),
            "-no-obsolete",
            "-locations",
            "none",
        ]
        if language == "en":
            # Every message, made afresh: with English as the target too, lupdate would keep
            # only the plurals it recognised itself. The language is set afterwards.
            ts_file.unlink(missing_ok=True)
            command[1:1] = ["-source-language", "en"]
        subprocess.run(command, check=True, cwd=ROOT)
        if language == "en":
            fill_english_plurals(ts_file)
        subprocess.run(
            [_tool("lrelease"), str(ts_file), "-qm", str(ts_file.with_suffix(".qm"))],
            check=True,
            cwd=ROOT,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
