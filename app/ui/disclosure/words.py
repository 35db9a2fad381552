"""The words the disclosure screens show for the codes the rules use (what is missing, legal
bases, deliveries, how the client was told), through Qt's translation system."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.consent import words as consent_words


def _t(text: str) -> str:
    return QCoreApplication.translate("Disclosure", text)


def missing() -> dict[str, str]:
    return {
        "recipient_not_covered": _t("no consent names this recipient"),
        "purpose_not_covered": _t("the consent does not cover this purpose"),
        "categories_not_covered": _t("the consent does not cover: {categories}"),
        "consent_expired": _t("the consent has expired"),
        "consent_revoked": _t("the client withdrew the consent"),
        "consent_superseded": _t("the consent was replaced by a newer one"),
        "no_release_consent": _t("the client has signed no release of information"),
    }


def legal_bases() -> dict[str, str]:
    return {
        "imminent_risk": _t("Imminent risk of serious harm"),
        "duty_to_report": _t("Duty to report"),
        "court_order": _t("Court order"),
    }


def deliveries() -> dict[str, str]:
    return {
        "printed": _t("Print it"),
        "saved": _t("Save it to a file"),
        "both": _t("Print it and save it to a file"),
    }


def told_how() -> dict[str, str]:
    return {
        "in_person": _t("In person"),
        "phone": _t("By phone"),
        "in_writing": _t("In writing"),
        "other": _t("Another way"),
    }


def category_names(codes: tuple[str, ...] | list[str]) -> str:
    names = consent_words.categories()
    return ", ".join(names.get(code, code) for code in codes)


def refusal(codes: tuple[str, ...], uncovered: tuple[str, ...]) -> str:
    """'Not covered: no consent names this recipient; the consent has expired.'"""
    texts = missing()
    parts = [texts.get(code, code).format(categories=category_names(uncovered)) for code in codes]
    return _t("Not covered: {reasons}.").format(reasons="; ".join(parts))
