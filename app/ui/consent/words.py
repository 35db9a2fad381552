"""The words the consent screens show for the codes a consent stores (kinds, categories,
methods, statuses), in the worker's language through Qt's translation system. The printed
form names them in the client's language instead (resources/consent_forms/vocabulary.*)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("consent", text)


def kinds() -> dict[str, str]:
    return {
        "services": _t("Consent to services"),
        "release_of_information": _t("Release of information"),
        "recording": _t("Photo or recording"),
        "other": _t("Other consent"),
    }


def categories() -> dict[str, str]:
    return {
        "identity": _t("Identity (name, date of birth)"),
        "contact_details": _t("Contact details"),
        "case_plan": _t("Case plan"),
        "case_notes": _t("Case notes"),
        "assessments": _t("Assessments"),
        "health": _t("Physical health"),
        "mental_health": _t("Mental health"),
        "substance_use": _t("Substance use"),
        "housing": _t("Housing"),
        "income": _t("Income and benefits"),
        "family": _t("Family and relationships"),
        "education_work": _t("Education and work"),
        "legal": _t("Legal matters"),
    }


def methods() -> dict[str, str]:
    return {
        "signed_on_screen": _t("Signed on screen"),
        "signed_on_paper": _t("Signed on paper"),
        "verbal_witnessed": _t("Verbal, with a witness"),
        "written": _t("Signed on paper"),  # consents recorded before forms existed
    }


def authorities() -> dict[str, str]:
    return {
        "self": _t("The client"),
        "guardian": _t("Guardian"),
        "parent": _t("Parent"),
        "legal_representative": _t("Legal representative"),
    }


def assent() -> dict[str, str]:
    return {
        "assented": _t("The client agreed"),
        "objected": _t("The client objected"),
        "not_able": _t("The client could not express a view"),
    }


def revocation_methods() -> dict[str, str]:
    return {
        "in_person": _t("In person"),
        "phone": _t("By phone"),
        "in_writing": _t("In writing"),
        "other": _t("Another way"),
    }


def statuses() -> dict[str, str]:
    return {
        "draft": _t("Draft (not signed)"),
        "active": _t("Active"),
        "expiring": _t("Expiring soon"),
        "expired": _t("Expired"),
        "revoked": _t("Withdrawn"),
        "superseded": _t("Renewed (superseded)"),
    }


def languages() -> dict[str, str]:
    return {"en": _t("English"), "es": _t("Spanish"), "fr": _t("French")}
