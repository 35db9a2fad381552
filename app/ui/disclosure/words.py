"""The words the disclosure screens show for the codes the rules use (what is missing, legal
bases, deliveries, how the client was told), through Qt's translation system."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.consent import words as consent_words


def missing() -> dict[str, str]:
    return {
        "recipient_not_covered": QCoreApplication.translate(
            "Disclosure", "no consent names this recipient"
        ),
        "purpose_not_covered": QCoreApplication.translate(
            "Disclosure", "the consent does not cover this purpose"
        ),
        "categories_not_covered": QCoreApplication.translate(
            "Disclosure", "the consent does not cover: {categories}"
        ),
        "consent_expired": QCoreApplication.translate("Disclosure", "the consent has expired"),
        "consent_revoked": QCoreApplication.translate(
            "Disclosure", "the client withdrew the consent"
        ),
        "consent_superseded": QCoreApplication.translate(
            "Disclosure", "the consent was replaced by a newer one"
        ),
        "no_release_consent": QCoreApplication.translate(
            "Disclosure", "the client has signed no release of information"
        ),
    }


def legal_bases() -> dict[str, str]:
    return {
        "imminent_risk": QCoreApplication.translate("Disclosure", "Imminent risk of serious harm"),
        "duty_to_report": QCoreApplication.translate("Disclosure", "Duty to report"),
        "court_order": QCoreApplication.translate("Disclosure", "Court order"),
    }


def deliveries() -> dict[str, str]:
    return {
        "printed": QCoreApplication.translate("Disclosure", "Print it"),
        "saved": QCoreApplication.translate("Disclosure", "Save it to a file"),
        "both": QCoreApplication.translate("Disclosure", "Print it and save it to a file"),
    }


def told_how() -> dict[str, str]:
    return {
        "in_person": QCoreApplication.translate("Disclosure", "In person"),
        "phone": QCoreApplication.translate("Disclosure", "By phone"),
        "in_writing": QCoreApplication.translate("Disclosure", "In writing"),
        "other": QCoreApplication.translate("Disclosure", "Another way"),
    }


def category_names(codes: tuple[str, ...] | list[str]) -> str:
    names = consent_words.categories()
    return ", ".join(names.get(code, code) for code in codes)


def refusal(codes: tuple[str, ...], uncovered: tuple[str, ...]) -> str:
    """'Not covered: no consent names this recipient; the consent has expired.'"""
    texts = missing()
    parts = [texts.get(code, code).format(categories=category_names(uncovered)) for code in codes]
    return QCoreApplication.translate("Disclosure", "Not covered: {reasons}.").format(
        reasons="; ".join(parts)
    )
