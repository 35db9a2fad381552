"""The app's language: Qt translators for our own words (resources/i18n/caseload_<lang>.qm,
compiled from the .ts sources by tools/i18n.py) and for Qt's standard buttons (qtbase), and
QLocale's default for dates and numbers (app/ui/locale_format.py).

The language is the worker's choice in Settings, kept in the vault; before the vault is open
(setup, unlock) it is the system's, when we have it, else English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.resources import resource

SUPPORTED = ("en", "es", "fr")
DEFAULT = "en"
# Formats for a language the computer is not set to: day-month order and a 24-hour clock,
# as most of the workers and clients we serve read them.
REGION = {"en": "en_GB", "es": "es_ES", "fr": "fr_FR"}


def endonym(name: str) -> str:
    """A language's name in its own words, the same in every language (never translated)."""
    return name


def language_names() -> dict[str, str]:
    """Each language in its own words, for the Settings list."""
    return {"en": endonym("English"), "es": endonym("Español"), "fr": endonym("Français")}


def system_language() -> str:
    """The system's language when we have a translation for it, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("-", "_").split("_")[0].lower()
        if code in SUPPORTED:
            return code
    return DEFAULT


def formats_for(language: str) -> QLocale:
    """The computer's own conventions when it is set to this language (a Mexican Spanish or
    an American English system keeps its date order and clock), else the language's usual."""
    system = QLocale.system()
    if system.language() == QLocale(language).language():
        return system
    return QLocale(REGION.get(language, language))


class Languages:
    """Installs one language's translators at a time, replacing the previous ones."""

    def __init__(self) -> None:
        self.current = DEFAULT
        self._installed: list[QTranslator] = []

    def apply(self, language: str) -> str:
        """Switch to `language` (an unsupported code means English); returns the one in use."""
        language = language if language in SUPPORTED else DEFAULT
        self._remove()
        QLocale.setDefault(formats_for(language))
        self._install(str(resource("i18n")), f"caseload_{language}")
        if language != "en":
            qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            self._install(qt_folder, f"qtbase_{language}")
        self.current = language
        return language

    def _install(self, folder: str, name: str) -> None:
        translator = QTranslator()
        if translator.load(name, folder):
            QCoreApplication.installTranslator(translator)
            self._installed.append(translator)

    def _remove(self) -> None:
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed.clear()


LANGUAGES = Languages()
