"""Every test runs headless, on its own temporary store, with a clock it controls."""

from __future__ import annotations

import datetime as dt
import os

# Before Qt is imported anywhere: no display is needed, and no real user folder is touched.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
# English and the C locale whatever the machine speaks: tests that want Dutch ask for it.
os.environ["LC_ALL"] = "C.UTF-8"
os.environ["LANGUAGE"] = "en"

import importlib.util
import sys
from pathlib import Path

# Every Python the suite starts, this one included, fails on any use of the network.
_GUARD = Path(__file__).with_name("network_guard")
os.environ["PYTHONPATH"] = os.pathsep.join(
    [str(_GUARD), *filter(None, [os.environ.get("PYTHONPATH")])]
)
if "network_guard" not in sys.modules:
    _spec = importlib.util.spec_from_file_location("network_guard", _GUARD / "sitecustomize.py")
    sys.modules["network_guard"] = _guard = importlib.util.module_from_spec(_spec)
    _spec.loader.exec_module(_guard)

import pytest  # noqa: E402

from trustplanner.store.database import open_store  # noqa: E402

LOCAL = dt.timezone(dt.timedelta(hours=1))


class FakeClock:
    """A wall clock that tests set and move by hand."""

    def __init__(self, now: dt.datetime):
        self.current = now

    def __call__(self) -> dt.datetime:
        return self.current

    def set(self, when: dt.datetime) -> None:
        self.current = when

    def advance(self, **delta: float) -> None:
        self.current += dt.timedelta(**delta)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Point every per-user folder at a temporary one, so the real data is never read or written."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("TRUSTPLANNER_DATA_DIR", raising=False)
    return home


@pytest.fixture(scope="session")
def qapp():
    """The application as the app makes it, in English, for every test that needs Qt."""
    from trustplanner.ui.app import application
    from trustplanner.words.translators import install_translators

    app = application()
    install_translators(app, "en")
    return app


@pytest.fixture
def dutch(qapp):
    """Dutch translators on top of the suite's English ones, and a Dutch locale."""
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

    from trustplanner.resources import resources_dir

    own, qt_own = QTranslator(), QTranslator()
    assert own.load("trustplanner_nl", str(resources_dir() / "translations"))
    assert qt_own.load("qtbase_nl", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    before = QLocale()
    for translator in (own, qt_own):
        QCoreApplication.installTranslator(translator)
    QLocale.setDefault(QLocale("nl"))
    yield
    for translator in (own, qt_own):
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(before)


@pytest.fixture
def data_dir(tmp_path):
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def store(data_dir):
    opened = open_store(data_dir)
    yield opened
    opened.close()


@pytest.fixture
def now():
    """Wednesday 25 November 2026, ten past nine in the morning."""
    return dt.datetime(2026, 11, 25, 9, 10, tzinfo=LOCAL)


@pytest.fixture
def clock(now):
    return FakeClock(now)


EXPORTED_AT = dt.datetime(2026, 11, 25, 9, 10, tzinfo=LOCAL)


@pytest.fixture(scope="module")
def demo_document(tmp_path_factory):
    """An export of 60 days of demo history, with a nudge added so that every kind has rows."""
    from trustplanner.demo import fill_store
    from trustplanner.exchange.exporting import export_document
    from trustplanner.exchange.fields import KINDS

    store = open_store(tmp_path_factory.mktemp("demo"))
    fill_store(store, 60, EXPORTED_AT.date())
    with store.action():
        store.insert("nudges", {"id": "2026-11-24/morning", "day": "2026-11-24", "kind": "morning"})
    document = export_document(store, EXPORTED_AT)
    store.close()
    assert all(document[kind] for kind in KINDS)
    return document
