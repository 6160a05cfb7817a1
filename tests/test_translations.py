"""Every text that counts with %n (or %Ln) has its English plural forms in the shipped file."""

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COUNTS = re.compile(r"%L?n")


def counting_texts_in_the_code() -> set[str]:
    texts = set()
    for path in (ROOT / "trustplanner").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            if name not in ("tr", "translate"):
                continue
            for argument in node.args:
                if isinstance(argument, ast.Constant) and COUNTS.search(str(argument.value)):
                    texts.add(argument.value)
    return texts


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
