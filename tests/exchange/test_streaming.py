"""Reading an export's lists one record at a time: the same as reading it whole."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trustplanner.exchange.streaming import Records, parse_lazily

LAZY = {"items", "agreements"}

values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner),
    max_leaves=8,
)
documents = st.dictionaries(
    st.sampled_from(["items", "agreements", "format", "x"]) | st.text(max_size=3), values
)
layouts = st.sampled_from(
    [{}, {"indent": 2}, {"separators": (",", ":")}, {"indent": "\t", "separators": (" ,", " : ")}]
)


def whole(found):
    """Every Records gone through, so that it compares with a plain parse."""
    if isinstance(found, dict):
        return {
            name: list(value) if isinstance(value, Records) else value
            for name, value in found.items()
        }
    return found


@given(documents, layouts)
def test_a_document_reads_the_same_as_parsed_whole(document, layout):
    text = json.dumps(document, **layout)
    found = parse_lazily(text, LAZY)
    assert whole(found) == json.loads(text)
    for name, value in found.items():
        if isinstance(value, Records):
            assert len(value) == len(document[name])
            assert list(value) == list(value)  # gone through twice, the same


@given(
    documents,
    st.integers(0, 10_000),
    st.sampled_from(["", ",", "]", "}", "{", '"', "x", " ", "\n"]),
)
def test_a_broken_document_is_refused_as_parsing_it_whole_would(document, where, put):
    text = json.dumps(document, indent=1)
    where %= len(text) + 1
    broken = text[:where] + put + text[where + 1 :]
    try:
        expected = json.loads(broken)
    except json.JSONDecodeError as refused:
        with pytest.raises(json.JSONDecodeError) as ours:
            parse_lazily(broken, LAZY)
        assert ours.value.lineno == refused.lineno
    else:
        assert whole(parse_lazily(broken, LAZY)) == expected


def test_a_list_of_records_is_kept_as_text_until_gone_through():
    text = '{"format": "x", "agreements": [ {"id": 1} , {"id": 2}\n], "items": []}'
    found = parse_lazily(text, LAZY)
    assert isinstance(found["agreements"], Records) and isinstance(found["items"], Records)
    assert len(found["agreements"]) == 2 and len(found["items"]) == 0
    assert list(found["agreements"]) == [{"id": 1}, {"id": 2}]
    assert found["format"] == "x"


def test_what_is_not_an_object_is_parsed_as_usual():
    assert parse_lazily("[1, 2]", LAZY) == [1, 2]
    with pytest.raises(json.JSONDecodeError):
        parse_lazily('{"items": [1, 2]} extra', LAZY)
