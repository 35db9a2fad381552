"""The words the assessment screens show for stored codes (kinds, risk levels) and languages,
in the worker's language through Qt's translation system. What an instrument asks comes from
its own file, in the language chosen on the form."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale


def kinds() -> dict[str, str]:
    return {
        "screening": QCoreApplication.translate("assessment", "Screening"),
        "assessment": QCoreApplication.translate("assessment", "Assessment"),
        "reassessment": QCoreApplication.translate("assessment", "Re-assessment"),
    }


def risk_levels() -> dict[str, str]:
    return {
        "low": QCoreApplication.translate("assessment", "Low"),
        "medium": QCoreApplication.translate("assessment", "Medium"),
        "high": QCoreApplication.translate("assessment", "High"),
    }


def languages() -> dict[str, str]:
    return {
        "en": QCoreApplication.translate("assessment", "English"),
        "es": QCoreApplication.translate("assessment", "Spanish"),
        "fr": QCoreApplication.translate("assessment", "French"),
    }


def worker_language() -> str:
    """The worker's language code (the desktop's), for the instrument's default wording."""
    return QLocale.system().name().split("_")[0].lower()
