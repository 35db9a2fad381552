"""Codes the caseload shows as words in the worker's language: case stages, risk levels and
the names of the languages clients speak.

The words are marked with QT_TRANSLATE_NOOP (lupdate collects them) and translated when
shown, never at import: the translator is installed after the modules load.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QLocale

from app.core.refusal import QT_TRANSLATE_NOOP
from app.core.stages import CaseStage

STAGE_WORDS = {
    CaseStage.INTAKE: QT_TRANSLATE_NOOP("CaseStage", "Intake"),
    CaseStage.ASSESSMENT: QT_TRANSLATE_NOOP("CaseStage", "Assessment"),
    CaseStage.PLANNING: QT_TRANSLATE_NOOP("CaseStage", "Planning"),
    CaseStage.IMPLEMENTATION: QT_TRANSLATE_NOOP("CaseStage", "Implementation"),
    CaseStage.MONITORING: QT_TRANSLATE_NOOP("CaseStage", "Monitoring"),
    CaseStage.CLOSURE: QT_TRANSLATE_NOOP("CaseStage", "Closure"),
    CaseStage.FOLLOW_UP: QT_TRANSLATE_NOOP("CaseStage", "Follow-up"),
}
RISK_WORDS = {
    "high": QT_TRANSLATE_NOOP("RiskLevel", "High"),
    "medium": QT_TRANSLATE_NOOP("RiskLevel", "Medium"),
    "low": QT_TRANSLATE_NOOP("RiskLevel", "Low"),
}
# The languages of the demo caseload and the ones most asked for; any other code falls back
# to Qt's locale data (English names).
LANGUAGE_WORDS = {
    "ar": QT_TRANSLATE_NOOP("LanguageName", "Arabic"),
    "bn": QT_TRANSLATE_NOOP("LanguageName", "Bangla"),
    "de": QT_TRANSLATE_NOOP("LanguageName", "German"),
    "en": QT_TRANSLATE_NOOP("LanguageName", "English"),
    "es": QT_TRANSLATE_NOOP("LanguageName", "Spanish"),
    "fa": QT_TRANSLATE_NOOP("LanguageName", "Persian"),
    "fr": QT_TRANSLATE_NOOP("LanguageName", "French"),
    "hi": QT_TRANSLATE_NOOP("LanguageName", "Hindi"),
    "ht": QT_TRANSLATE_NOOP("LanguageName", "Haitian Creole"),
    "it": QT_TRANSLATE_NOOP("LanguageName", "Italian"),
    "ja": QT_TRANSLATE_NOOP("LanguageName", "Japanese"),
    "ko": QT_TRANSLATE_NOOP("LanguageName", "Korean"),
    "pl": QT_TRANSLATE_NOOP("LanguageName", "Polish"),
    "pt": QT_TRANSLATE_NOOP("LanguageName", "Portuguese"),
    "ru": QT_TRANSLATE_NOOP("LanguageName", "Russian"),
    "so": QT_TRANSLATE_NOOP("LanguageName", "Somali"),
    "tr": QT_TRANSLATE_NOOP("LanguageName", "Turkish"),
    "uk": QT_TRANSLATE_NOOP("LanguageName", "Ukrainian"),
    "ur": QT_TRANSLATE_NOOP("LanguageName", "Urdu"),
    "vi": QT_TRANSLATE_NOOP("LanguageName", "Vietnamese"),
    "zh": QT_TRANSLATE_NOOP("LanguageName", "Chinese"),
}


def stage_word(code: str) -> str:
    """ "follow_up" -> "Follow-up" (translated); an unknown code as readable words."""
    try:
        return QCoreApplication.translate("CaseStage", STAGE_WORDS[CaseStage(code)])
    except (ValueError, KeyError):
        return code.replace("_", " ").capitalize()


def risk_word(code: str) -> str:
    word = RISK_WORDS.get(code)
    return QCoreApplication.translate("RiskLevel", word) if word else code.capitalize()


def language_name(code: str) -> str:
    """'es' -> 'Spanish' in the worker's language; else Qt's (English) name; else the code."""
    word = LANGUAGE_WORDS.get(code.replace("_", "-").split("-")[0].lower())
    if word:
        return QCoreApplication.translate("LanguageName", word)
    return _qt_language_name(code)


@cache
def _qt_language_name(code: str) -> str:
    locale = QLocale(code)
    if locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return code
    return QLocale.languageToString(locale.language())
