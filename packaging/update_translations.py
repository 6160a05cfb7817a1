"""Update the translation sources from the code, then compile them.

    python packaging/update_translations.py

Runs pyside6-lupdate over trustplanner/ into resources/translations/*.ts and
pyside6-lrelease into the .qm files that ship in the wheel. The English file
only holds plural forms; they are filled in here, since English plurals of
"%n item(s)" are mechanical.
"""

from __future__ import annotations

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
    """Write "item" and "items" for every "%n item(s)"; return how many messages were filled."""
    tree = ET.parse(ts_file)
    filled = 0
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
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
            command[1:1] = ["-pluralonly", "-source-language", "en", "-target-language", "en"]
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
