"""The translation files: every text of the code in them, finished, with its plural forms
and its placeholders."""

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COUNTS = re.compile(r"%L?n")


def literal_texts_in_the_code() -> set[str]:
    """Every literal text given to tr() or translate(), as Python itself reads the code."""
    texts = set()
    for path in (ROOT / "trustplanner").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            position = {"tr": 0, "translate": 1}.get(name)
            if position is None or len(node.args) <= position:
                continue
            argument = node.args[position]
            if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                texts.add(argument.value)
    return texts


def counting_texts_in_the_code() -> set[str]:
    return {text for text in literal_texts_in_the_code() if COUNTS.search(text)}


def test_every_counting_text_has_plural_forms():
    tree = ET.parse(ROOT / "resources" / "translations" / "trustplanner_en.ts")
    forms = {
        message.findtext("source"): [f.text for f in message.iter("numerusform")]
        for message in tree.iter("message")
    }
    missing = sorted(counting_texts_in_the_code() - forms.keys())
    assert not missing, f"run packaging/update_translations.py; missing: {missing}"
    for source, (one, many) in ((s, forms[s]) for s in counting_texts_in_the_code()):
        assert "(s)" not in one + many, source


PLACEHOLDERS = re.compile(r"%(?:L?n|\d)")
DUTCH = ROOT / "resources" / "translations" / "trustplanner_nl.ts"


def _messages(ts_file: Path) -> dict[tuple[str, str], list[str]]:
    """Every message by (context, source), with its translation or plural forms."""
    found = {}
    for context in ET.parse(ts_file).iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [form.text or "" for form in translation.iter("numerusform")]
            if not forms:
                forms = [translation.text or ""]
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                forms = []
            found[(context.findtext("name"), message.findtext("source"))] = forms
    return found


def test_the_dutch_file_holds_every_text_of_the_code_and_no_other(tmp_path):
    import shutil
    import subprocess
    import sys

    tool = shutil.which("pyside6-lupdate") or shutil.which(
        "pyside6-lupdate", path=str(Path(sys.executable).parent)
    )
    assert tool, "pyside6-lupdate comes with PySide6-Essentials"
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(path) for path in (ROOT / "trustplanner").rglob("*.py"))
    subprocess.run(
        [tool, *sources, "-ts", str(fresh), "-no-obsolete", "-locations", "none"],
        check=True,
        capture_output=True,
    )
    in_code = set(_messages(fresh))
    in_dutch = set(_messages(DUTCH))
    assert in_code - in_dutch == set(), "run packaging/update_translations.py"
    assert in_dutch - in_code == set(), "run packaging/update_translations.py"


def test_every_dutch_text_is_finished():
    unfinished = sorted(key for key, forms in _messages(DUTCH).items() if not all(forms))
    assert unfinished == []


def test_every_counting_text_has_both_dutch_plural_forms():
    for (context, source), forms in _messages(DUTCH).items():
        if COUNTS.search(source):
            assert len(forms) == 2, (context, source)


def test_dutch_texts_keep_the_placeholders_of_their_source():
    for (context, source), forms in _messages(DUTCH).items():
        wanted = sorted(set(PLACEHOLDERS.findall(source)))
        for form in forms:
            # A singular form may leave the count out ("Je laatste dag"), nothing else.
            found = sorted(set(PLACEHOLDERS.findall(form)) | ({"%n"} & set(wanted)))
            found = sorted(set(found) | ({"%Ln"} & set(wanted)))
            assert found == wanted, (context, source, form)


def test_every_text_in_the_code_reaches_the_translators():
    # pyside6-lupdate misses texts it cannot see, for one inside an f-string.
    sources = {source for _context, source in _messages(DUTCH)}
    assert sorted(literal_texts_in_the_code() - sources) == []
