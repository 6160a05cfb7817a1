"""No word the person can read blames them, in English or in Dutch: "didn't happen" is a
fact, not a failure. A self-test that failed is a fact about the program, and may say so."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
PACKAGING = ROOT / "packaging" / "linux"

BLAMING = {
    "en": (
        "fail",
        "fails",
        "failed",
        "failing",
        "failure",
        "failures",
        "missed",
        "overdue",
        "behind",
        "too late",
        "lazy",
        "should have",
    ),
    "nl": (
        "mislukt",
        "mislukte",
        "gefaald",
        "falen",
        "faalt",
        "niet gelukt",
        "gemist",
        "achterstand",
        "te laat",
        "lui",
        "had moeten",
    ),
}
# Where such a word is a fact about the program, not about the person.
ALLOWED = {("selftest", "self-test failed at %1: %2")}


def _texts(language: str) -> list[tuple[str, str, str]]:
    """(context, English source, text in `language`) for every message of the app."""
    found = []
    for context in ET.parse(TRANSLATIONS / "trustplanner_nl.ts").iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if language == "en":
                found.append((name, source, source))
                continue
            translation = message.find("translation")
            forms = [form.text or "" for form in translation.findall("numerusform")]
            for text in forms or [translation.text or ""]:
                found.append((name, source, text))
    if language == "en":  # the English plural forms are written out as well
        for context in ET.parse(TRANSLATIONS / "trustplanner_en.ts").iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                for form in message.iter("numerusform"):
                    found.append((name, source, form.text or ""))
    return found


def _packaged(language: str) -> list[str]:
    """What a software centre or a desktop menu shows, in `language`."""
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    metainfo = ET.parse(next(PACKAGING.glob("*.metainfo.xml")))
    texts = [
        element.text or ""
        for element in metainfo.iter()
        if (element.get(lang) == language) or (language == "en" and element.get(lang) is None)
    ]
    for line in next(PACKAGING.glob("*.desktop")).read_text(encoding="utf-8").splitlines():
        key, _, value = line.partition("=")
        if (language == "en" and "[" not in key) or key.endswith(f"[{language}]"):
            texts.append(value)
    return texts


def _blaming(text: str, language: str) -> list[str]:
    plain = re.sub(r"<[^>]+>", " ", text)
    return [
        word
        for word in BLAMING[language]
        if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", plain, re.IGNORECASE)
    ]


@pytest.mark.parametrize("language", ["en", "nl"])
def test_no_text_of_the_app_blames_the_person(language):
    found = [
        (context, text, words)
        for context, source, text in _texts(language)
        if (context, source) not in ALLOWED and (words := _blaming(text, language))
    ]
    assert found == []


@pytest.mark.parametrize("language", ["en", "nl"])
def test_no_text_of_the_app_s_listing_blames_the_person(language):
    found = [(text, words) for text in _packaged(language) if (words := _blaming(text, language))]
    assert found == []


def test_the_check_finds_blaming_words_where_they_are():
    assert _blaming("It <b>failed</b> again", "en") == ["failed"]
    assert _blaming("Het is niet gelukt", "nl") == ["niet gelukt"]
    assert _blaming("Gelukt! Je bent er klaar voor.", "nl") == []
    assert _blaming("A failing grade", "en") == ["failing"]
    assert _blaming("Kijk mild terug", "nl") == []
    assert ("selftest", "self-test failed at %1: %2") in {(c, s) for c, s, _ in _texts("en")}
