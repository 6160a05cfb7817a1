"""Text kept safe: no controls, no direction overrides, nothing only invisible."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trustplanner.domain.agreements import clean_note
from trustplanner.domain.text import clean_text, is_blank, shown_safely
from trustplanner.domain.titles import TitleError, clean_title

UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


@given(st.text())
def test_cleaned_text_holds_no_control_override_or_broken_character(text):
    assert not UNSAFE.search(clean_text(text))
    assert not UNSAFE.search(clean_text(text, lines=True).replace("\n", "").replace("\t", ""))
    assert not UNSAFE.search(shown_safely(text, longest=10**6))


@pytest.mark.parametrize(
    "kept",
    ["Bel de tandarts 🦷", "שלום עולם", "👨‍👩‍👧 picnic", "می‌خواهم", "Café \u200eA"],
)
def test_what_people_write_is_kept_exactly(kept):
    assert clean_title(kept) == kept


def test_a_title_cannot_hide_what_it_says_or_be_made_of_nothing():
    # A right-to-left override makes "Pay slib" show as "Pay bils": it is left out.
    assert clean_title("Pay \u202eslib\u202c\x00 ") == "Pay slib"
    assert clean_title("ti\x1b[31mtle") == "ti[31mtle"
    for invisible in ("\u200b", "\u200d\u200b ", "\ufeff", "\u202e", "\x00\x07"):
        with pytest.raises(TitleError):
            clean_title(invisible)
    assert clean_note("first line\nsecond\x00 line\u2067") == "first line\nsecond line"
    assert clean_note("\u200b\u200b") is None
    assert is_blank("") and is_blank(" \u200b\u2060") and not is_blank("a")
    assert shown_safely("ti\x1b[31mtle") == "ti\\u001b[31mtle"
