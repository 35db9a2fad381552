"""The words the closure screens show for the checklist's items, the records it points at and
the goals' outcomes, in the worker's language through Qt's translation system (plural forms
with %n)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.closure import ClosureReview, Pending
from app.ui.consent.words import kinds
from app.ui.notes.words import contact_label, template_name
from app.ui.widgets import long_day


def outcomes() -> dict[str, str]:
    return {
        "achieved": QCoreApplication.translate("Closure", "Achieved"),
        "partly": QCoreApplication.translate("Closure", "Partly achieved"),
        "not_achieved": QCoreApplication.translate("Closure", "Not achieved"),
    }


def _missing(item: str, count: int) -> str:
    """What is missing, counted. English picks its form by the count here; each source is a
    plural message too (%n), so a translation gives the forms its language needs."""
    one = count == 1
    lines = {
        "informed": lambda: QCoreApplication.translate("Closure", "The client is not told yet"),
        "tasks": lambda: (
            QCoreApplication.translate("Closure", "%n open task", "", count)
            if one
            else QCoreApplication.translate("Closure", "%n open tasks", "", count)
        ),
        "referrals": lambda: (
            QCoreApplication.translate("Closure", "%n referral without an outcome", "", count)
            if one
            else QCoreApplication.translate("Closure", "%n referrals without an outcome", "", count)
        ),
        "notes": lambda: (
            QCoreApplication.translate("Closure", "%n unsigned note", "", count)
            if one
            else QCoreApplication.translate("Closure", "%n unsigned notes", "", count)
        ),
        "consents": lambda: (
            QCoreApplication.translate("Closure", "%n consent still a draft", "", count)
            if one
            else QCoreApplication.translate("Closure", "%n consents still drafts", "", count)
        ),
        "goals": lambda: (
            QCoreApplication.translate("Closure", "%n goal without an outcome", "", count)
            if one
            else QCoreApplication.translate("Closure", "%n goals without an outcome", "", count)
        ),
        "follow_up": lambda: QCoreApplication.translate("Closure", "No follow-up arranged"),
    }
    return lines[item]()


def _met(item: str) -> str:
    lines = {
        "informed": lambda: QCoreApplication.translate(
            "Closure", "The client knows the case is closing"
        ),
        "tasks": lambda: QCoreApplication.translate("Closure", "No open tasks"),
        "referrals": lambda: QCoreApplication.translate("Closure", "Every referral has an outcome"),
        "notes": lambda: QCoreApplication.translate("Closure", "Every note is signed"),
        "consents": lambda: QCoreApplication.translate("Closure", "No consent left as a draft"),
        "goals": lambda: QCoreApplication.translate("Closure", "Every goal has an outcome"),
        "follow_up": lambda: QCoreApplication.translate("Closure", "Follow-up booked or declined"),
    }
    return lines[item]()


def item_line(item: str, met: bool, count: int) -> str:
    """One checklist line: what is met, or what is missing (counted)."""
    return _met(item) if met else _missing(item, count)


def _label(pending: Pending) -> str:
    """The label in words: a kind of contact, a note template or a consent kind by name."""
    if pending.kind == "visit":
        return contact_label(pending.label)
    if pending.kind == "consent":
        return kinds().get(pending.label, pending.label)
    if pending.kind == "note":
        return template_name(pending.label)
    return pending.label


def pending_line(pending: Pending) -> str:
    """A record the checklist points at, as the worker knows it."""
    day = long_day(pending.on) if pending.on else ""
    texts = {
        "task": QCoreApplication.translate("Closure", "{label} · due {day}") if day else "{label}",
        "follow_up": QCoreApplication.translate("Closure", "Follow-up: {label} · {day}"),
        "visit": QCoreApplication.translate("Closure", "{label} · {day}"),
        "referral": QCoreApplication.translate("Closure", "{label} · made {day}"),
        "note": QCoreApplication.translate("Closure", "Draft note ({label}) · {day}"),
        "consent": QCoreApplication.translate("Closure", "Draft consent: {label}"),
    }
    return texts.get(pending.kind, "{label}").format(label=_label(pending), day=day)


def pointed_at(item: str, review: ClosureReview) -> tuple[Pending, ...]:
    return {
        "tasks": review.open_tasks,
        "referrals": review.open_referrals,
        "notes": review.unsigned_notes,
        "consents": review.draft_consents,
    }.get(item, ())
