"""Sentences the note screens show: the signature, hash and amendment lines, findings, save
status and error lines, in the worker's language (dates and times through
app/ui/locale_format.py, in local time).

Module constants are marked for lupdate with QT_TRANSLATE_NOOP and translated where they are
shown (`tr_note`), never at import: the translator is installed later.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.core.language import LanguageFinding
from app.core.timeutil import to_local, utcnow
from app.services.notes import NoteLocked, NoteView
from app.ui.errors import user_message
from app.ui.locale_format import clock_with_seconds, local_moment
from app.ui.notes.access import OTHER_WORKER
from app.ui.notes.words import kind_label, section_title

TITLE = str(QT_TRANSLATE_NOOP("NoteEditor", "Case note"))
LOCKED = str(
    QT_TRANSLATE_NOOP(
        "NoteEditor", "This note is signed and cannot be changed. Add an addendum instead."
    )
)
SIGN_WARNING = str(
    QT_TRANSLATE_NOOP("NoteEditor", "Signing locks this note. Corrections are made as addenda.")
)
EMPTY = str(QT_TRANSLATE_NOOP("NoteEditor", "(nothing written yet)"))


def tr_note(text: str) -> str:
    """A constant of this module (marked above) in the worker's language."""
    return QCoreApplication.translate("NoteEditor", text)


def who(signer: str | None) -> str:
    """The signer's name; a colleague whose profile is not on this device, in words."""
    if signer is None:
        return QCoreApplication.translate("NoteEditor", "someone unknown")
    return (
        QCoreApplication.translate("NoteEditor", OTHER_WORKER) if signer == OTHER_WORKER else signer
    )


def when(stored: datetime) -> str:
    """A stored UTC time as the worker's local day and time, "Tue 3 Jun 2025 14:05"."""
    return local_moment(stored)


def describe(finding: LanguageFinding) -> str:
    return QCoreApplication.translate(
        "LanguageCheck", "'{found}' — consider '{suggestion}' ({reason})"
    ).format(found=finding.found, suggestion=finding.suggestion, reason=finding.reason)


def signed_line(note: NoteView, signer: str | None) -> str:
    if note.signed_at is None:
        return ""
    text = QCoreApplication.translate("NoteEditor", "Signed by {who} on {when}. Read only.")
    return text.format(who=who(signer), when=when(note.signed_at))


def _check_state(verified: bool | None) -> str:
    if verified is None:
        return QCoreApplication.translate("NoteEditor", "Not checked.")
    if verified:
        return QCoreApplication.translate(
            "NoteEditor", "Checked just now: the note is unchanged since signing."
        )
    return QCoreApplication.translate(
        "NoteEditor", "WARNING: the note no longer matches its hash. Tell your supervisor."
    )


def hash_line(note: NoteView, verified: bool | None) -> str:
    if not note.content_hash:
        return ""
    line = QCoreApplication.translate("NoteEditor", "Content hash (SHA-256): {hash}")
    return line.format(hash=note.content_hash) + "\n" + _check_state(verified)


def amends_line(note: NoteView, original: NoteView | None) -> str:
    if note.amends_id is None:
        return ""
    reason = note.amendment_reason or "—"
    if original is None:
        text = QCoreApplication.translate(
            "NoteEditor", "{kind} to an earlier note. Reason: {reason}"
        )
        return text.format(kind=kind_label(note.kind), reason=reason)
    text = QCoreApplication.translate(
        "NoteEditor", "{kind} to the note of {when}. Reason: {reason}"
    )
    return text.format(kind=kind_label(note.kind), when=when(original.occurred_at), reason=reason)


def _state_line(note: NoteView, signer: str | None) -> str:
    if note.signed_at is None:
        return QCoreApplication.translate("NoteEditor", "Draft, not signed yet")
    if signer:
        text = QCoreApplication.translate("NoteEditor", "Signed {when} by {who}")
        return text.format(when=when(note.signed_at), who=who(signer))
    return QCoreApplication.translate("NoteEditor", "Signed {when}").format(
        when=when(note.signed_at)
    )


def related_text(note: NoteView, signer: str | None = None) -> str:
    """A signed note, an addendum or a late entry, as plain text for the side panel."""
    head = QCoreApplication.translate("NoteEditor", "{kind} — {when}").format(
        kind=kind_label(note.kind), when=when(note.occurred_at)
    )
    lines = [head, _state_line(note, signer)]
    if note.amendment_reason:
        reason = QCoreApplication.translate("NoteEditor", "Reason: {reason}")
        lines.append(reason.format(reason=note.amendment_reason))
    body = [
        f"{title}: {text}" if title else text for title, text in section_texts(note) if text.strip()
    ]
    return "\n".join(lines + [""] + (body or [tr_note(EMPTY)]))


def section_texts(note: NoteView) -> list[tuple[str, str]]:
    """(the section's title, or "" when the note has one section; its text)."""
    single = len(note.sections) == 1
    return [("" if single else section_title(k), v) for k, v in note.sections.items()]


def error_text(error: BaseException, doing: str) -> str:
    """A plain line for a failed job (app/ui/errors.py's policy); a signed note says so.
    `doing` is already translated."""
    if isinstance(error, NoteLocked):
        return tr_note(LOCKED)
    return user_message(error, doing)


def saved_text(moment: datetime | None = None) -> str:
    """ "Saved 14:05:09", in local time (`moment` is a stored UTC time)."""
    shown = clock_with_seconds(to_local(moment or utcnow()))
    return QCoreApplication.translate("NoteEditor", "Saved {time}").format(time=shown)
