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


def phone_choices() -> dict[bool, str]:
    """May we phone? (stored as `do_not_call`, the caseload's flag: True means no)."""
    return {
        False: QCoreApplication.translate("intake", "Yes"),
        True: QCoreApplication.translate("intake", "No: do not call"),
    }


def permission_choices() -> dict[bool | None, str]:
    return {
        None: QCoreApplication.translate("intake", "Not asked yet"),
        True: QCoreApplication.translate("intake", "Yes"),
        False: QCoreApplication.translate("intake", "No"),
    }


def representative_roles() -> dict[str, str]:
    return {
        "guardian": QCoreApplication.translate("intake", "Guardian"),
        "parent": QCoreApplication.translate("intake", "Parent"),
        "legal_representative": QCoreApplication.translate("intake", "Legal representative"),
        "power_of_attorney": QCoreApplication.translate("intake", "Power of attorney"),
    }


def person_kinds() -> dict[str, str]:
    return {
        "household": QCoreApplication.translate("intake", "Household member"),
        "collateral": QCoreApplication.translate("intake", "Other contact"),
    }


def decisions() -> dict[str, str]:
    return {
        "eligible": QCoreApplication.translate("intake", "Eligible"),
        "not_eligible": QCoreApplication.translate("intake", "Not eligible"),
        "referred": QCoreApplication.translate("intake", "Referred elsewhere"),
        "pending": QCoreApplication.translate("intake", "Pending (more information needed)"),
    }


def reasons() -> dict[str, str]:
    return {
        duplicates.PHONE: QCoreApplication.translate("intake", "same phone number"),
        duplicates.NAME_SOUND: QCoreApplication.translate("intake", "name sounds alike"),
        duplicates.NAME_SPELLING: QCoreApplication.translate("intake", "name spelled nearly alike"),
        duplicates.DATE_OF_BIRTH: QCoreApplication.translate("intake", "same date of birth"),
    }


def reason_text(codes: tuple[str, ...]) -> str:
    named = reasons()
    return ", ".join(named.get(code, code) for code in codes)


def language_label(code: str, name: str) -> str:
    """ "Spanish (es)"; Qt's locale data names spoken languages only."""
    if code == "ase":
        name = QCoreApplication.translate("intake", "American Sign Language")
    return f"{name} ({code})" if name != code else code
