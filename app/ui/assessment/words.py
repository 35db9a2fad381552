"""The words the assessment screens show for stored codes (kinds, risk levels) and languages,
in the worker's language through Qt's translation system. What an instrument asks comes from
its own file, in the language chosen on the form."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale


def _t(text: str) -> str:
    return QCoreApplication.translate("assessment", text)


def kinds() -> dict[str, str]:
    return {
        "screening": _t("Screening"),
        "assessment": _t("Assessment"),
        "reassessment": _t("Re-assessment"),
    }


def risk_levels() -> dict[str, str]:
    return {"low": _t("Low"), "medium": _t("Medium"), "high": _t("High")}


def languages() -> dict[str, str]:
    return {"en": _t("English"), "es": _t("Spanish"), "fr": _t("French")}


def worker_language() -> str:
    """The worker's language code (the desktop's), for the instrument's default wording."""
    return QLocale.system().name().split("_")[0].lower()
