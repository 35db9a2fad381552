"""The disclosure rules (app/core/disclosure.py): a signed release-of-information consent in force
covers a disclosure only for its recipients, purposes and categories; otherwise the verdict names
what is missing."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from app.core.consent import INFORMATION_CATEGORIES
from app.core.disclosure import (
    ConsentFacts,
    Missing,
    Recipient,
    check,
    minimum_categories,
)

TODAY = date(2026, 12, 5)
CLINIC = Recipient("Clínica del Valle")


def release(**changes: object) -> ConsentFacts:
    fields: dict[str, object] = {
        "id": "c1",
        "kind": "release_of_information",
        "stored_status": "active",
        "recipients": ("Clínica del Valle", "Escuela Norte"),
        "purposes": ("Coordinate care with the clinic", "care_coordination"),
        "categories": ("identity", "health", "case_plan"),
        "expires_on": TODAY + timedelta(days=180),
    }
    fields.update(changes)
    return ConsentFacts(**fields)  # type: ignore[arg-type]


def verdict(
    categories=("health",),
    recipient=CLINIC,
    purpose="Coordinate care with the clinic",
    consents=None,
):
    return check(
        recipient, purpose, categories, TODAY, [release()] if consents is None else consents
    )


def test_a_consent_in_force_covers_its_recipient_purpose_and_categories():
    found = verdict(
        ("identity", "health"),
        Recipient("  clínica DEL valle "),
        "coordinate care with the clinic.",
    )
    assert (found.allowed, found.consent_id, found.missing) == (True, "c1", ())


def test_a_collateral_matches_by_its_organisation():
    doctor = Recipient("Dr. Ana Ruiz", collateral_id="p1", organisation="Clínica del Valle")
    assert verdict(recipient=doctor).allowed


def test_another_recipient_is_not_covered():
    found = verdict(recipient=Recipient("Clínica del Sur"))
    assert not found.allowed and found.codes() == ("recipient_not_covered",)


def test_a_category_outside_the_consent_is_named():
    found = verdict(("health", "mental_health", "legal"))
    assert found.missing == (Missing("categories_not_covered", ("mental_health", "legal")),)


def test_another_purpose_is_not_covered():
    found = verdict(purpose="Apply for housing")
    assert found.codes() == ("purpose_not_covered",)


def test_an_expired_consent_covers_nothing():
    found = verdict(consents=[release(expires_on=TODAY - timedelta(days=1))])
    assert not found.allowed and found.codes() == ("consent_expired",)


def test_a_revoked_consent_covers_nothing():
    found = verdict(consents=[release(revoked=True)])
    assert not found.allowed and found.codes() == ("consent_revoked",)


def test_without_a_release_consent_nothing_is_covered():
    services = release(kind="services")
    draft = release(stored_status="draft")
    for consents in ([], [services], [draft]):
        assert verdict(consents=consents).codes() == ("no_release_consent",)


def test_the_closest_consent_explains_the_refusal():
    other = release(id="c2", recipients=("Banco de Alimentos",), categories=INFORMATION_CATEGORIES)
    found = verdict(("health", "income"), consents=[other, release()])
    assert found.missing == (Missing("categories_not_covered", ("income",)),)


def test_a_renewal_in_force_covers_what_the_expired_original_did():
    old = release(id="old", expires_on=TODAY - timedelta(days=3), superseded=True)
    new = release(id="new")
    assert verdict(consents=[old, new]).consent_id == "new"


def test_the_default_selection_is_what_the_purpose_needs_within_the_consent():
    consent = release()
    assert minimum_categories("care_coordination", consent) == ("identity", "case_plan")
    assert minimum_categories("Coordinate care with the clinic", consent) == ("identity",)
    assert minimum_categories("care_coordination", None) == ()


CATEGORY_SETS = st.sets(st.sampled_from(INFORMATION_CATEGORIES), min_size=1)


@given(CATEGORY_SETS, st.data())
def test_a_subset_of_the_consent_is_allowed_and_one_more_category_is_not(covered, data):
    consent = release(categories=tuple(sorted(covered)))
    asked = data.draw(st.sets(st.sampled_from(sorted(covered))))
    assert verdict(tuple(asked), consents=[consent]).allowed
    outside = sorted(set(INFORMATION_CATEGORIES) - covered)
    if outside:
        extra = data.draw(st.sampled_from(outside))
        found = verdict((*asked, extra), consents=[consent])
        assert found.missing == (Missing("categories_not_covered", (extra,)),)
