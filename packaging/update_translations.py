"""Update the translation sources from the code, then compile them.

    python packaging/update_translations.py

Runs pyside6-lupdate over trustplanner/ into resources/translations/*.ts and
pyside6-lrelease into the .qm files that ship in the wheel. The English file
only holds plural forms; they are filled in here, since English plurals of
"%n item(s)" are mechanical. The Dutch file is written by people (in Qt
Linguist, or any editor): its translations are kept, new texts come in marked
unfinished, and tests/test_translations.py fails until they are translated.
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
LANGUAGES = ("en", "nl")
COUNTS = re.compile(r"%L?n")


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or shutil.which(
        f"pyside6-{name}", path=str(Path(sys.executable).parent)
    )
    if not found:
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials first")
    return found


PLURAL_WORD = re.compile(r"(\w+)\(s\)")


def _plural(found: re.Match) -> str:
    """ "entry(s)" is "entries", "day(s)" is "days"."""
    word = found.group(1)
    return word[:-1] + "ies" if re.search(r"[^aeiou]y$", word) else word + "s"


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
            if not COUNTS.search(message.findtext("source") or ""):
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
        for form in (source.replace("(s)", ""), PLURAL_WORD.sub(_plural, source)):
            ET.SubElement(translation, "numerusform").text = form
        filled += 1
    ET.indent(tree)
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return filled


def plural_forms(ts_file: Path) -> dict[tuple[str, str], list[str]]:
    """The plural forms each counting message has in `ts_file`, by context and source."""
    if not ts_file.exists():
        return {}
    forms = {}
    for context in ET.parse(ts_file).iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found = [form.text or "" for form in message.iter("numerusform")]
            if found and any(found):
                forms[(name, message.findtext("source"))] = found
    return forms


def keep_plurals(ts_file: Path, kept: dict[tuple[str, str], list[str]]) -> int:
    """Give every counting message its plural forms again; return how many lack them.

    pyside6-lupdate does not see that QCoreApplication.translate with a count is plural
    (6.11), and turns those messages into plain ones, losing their plural forms.
    """
    tree = ET.parse(ts_file)
    lacking = 0
    for context in tree.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if not COUNTS.search(source):
                continue
            message.set("numerus", "yes")
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            forms = kept.get((name, source))
            if forms is None:
                forms = [form.text or "" for form in translation.iter("numerusform")]
            for child in list(translation):
                translation.remove(child)
            plain, translation.text = translation.text, None
            if not any(forms):
                forms = [plain or "", plain or ""]
                translation.set("type", "unfinished")
                lacking += 1
            else:
                translation.attrib.pop("type", None)
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
    ET.indent(tree)
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return lacking


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
        else:
            command[1:1] = ["-source-language", "en", "-target-language", language]
        kept = plural_forms(ts_file)
        subprocess.run(command, check=True, cwd=ROOT)
        if language == "en":
            fill_english_plurals(ts_file)
        else:
            lacking = keep_plurals(ts_file, kept)
            if lacking:
                print(f"{ts_file.name}: {lacking} counting text(s) still need their plural forms")
        subprocess.run(
            [_tool("lrelease"), str(ts_file), "-qm", str(ts_file.with_suffix(".qm"))],
            check=True,
            cwd=ROOT,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
