"""Loading the app's translations and Qt's own, for the person's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from trustplanner.domain.limits import LANGUAGES as SUPPORTED
from trustplanner.resources import resources_dir

_installed: str | None = None  # the language chosen by install_translators in this process


def install_translators(app: QCoreApplication, language: str | None = None) -> str:
    """Install translators for `language` (or the system's) and return the language used."""
    if language is None:
        language = QLocale.system().name().split("_")[0]
    if language not in SUPPORTED:
        language = "en"
    QLocale.setDefault(QLocale(language) if language != "en" else QLocale.system())
    translators = []
    own = QTranslator(app)
    if own.load(f"trustplanner_{language}", str(resources_dir() / "translations")):
        translators.append(own)
    qt_own = QTranslator(app)
    if qt_own.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        translators.append(qt_own)
    for translator in translators:
        app.installTranslator(translator)
    global _installed
    _installed = language
    return language


def installed_language() -> str | None:
    """The language installed in this process, for a helper process to speak the same."""
    return _installed
