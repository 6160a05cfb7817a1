"""A store with a few months of example history, made once for the report tests."""

import datetime as dt
import re
import unicodedata

import pytest

from trustplanner.demo import fill_store
from trustplanner.store.database import open_store

TODAY = dt.date(2026, 11, 25)
OCTOBER = (dt.date(2026, 10, 1), dt.date(2026, 10, 31))


@pytest.fixture(scope="session")
def history_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("history")
    store = open_store(folder)
    fill_store(store, 150, TODAY, seed=7)
    store.close()
    return folder


def page_texts(path) -> list[str]:
    """Each page's text as a person reads it: ligatures undone, one space between words."""
    from pypdf import PdfReader

    return [
        re.sub(r"\s+", " ", unicodedata.normalize("NFKC", page.extract_text()))
        for page in PdfReader(path).pages
    ]
