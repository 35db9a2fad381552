"""The sentences the timeline (and the screens that name a kind of contact) show, as `Words`:
a template marked for translation and its values, so the screens word them in the worker's
language with dates in their locale (app/ui/record/timeline_words.py). Each helper also gives
the English sentence, kept on the entry for logs and tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.core.refusal import QT_TRANSLATE_NOOP

# English here; the screens show them with QCoreApplication.translate("ContactType", title).
CONTACT_TITLES = {
    "home": QT_TRANSLATE_NOOP("ContactType", "Home visit"),
    "phone": QT_TRANSLATE_NOOP("ContactType", "Phone call"),
    "office": QT_TRANSLATE_NOOP("ContactType", "Office meeting"),
    "video": QT_TRANSLATE_NOOP("ContactType", "Video call"),
}

CONTACT = QT_TRANSLATE_NOOP("ContactType", "Contact")

NOTE_TITLES = {"addendum": "Addendum", "late_entry": "Late entry"}

AMENDED_TITLES = {
    "addendum": QT_TRANSLATE_NOOP("Timeline", "Addendum to the note of {amended}"),
    "late_entry": QT_TRANSLATE_NOOP("Timeline", "Late entry to the note of {amended}"),
}

BARE_TITLES = {
    "addendum": QT_TRANSLATE_NOOP("Timeline", "Addendum"),
    "late_entry": QT_TRANSLATE_NOOP("Timeline", "Late entry"),
}

REASON = QT_TRANSLATE_NOOP("Timeline", "Reason: {reason}")


@dataclass(frozen=True)
class Words:
    """A sentence for the screens to word: a template marked for translation in the "Timeline"
    context (ContactType for CONTACT_TITLES) and its values (text, a date, a datetime, a stage
    or consent-scope code under the keys `stage*` / `scope`, or other Words), so the worker
    reads it in their language with dates in their locale."""

    template: str
    values: tuple[tuple[str, object], ...] = ()


def words(template: str, /, **values: object) -> Words:
    return Words(template, tuple(values.items()))


def amendment_title(kind: str, amended_at: datetime | None) -> tuple[str, Words]:
    if amended_at is None:
        return NOTE_TITLES[kind], words(BARE_TITLES[kind])
    english = f"{NOTE_TITLES[kind]} to the note of {amended_at:%Y-%m-%d %H:%M}"
    return english, words(AMENDED_TITLES[kind], amended=amended_at)


def note_title(template: str) -> tuple[str, Words]:
    if template == "free":
        return "Case note", words(QT_TRANSLATE_NOOP("Timeline", "Case note"))
    named = QT_TRANSLATE_NOOP("Timeline", "Case note ({template})")
    return f"Case note ({template.upper()})", words(named, template=template.upper())


def task_detail(done: bool, due: date | None) -> tuple[str, Words]:
    if done and due:
        return f"Done (was due {due})", words(
            QT_TRANSLATE_NOOP("Timeline", "Done (was due {due})"), due=due
        )
    if done:
        return "Done", words(QT_TRANSLATE_NOOP("Timeline", "Done"))
    if due:
        return f"Due {due}", words(QT_TRANSLATE_NOOP("Timeline", "Due {due}"), due=due)
    return "No due date", words(QT_TRANSLATE_NOOP("Timeline", "No due date"))


def stage_words(number: str, old: str | None, new: str) -> Words:
    if old:
        moved = QT_TRANSLATE_NOOP("Timeline", "{case}: {stage_from} → {stage_to}")
        return words(moved, case=number, stage_from=old, stage_to=new)
    return words(QT_TRANSLATE_NOOP("Timeline", "{case}: {stage_to}"), case=number, stage_to=new)


def by_words(reason: str, who: str | None) -> Words | None:
    """A stage change's reason and who made it; None when only the reason (the worker's own
    words) is there."""
    if who and reason:
        return words(QT_TRANSLATE_NOOP("Timeline", "{reason} · by {who}"), reason=reason, who=who)
    return words(QT_TRANSLATE_NOOP("Timeline", "by {who}"), who=who) if who else None


def consent_detail(scope: str, until: date | None) -> Words:
    if until is None:
        return words(QT_TRANSLATE_NOOP("Timeline", "{scope}, no end date"), scope=scope)
    return words(QT_TRANSLATE_NOOP("Timeline", "{scope}, until {until}"), scope=scope, until=until)
