"""Warnings before a visit is booked: outside the client's safe times, against their contact
permissions, or on a closed case (app/services/visit_checks.py)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.services.casework import Closing, close_case, open_case
from app.services.records import ClientDraft, create_client
from app.services.visit_checks import (
    ALL_DAYS,
    CLOSED_CASE,
    NO_CALLS,
    NO_HOME_VISITS,
    OUTSIDE_SAFE_TIMES,
    WEEKDAYS,
    SafeWindow,
    VisitFacts,
    check_visit,
    safe_windows,
    visit_facts,
)

MONDAY = datetime(2025, 3, 10)  # a Monday
SATURDAY = datetime(2025, 3, 15)


def at(day: datetime, hour: int, minute: int = 0) -> datetime:
    return day.replace(hour=hour, minute=minute)


def kinds(facts: VisitFacts, begins: datetime, contact: str = "home", minutes: int = 60):
    return [w.kind for w in check_visit(facts, contact, begins, minutes)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Weekdays 9-12", (SafeWindow(WEEKDAYS, 9 * 60, 12 * 60),)),
        ("After 3 pm only", (SafeWindow(ALL_DAYS, 15 * 60, 24 * 60),)),
        ("before 11:30", (SafeWindow(ALL_DAYS, 0, 11 * 60 + 30),)),
        ("Mon-Wed 10-2", (SafeWindow(frozenset({0, 1, 2}), 10 * 60, 14 * 60),)),
        (
            "Tuesdays and Thursdays",
            (SafeWindow(frozenset({1}), 0, 1440), SafeWindow(frozenset({3}), 0, 1440)),
        ),  # fmt: skip
        ("9am to 5pm weekdays", (SafeWindow(WEEKDAYS, 9 * 60, 17 * 60),)),
        ("Mornings; not when partner is home", (SafeWindow(ALL_DAYS, 0, 12 * 60),)),
    ],
)
def test_plain_safe_times_are_read(text, expected) -> None:
    assert safe_windows(text) == expected


@pytest.mark.parametrize(
    "text", [None, "", "Not when partner is home", "Ask her daughter first", "no visits monthly"]
)
def test_words_it_cannot_read_give_no_window(text) -> None:
    assert safe_windows(text) == ()


def test_a_visit_outside_the_safe_times_warns() -> None:
    facts = VisitFacts(safe_times="Weekdays 9-12")
    assert kinds(facts, at(MONDAY, 10)) == []
    assert kinds(facts, at(MONDAY, 18)) == [OUTSIDE_SAFE_TIMES]
    assert kinds(facts, at(MONDAY, 11, 30)) == [OUTSIDE_SAFE_TIMES]  # runs past noon
    assert kinds(facts, at(SATURDAY, 10)) == [OUTSIDE_SAFE_TIMES]
    warning = check_visit(facts, "phone", at(MONDAY, 18), 30)[0]
    assert warning.safe_times == "Weekdays 9-12"  # the client's own words, to show


def test_unreadable_safe_times_never_warn() -> None:
    facts = VisitFacts(safe_times="Not when partner is home")
    assert kinds(facts, at(MONDAY, 23)) == []


def test_contact_permissions_warn_for_their_kind_of_contact() -> None:
    facts = VisitFacts(do_not_call=True, may_visit=False)
    assert kinds(facts, at(MONDAY, 10), "phone") == [NO_CALLS]
    assert kinds(facts, at(MONDAY, 10), "home") == [NO_HOME_VISITS]
    assert kinds(facts, at(MONDAY, 10), "office") == []
    assert kinds(VisitFacts(may_visit=None), at(MONDAY, 10), "home") == []  # not asked yet


def test_a_closed_case_warns_but_follow_up_does_not() -> None:
    closed = VisitFacts(case_stage="closure", case_closed_on=date(2025, 3, 1))
    assert kinds(closed, at(MONDAY, 10)) == [CLOSED_CASE]
    assert check_visit(closed, "home", at(MONDAY, 10), 60)[0].closed_on == date(2025, 3, 1)
    following = VisitFacts(case_stage="follow_up", case_closed_on=date(2025, 3, 1))
    assert kinds(following, at(MONDAY, 10)) == []


def test_facts_are_read_from_the_client_and_case(vault) -> None:
    draft = ClientDraft("Ana", "Pereira", do_not_call=True, safe_contact_times="Weekdays 9-12")
    with vault.session() as session:
        client = create_client(session, draft, vault.owner_id)
        case_id = open_case(session, client, "Housing stability", vault.owner_id)
        facts = visit_facts(session, client, case_id)
        assert facts.do_not_call and facts.safe_times == "Weekdays 9-12"
        assert facts.case_stage == "intake" and facts.case_closed_on is None
        close_case(session, case_id, vault.owner_id, Closing("Goals met", True, exception="x"))
        assert visit_facts(session, client, case_id).case_closed_on is not None
        assert visit_facts(session, client, None).case_stage is None
