"""The words the consent screens show for the codes a consent stores (kinds, categories,
methods, statuses), in the worker's language through Qt's translation system. The printed
form names them in the client's language instead (resources/consent_forms/vocabulary.*)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def kinds() -> dict[str, str]:
    return {
        "services": QCoreApplication.translate("consent", "Consent to services"),
        "release_of_information": QCoreApplication.translate("consent", "Release of information"),
        "recording": QCoreApplication.translate("consent", "Photo or recording"),
        "other": QCoreApplication.translate("consent", "Other consent"),
    }


def categories() -> dict[str, str]:
    return {
        "identity": QCoreApplication.translate("consent", "Identity (name, date of birth)"),
        "contact_details": QCoreApplication.translate("consent", "Contact details"),
        "case_plan": QCoreApplication.translate("consent", "Case plan"),
        "case_notes": QCoreApplication.translate("consent", "Case notes"),
        "assessments": QCoreApplication.translate("consent", "Assessments"),
        "health": QCoreApplication.translate("consent", "Physical health"),
        "mental_health": QCoreApplication.translate("consent", "Mental health"),
        "substance_use": QCoreApplication.translate("consent", "Substance use"),
        "housing": QCoreApplication.translate("consent", "Housing"),
        "income": QCoreApplication.translate("consent", "Income and benefits"),
        "family": QCoreApplication.translate("consent", "Family and relationships"),
        "education_work": QCoreApplication.translate("consent", "Education and work"),
        "legal": QCoreApplication.translate("consent", "Legal matters"),
    }


def methods() -> dict[str, str]:
    return {
        "signed_on_screen": QCoreApplication.translate("consent", "Signed on screen"),
        "signed_on_paper": QCoreApplication.translate("consent", "Signed on paper"),
        "verbal_witnessed": QCoreApplication.translate("consent", "Verbal, with a witness"),
        "written": QCoreApplication.translate(
            "consent", "Signed on paper"
        ),  # consents recorded before forms existed
    }


def authorities() -> dict[str, str]:
    return {
        "self": QCoreApplication.translate("consent", "The client"),
        "guardian": QCoreApplication.translate("consent", "Guardian"),
        "parent": QCoreApplication.translate("consent", "Parent"),
        "legal_representative": QCoreApplication.translate("consent", "Legal representative"),
    }


def assent() -> dict[str, str]:
    return {
        "assented": QCoreApplication.translate("consent", "The client agreed"),
        "objected": QCoreApplication.translate("consent", "The client objected"),
        "not_able": QCoreApplication.translate("consent", "The client could not express a view"),
    }


def revocation_methods() -> dict[str, str]:
    return {
        "in_person": QCoreApplication.translate("consent", "In person"),
        "phone": QCoreApplication.translate("consent", "By phone"),
        "in_writing": QCoreApplication.translate("consent", "In writing"),
        "other": QCoreApplication.translate("consent", "Another way"),
    }


def statuses() -> dict[str, str]:
    return {
        "draft": QCoreApplication.translate("consent", "Draft (not signed)"),
        "active": QCoreApplication.translate("consent", "Active"),
        "expiring": QCoreApplication.translate("consent", "Expiring soon"),
        "expired": QCoreApplication.translate("consent", "Expired"),
        "revoked": QCoreApplication.translate("consent", "Withdrawn"),
        "superseded": QCoreApplication.translate("consent", "Renewed (superseded)"),
    }


def languages() -> dict[str, str]:
    return {
        "en": QCoreApplication.translate("consent", "English"),
        "es": QCoreApplication.translate("consent", "Spanish"),
        "fr": QCoreApplication.translate("consent", "French"),
    }
