"""What the intake form holds about a client, and the checks it must pass before it is saved
(new or edited), each refusal in plain words."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from app.core.refusal import QT_TRANSLATE_NOOP, Refusal
from app.services.fields import one_of, optional_text, required_text

# Who decides for a client who lacks capacity (the consent form's words for them too).
REPRESENTATIVE_ROLES = ("guardian", "parent", "legal_representative", "power_of_attorney")
LANGUAGE_TAG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")  # BCP 47, simply: "es", "pt-BR"
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
OLDEST_BIRTH = date(1900, 1, 1)
NAME_LIMIT = 200


# The field names this module's checks put in a refusal ("Please fill in the {what}."),
# marked so lupdate collects them: the UI translates a refusal's word details in "Refusal"
# (app/ui/errors.py). Marking only: the checks keep passing the same English words.
REFUSAL_FIELD_NAMES = (
    QT_TRANSLATE_NOOP("Refusal", "first name"),
    QT_TRANSLATE_NOOP("Refusal", "family name"),
    QT_TRANSLATE_NOOP("Refusal", "preferred name"),
    QT_TRANSLATE_NOOP("Refusal", "pronouns"),
    QT_TRANSLATE_NOOP("Refusal", "phone number"),
    QT_TRANSLATE_NOOP("Refusal", "email address"),
    QT_TRANSLATE_NOOP("Refusal", "address"),
    QT_TRANSLATE_NOOP("Refusal", "safe contact time"),
    QT_TRANSLATE_NOOP("Refusal", "other contact rules"),
    QT_TRANSLATE_NOOP("Refusal", "representative's name"),
    QT_TRANSLATE_NOOP("Refusal", "representative's role"),
    QT_TRANSLATE_NOOP("Refusal", "representative's phone number"),
    QT_TRANSLATE_NOOP("Refusal", "cultural considerations"),
)


@dataclass(frozen=True)
class ClientDetails:
    """Everything the New client and Edit details forms hold. A permission is None until the
    client was asked; phoning is `do_not_call` (the caseload's long-standing flag)."""

    legal_first_name: str
    legal_last_name: str
    preferred_name: str | None = None
    pronouns: str | None = None
    date_of_birth: date | None = None
    preferred_language: str = "en"
    interpreter_needed: bool = False
    phone: str | None = None
    email: str | None = None
    address: str | None = None
    do_not_call: bool = False
    may_leave_message: bool | None = None
    may_visit: bool | None = None
    may_send_mail: bool | None = None
    safe_contact_times: str | None = None
    contact_rules: str | None = None
    lacks_capacity: bool = False
    representative_name: str | None = None
    representative_role: str | None = None
    representative_phone: str | None = None
    cultural_considerations: str | None = None


def _names(details: ClientDetails) -> dict[str, str | None]:
    return {
        "legal_first_name": required_text(details.legal_first_name, "first name", NAME_LIMIT),
        "legal_last_name": required_text(details.legal_last_name, "family name", NAME_LIMIT),
        "preferred_name": optional_text(details.preferred_name, "preferred name", NAME_LIMIT),
        "pronouns": optional_text(details.pronouns, "pronouns", 50),
    }


def _language(tag: str | None) -> str:
    cleaned = (tag or "").strip()
    if not LANGUAGE_TAG.match(cleaned):
        raise Refusal(
            QT_TRANSLATE_NOOP(
                "Refusal", "Choose the client's language from the list (or a code such as 'es')."
            )
        )
    return cleaned


def _born(day: date | None, today: date) -> date | None:
    if day is not None and day > today:
        raise Refusal(QT_TRANSLATE_NOOP("Refusal", "The date of birth cannot be in the future."))
    if day is not None and day < OLDEST_BIRTH:
        raise Refusal(QT_TRANSLATE_NOOP("Refusal", "Check the date of birth: it is before 1900."))
    return day


def phone_number(value: str | None, what: str) -> str | None:
    phone = optional_text(value, what, 50)
    if phone is not None and sum(c.isdigit() for c in phone) < 3:
        raise Refusal(
            QT_TRANSLATE_NOOP("Refusal", "The {what} needs its digits (at least three)."),
            {"what": what},
        )
    return phone


def _contact(details: ClientDetails) -> dict[str, str | None]:
    email = optional_text(details.email, "email address", 200)
    if email is not None and not EMAIL.match(email):
        raise Refusal(
            QT_TRANSLATE_NOOP(
                "Refusal", "The email address does not look right (name@example.org)."
            )
        )
    return {
        "phone": phone_number(details.phone, "phone number"),
        "email": email,
        "address": optional_text(details.address, "address", 1000),
        "safe_contact_times": optional_text(details.safe_contact_times, "safe contact time", 200),
        "contact_rules": optional_text(details.contact_rules, "other contact rules", 2000),
    }


def _representative(details: ClientDetails) -> dict[str, str | None]:
    name = optional_text(details.representative_name, "representative's name", NAME_LIMIT)
    if details.lacks_capacity and name is None:
        raise Refusal(
            QT_TRANSLATE_NOOP(
                "Refusal",
                "A client who lacks capacity needs a guardian or legal representative: "
                "fill in their name.",
            )
        )
    role = details.representative_role if name is not None else None
    if name is not None:
        role = one_of(role or "", REPRESENTATIVE_ROLES, "representative's role")
    phone = phone_number(details.representative_phone, "representative's phone number")
    return {
        "representative_name": name,
        "representative_role": role,
        "representative_phone": phone if name is not None else None,
    }


def clean_details(details: ClientDetails, today: date | None = None) -> ClientDetails:
    """The details with text trimmed (empty text as None), or ValueError in plain words."""
    # One dict: mypy checks each ** dict against every field, whatever keys it holds.
    trimmed: dict[str, Any] = {**_names(details), **_contact(details), **_representative(details)}
    return replace(
        details,
        **trimmed,
        preferred_language=_language(details.preferred_language),
        date_of_birth=_born(details.date_of_birth, today or date.today()),
        cultural_considerations=optional_text(
            details.cultural_considerations, "cultural considerations", 2000
        ),
    )
