"""Sharing a client's information as rules: does a consent cover it, and what is the least to send.

Consents store recipients and purposes as the words written on the signed form (names of people
or organisations; one purpose per line), and categories as codes of
app.core.consent.INFORMATION_CATEGORIES. The rules here match a requested disclosure against
those records:

- only signed release-of-information consents cover a disclosure, and only while in force
  (active or expiring, app.core.consent.consent_status);
- the recipient matches a consent's recipient when their normalised names are equal
  (case-folded, accents and punctuation kept, runs of spaces collapsed); a collateral is looked up
  by the caller and matched by its name or its organisation, since consents name people, not ids;
- the purpose matches when it equals one of the consent's purpose lines, normalised the same way
  (the share dialog offers the consent's own purposes, so a worker picks, rather than retypes);
- every requested category must be one the consent lists.

When nothing covers the request, the verdict says what is missing with app-made codes, measured
against the consent that comes closest, so the worker is told "the clinic is covered, but not
for mental health" rather than "no".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from app.core.consent import consent_status

LEGAL_BASES = ("imminent_risk", "duty_to_report", "court_order")
RELEASE_KIND = "release_of_information"
IN_FORCE = ("active", "expiring")

# Codes of what is missing (the share dialog names each in plain words).
RECIPIENT_NOT_COVERED = "recipient_not_covered"
PURPOSE_NOT_COVERED = "purpose_not_covered"
CATEGORIES_NOT_COVERED = "categories_not_covered"
CONSENT_EXPIRED = "consent_expired"
CONSENT_REVOKED = "consent_revoked"
CONSENT_SUPERSEDED = "consent_superseded"
NO_RELEASE_CONSENT = "no_release_consent"
_STATUS_REASON = {
    "expired": CONSENT_EXPIRED,
    "revoked": CONSENT_REVOKED,
    "superseded": CONSENT_SUPERSEDED,
}

# The least each kind of purpose needs. A purpose is free text on the consent; when it is one of
# these codes, the default selection is its needs (within what the consent covers); any other
# purpose starts from identity alone and the worker ticks the rest deliberately.
BASELINE = ("identity",)
PURPOSE_NEEDS: dict[str, tuple[str, ...]] = {
    "care_coordination": ("identity", "contact_details", "case_plan"),
    "referral": ("identity", "contact_details", "case_plan"),
    "benefits": ("identity", "contact_details", "income", "housing"),
    "housing": ("identity", "contact_details", "housing", "income"),
    "health_care": ("identity", "contact_details", "health", "mental_health", "substance_use"),
    "education": ("identity", "education_work", "family"),
    "legal": ("identity", "legal"),
}


def normalise(text: str) -> str:
    """The form names and purposes are compared in: case-folded, spaces collapsed, trailing
    full stops dropped."""
    return " ".join(text.casefold().split()).rstrip(".").strip()


@dataclass(frozen=True)
class Recipient:
    """Who would receive the information: a name typed in, or a collateral (its id, name and
    organisation looked up by the caller)."""

    name: str
    collateral_id: str | None = None
    organisation: str | None = None

    def names(self) -> frozenset[str]:
        found = {normalise(self.name), normalise(self.organisation or "")}
        return frozenset(n for n in found if n)


@dataclass(frozen=True)
class ConsentFacts:
    """What the rules need of one consent record (no ORM object)."""

    id: str
    kind: str  # app.core.consent.KINDS
    stored_status: str  # draft | active | revocation
    recipients: tuple[str, ...]
    purposes: tuple[str, ...]
    categories: tuple[str, ...]
    expires_on: date | None
    revoked: bool = False
    superseded: bool = False

    def status(self, today: date) -> str:
        return consent_status(
            self.stored_status, self.expires_on, today, self.revoked, self.superseded
        )


@dataclass(frozen=True)
class Missing:
    code: str
    categories: tuple[str, ...] = ()  # for CATEGORIES_NOT_COVERED: the ones not covered


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    consent_id: str | None
    missing: tuple[Missing, ...]

    def codes(self) -> tuple[str, ...]:
        return tuple(m.code for m in self.missing)


def _gaps(
    consent: ConsentFacts, recipient: Recipient, purpose: str, wanted: Iterable[str]
) -> list[Missing]:
    """What this consent does not cover, status aside."""
    gaps = []
    if not recipient.names() & {normalise(r) for r in consent.recipients}:
        gaps.append(Missing(RECIPIENT_NOT_COVERED))
    if normalise(purpose) not in {normalise(p) for p in consent.purposes}:
        gaps.append(Missing(PURPOSE_NOT_COVERED))
    outside = tuple(c for c in dict.fromkeys(wanted) if c not in consent.categories)
    if outside:
        gaps.append(Missing(CATEGORIES_NOT_COVERED, outside))
    return gaps


def _distance(gaps: list[Missing]) -> tuple[int, int, int]:
    # Closest first: the right recipient matters most, then the purpose, then fewest categories.
    codes = {g.code for g in gaps}
    extra = sum(len(g.categories) for g in gaps)
    return (RECIPIENT_NOT_COVERED in codes, PURPOSE_NOT_COVERED in codes, extra)


def check(
    recipient: Recipient,
    purpose: str,
    categories: Iterable[str],
    today: date,
    consents: Iterable[ConsentFacts],
) -> Verdict:
    """Whether a signed release-of-information consent in force covers this disclosure."""
    wanted = tuple(dict.fromkeys(categories))
    signed = [c for c in consents if c.kind == RELEASE_KIND and c.stored_status == "active"]
    if not signed:
        return Verdict(False, None, (Missing(NO_RELEASE_CONSENT),))
    ranked = []
    for consent in signed:
        gaps, status = _gaps(consent, recipient, purpose, wanted), consent.status(today)
        if not gaps and status in IN_FORCE:
            return Verdict(True, consent.id, ())
        if status not in IN_FORCE:
            gaps.append(Missing(_STATUS_REASON[status]))
        ranked.append((_distance(gaps), status not in IN_FORCE, gaps))
    ranked.sort(key=lambda entry: (entry[0], entry[1]))
    return Verdict(False, None, tuple(ranked[0][2]))


def purpose_needs(purpose: str) -> tuple[str, ...]:
    return PURPOSE_NEEDS.get(normalise(purpose).replace(" ", "_"), BASELINE)


def minimum_categories(purpose: str, consent: ConsentFacts | None) -> tuple[str, ...]:
    """The default ticked set: what the purpose needs AND the consent covers (nothing without
    a consent: under a legal basis the worker chooses every category deliberately)."""
    if consent is None:
        return ()
    return tuple(c for c in purpose_needs(purpose) if c in consent.categories)
