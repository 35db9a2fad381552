"""The words the closure screens show for the checklist's items, the records it points at and
the goals' outcomes, in the worker's language through Qt's translation system (plural forms
with %n)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.core.notes import template
from app.services.closure import ClosureReview, Pending
from app.services.timeline import CONTACT_TITLES
from app.ui.consent.words import kinds
from app.ui.widgets import long_day


def _t(text: str, count: int = -1) -> str:
    return QCoreApplication.translate("Closure", text, None, count)


def outcomes() -> dict[str, str]:
    return {
        "achieved": _t("Achieved"),
        "partly": _t("Partly achieved"),
        "not_achieved": _t("Not achieved"),
    }


def _n(text: str) -> str:
    # Found by lupdate, translated when shown. str(): PySide6 types the text it returns as object.
    return str(QT_TRANSLATE_NOOP("Closure", text))


MISSING = {  # (one, many): English has two forms; a translation gives its own (%n: the number)
    "informed": (_n("The client is not told yet"),) * 2,
    "tasks": (_n("%n open task"), _n("%n open tasks")),
    "referrals": (_n("%n referral without an outcome"), _n("%n referrals without an outcome")),
    "notes": (_n("%n unsigned note"), _n("%n unsigned notes")),
    "consents": (_n("%n consent still a draft"), _n("%n consents still drafts")),
    "goals": (_n("%n goal without an outcome"), _n("%n goals without an outcome")),
    "follow_up": (_n("No follow-up arranged"),) * 2,
}
MET = {
    "informed": _n("The client knows the case is closing"),
    "tasks": _n("No open tasks"),
    "referrals": _n("Every referral has an outcome"),
    "notes": _n("Every note is signed"),
    "consents": _n("No consent left as a draft"),
    "goals": _n("Every goal has an outcome"),
    "follow_up": _n("Follow-up booked or declined"),
}


def item_line(item: str, met: bool, count: int) -> str:
    """One checklist line: what is met, or what is missing (counted)."""
    if met:
        return _t(MET[item])
    one, many = MISSING[item]
    return _t(one if count == 1 else many, count)


def _label(pending: Pending) -> str:
    """The label in words: a kind of contact, a note template or a consent kind by name."""
    if pending.kind == "visit":
        return CONTACT_TITLES.get(pending.label, pending.label)
    if pending.kind == "consent":
        return kinds().get(pending.label, pending.label)
    if pending.kind == "note":
        try:
            return template(pending.label).name
        except ValueError:
            return pending.label
    return pending.label


def pending_line(pending: Pending) -> str:
    """A record the checklist points at, as the worker knows it."""
    day = long_day(pending.on) if pending.on else ""
    texts = {
        "task": _t("{label} · due {day}") if day else "{label}",
        "follow_up": _t("Follow-up: {label} · {day}"),
        "visit": _t("{label} · {day}"),
        "referral": _t("{label} · made {day}"),
        "note": _t("Draft note ({label}) · {day}"),
        "consent": _t("Draft consent: {label}"),
    }
    return texts.get(pending.kind, "{label}").format(label=_label(pending), day=day)


def pointed_at(item: str, review: ClosureReview) -> tuple[Pending, ...]:
    return {
        "tasks": review.open_tasks,
        "referrals": review.open_referrals,
        "notes": review.unsigned_notes,
        "consents": review.draft_consents,
    }.get(item, ())
