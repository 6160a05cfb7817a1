import pytest
from hypothesis import given
from hypothesis import strategies as st

from trustplanner.domain.text import is_blank
from trustplanner.domain.titles import (
    MAX_TITLE_LENGTH,
    TitleError,
    TitleProblem,
    clean_title,
    read_pasted_list,
)


def test_outer_whitespace_goes_and_the_rest_is_kept_exactly():
    assert clean_title("  Bel de tandarts \t") == "Bel de tandarts"
    assert clean_title("Emoji 🎉 and שלום and مرحبا") == "Emoji 🎉 and שלום and مرحبا"
    assert clean_title("a  b") == "a  b"


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_an_empty_title_is_refused(text):
    with pytest.raises(TitleError) as caught:
        clean_title(text)
    assert caught.value.problem is TitleProblem.EMPTY


def test_a_long_title_is_refused_never_cut():
    assert clean_title("x" * MAX_TITLE_LENGTH) == "x" * MAX_TITLE_LENGTH
    with pytest.raises(TitleError) as caught:
        clean_title("x" * (MAX_TITLE_LENGTH + 1))
    assert caught.value.problem is TitleProblem.TOO_LONG
    assert caught.value.length == MAX_TITLE_LENGTH + 1


# Any text but controls, direction overrides and halves of surrogate pairs, which are
# left out (tests/domain/test_text.py), and text that shows nothing.
WRITTEN = st.characters(
    blacklist_categories=("Cc", "Cs"),
    blacklist_characters="\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069",
)


@given(st.text(WRITTEN, min_size=1, max_size=MAX_TITLE_LENGTH).filter(lambda t: not is_blank(t)))
def test_any_unicode_title_survives(text):
    assert clean_title(text) == text.strip()


def test_a_pasted_list_loses_bullets_numbers_and_blank_lines():
    pasted = """
    - Call the dentist
    * Clean the kitchen (45 min)
    • Pay the bills
    1. Write the proposal - 2h
    2) Water the plants
    (3) Read a chapter
    - [ ] Tidy the desk
    - [x] Reply to emails
    ☐ Fix the bike
    a. Plan the holiday

    Just a line
    """
    lines = read_pasted_list(pasted)
    assert [(line.title, line.minutes) for line in lines] == [
        ("Call the dentist", None),
        ("Clean the kitchen", 45),
        ("Pay the bills", None),
        ("Write the proposal", 120),
        ("Water the plants", None),
        ("Read a chapter", None),
        ("Tidy the desk", None),
        ("Reply to emails", None),
        ("Fix the bike", None),
        ("Plan the holiday", None),
        ("Just a line", None),
    ]
    assert all(line.problem is None for line in lines)


def test_numbers_inside_a_title_stay():
    [line] = read_pasted_list("Read chapter 2 of 10")
    assert line.title == "Read chapter 2 of 10"
    [line] = read_pasted_list("2025 tax return")
    assert line.title == "2025 tax return"


def test_a_line_that_is_too_long_is_reported_with_its_number():
    lines = read_pasted_list("fine\n\n" + "y" * 600)
    assert lines[0].problem is None
    assert lines[1].line_number == 3
    assert lines[1].problem.problem is TitleProblem.TOO_LONG
    assert lines[1].title == "y" * 600  # nothing is cut


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["", "- ", "* ", "• ", "1. ", "12) ", "- [ ] ", "  "]),
            st.from_regex(r"[A-Za-zÀ-ÿ]{2,10}( [A-Za-zÀ-ÿ]{1,10}){0,3}", fullmatch=True),
        ),
        max_size=20,
    )
)
def test_every_listed_line_becomes_exactly_its_title(entries):
    text = "\n".join(marker + title for marker, title in entries)
    items = read_pasted_list(text)
    assert [item.title for item in items] == [title for _, title in entries]
