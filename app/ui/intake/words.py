"""The words the intake screens show for the codes intake stores (permissions, roles, kinds
of people, screening decisions, why someone may be a duplicate), through Qt's translation
system, and the languages offered for a client."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core import duplicates

# Offered first in the language list; a client's other language is added when they have one.
LANGUAGE_CODES = (
    "en", "es", "fr", "pt", "ar", "zh", "vi", "ru", "uk", "pl", "so", "ht", "tl", "ko", "fa",
    "ps", "ti", "am", "sw", "tr", "ro", "hi", "bn", "ur", "pa", "ase",
)  # fmt: skip


def _t(text: str) -> str:
    return QCoreApplication.translate("intake", text)


def phone_choices() -> dict[bool, str]:
    """May we phone? (stored as `do_not_call`, the caseload's flag: True means no)."""
    return {False: _t("Yes"), True: _t("No: do not call")}


def permission_choices() -> dict[bool | None, str]:
    return {None: _t("Not asked yet"), True: _t("Yes"), False: _t("No")}


def representative_roles() -> dict[str, str]:
    return {
        "guardian": _t("Guardian"),
        "parent": _t("Parent"),
        "legal_representative": _t("Legal representative"),
        "power_of_attorney": _t("Power of attorney"),
    }


def person_kinds() -> dict[str, str]:
    return {"household": _t("Household member"), "collateral": _t("Other contact")}


def decisions() -> dict[str, str]:
    return {
        "eligible": _t("Eligible"),
        "not_eligible": _t("Not eligible"),
        "referred": _t("Referred elsewhere"),
        "pending": _t("Pending (more information needed)"),
    }


def reasons() -> dict[str, str]:
    return {
        duplicates.PHONE: _t("same phone number"),
        duplicates.NAME_SOUND: _t("name sounds alike"),
        duplicates.NAME_SPELLING: _t("name spelled nearly alike"),
        duplicates.DATE_OF_BIRTH: _t("same date of birth"),
    }


def reason_text(codes: tuple[str, ...]) -> str:
    named = reasons()
    return ", ".join(named.get(code, code) for code in codes)


def language_label(code: str, name: str) -> str:
    """ "Spanish (es)"; Qt's locale data names spoken languages only."""
    if code == "ase":
        name = _t("American Sign Language")
    return f"{name} ({code})" if name != code else code
