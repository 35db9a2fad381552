"""The words the record screens and Today show for the codes the services store (entry kinds,
flags, visit statuses, case stages, risk levels) and for the `Words` templates the timeline
service returns, in the worker's language, with dates in their locale."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from app.core.refusal import QT_TRANSLATE_NOOP
from app.services.timeline_words import CONTACT, CONTACT_TITLES, Words
from app.ui.consent.words import kinds as consent_kinds
from app.ui.locale_format import local_moment, long_day
from app.ui.referrals.words import statuses as referral_statuses

KIND_LABELS = {
    "visit": QT_TRANSLATE_NOOP("Timeline", "Visit"),
    "note": QT_TRANSLATE_NOOP("Timeline", "Note"),
    "task": QT_TRANSLATE_NOOP("Timeline", "Task"),
    "stage": QT_TRANSLATE_NOOP("Timeline", "Stage"),
    "transfer": QT_TRANSLATE_NOOP("Timeline", "Transfer"),
    "consent": QT_TRANSLATE_NOOP("Timeline", "Consent"),
    "referral": QT_TRANSLATE_NOOP("Timeline", "Referral"),
    "conflict": QT_TRANSLATE_NOOP("Timeline", "Conflict"),
}
KIND_PLURALS = {
    "visit": QT_TRANSLATE_NOOP("Timeline", "Visits"),
    "note": QT_TRANSLATE_NOOP("Timeline", "Notes"),
    "task": QT_TRANSLATE_NOOP("Timeline", "Tasks"),
    "stage": QT_TRANSLATE_NOOP("Timeline", "Stage changes"),
    "transfer": QT_TRANSLATE_NOOP("Timeline", "Transfers"),
    "consent": QT_TRANSLATE_NOOP("Timeline", "Consents"),
    "referral": QT_TRANSLATE_NOOP("Timeline", "Referrals"),
    "conflict": QT_TRANSLATE_NOOP("Timeline", "Conflicts"),
}
FLAGS = {  # the timeline service's flags (app/services/timeline.py)
    "scheduled": QT_TRANSLATE_NOOP("Status", "Scheduled"),
    "done": QT_TRANSLATE_NOOP("Status", "Done"),
    "cancelled": QT_TRANSLATE_NOOP("Status", "Cancelled"),
    "no show": QT_TRANSLATE_NOOP("Status", "No-show"),
    "no_show": QT_TRANSLATE_NOOP("Status", "No-show"),
    "overdue": QT_TRANSLATE_NOOP("Status", "Overdue"),
    "addendum": QT_TRANSLATE_NOOP("Status", "Addendum"),
    "late entry": QT_TRANSLATE_NOOP("Status", "Late entry"),
    "draft": QT_TRANSLATE_NOOP("Status", "Draft"),
    "signed": QT_TRANSLATE_NOOP("Status", "Signed"),
    "co-signed": QT_TRANSLATE_NOOP("Status", "Co-signed"),
    "follow-up": QT_TRANSLATE_NOOP("Status", "Follow-up"),
    "revoked": QT_TRANSLATE_NOOP("Status", "Withdrawn"),
    "superseded": QT_TRANSLATE_NOOP("Status", "Replaced"),
    "expired": QT_TRANSLATE_NOOP("Status", "Expired"),
    "expiring": QT_TRANSLATE_NOOP("Status", "Expiring soon"),
    "active": QT_TRANSLATE_NOOP("Status", "In force"),
    "follow-up due": QT_TRANSLATE_NOOP("Status", "Follow-up due"),
    "pending review": QT_TRANSLATE_NOOP("Status", "Pending review"),
    "reviewed": QT_TRANSLATE_NOOP("Status", "Reviewed"),
}
STAGES = {
    "intake": QT_TRANSLATE_NOOP("Stage", "Intake"),
    "assessment": QT_TRANSLATE_NOOP("Stage", "Assessment"),
    "planning": QT_TRANSLATE_NOOP("Stage", "Planning"),
    "implementation": QT_TRANSLATE_NOOP("Stage", "Implementation"),
    "monitoring": QT_TRANSLATE_NOOP("Stage", "Monitoring"),
    "closure": QT_TRANSLATE_NOOP("Stage", "Closure"),
    "follow_up": QT_TRANSLATE_NOOP("Stage", "Follow-up"),
}
CONTACT_TEMPLATES = frozenset([*CONTACT_TITLES.values(), CONTACT])
RISKS = {
    "low": QT_TRANSLATE_NOOP("Risk", "Low risk"),
    "medium": QT_TRANSLATE_NOOP("Risk", "Medium risk"),
    "high": QT_TRANSLATE_NOOP("Risk", "High risk"),
}


def kind_label(kind: str) -> str:
    text = KIND_LABELS.get(kind)
    return QCoreApplication.translate("Timeline", text) if text else kind.capitalize()


def kind_plural(kind: str) -> str:
    text = KIND_PLURALS.get(kind)
    return QCoreApplication.translate("Timeline", text) if text else kind.capitalize()


def flag_word(code: str) -> str:
    """A status or flag code as a word: "pending review" -> "Pending review"."""
    text = FLAGS.get(code)
    if text:
        return QCoreApplication.translate("Status", text)
    referral = referral_statuses().get(code) or referral_statuses().get(_legacy(code))
    return referral or code.replace("_", " ").capitalize()


def _legacy(code: str) -> str:
    return {"made": "sent", "completed": "closed"}.get(code, code)


def stage_word(code: str) -> str:
    text = STAGES.get(code)
    return QCoreApplication.translate("Stage", text) if text else code.replace("_", " ")


def risk_word(code: str) -> str:
    text = RISKS.get(code)
    return QCoreApplication.translate("Risk", text) if text else code.capitalize()


def contact_word(code: str) -> str:
    """ "home" -> "Home visit", in the worker's language."""
    return QCoreApplication.translate("ContactType", CONTACT_TITLES.get(code, CONTACT))


def _value(key: str, value: object) -> str:
    if isinstance(value, Words):
        return say(value)
    if isinstance(value, datetime):
        return local_moment(value)
    if isinstance(value, date):
        return long_day(value)
    if key.startswith("stage"):
        return stage_word(str(value))
    if key == "scope":
        return consent_kinds().get(str(value), str(value).replace("_", " "))
    return str(value)


def say(words: Words) -> str:
    """A service's `Words` in the worker's language."""
    if words.template in CONTACT_TEMPLATES:
        text = QCoreApplication.translate("ContactType", words.template)
    else:
        text = QCoreApplication.translate("Timeline", words.template)
    return text.format(**{key: _value(key, value) for key, value in words.values})
