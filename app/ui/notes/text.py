"""Words the note screens show: labels, dates in local time, findings and error lines.

No Qt here, so every line a worker reads can be tested without a window.
"""

from __future__ import annotations

from datetime import datetime

from app.core.language import LanguageFinding
from app.core.notes import TEMPLATES
from app.core.timeutil import to_local
from app.services.notes import NoteLocked, NoteView
from app.ui.errors import user_message

TITLE = "Case note"
CONTACT_LABELS = {
    "home": "Home visit",
    "phone": "Phone call",
    "office": "Office meeting",
    "video": "Video call",
}
KIND_LABELS = {"note": "Case note", "addendum": "Addendum", "late_entry": "Late entry"}
LOCKED = "This note is signed and cannot be changed. Add an addendum instead."
SIGN_WARNING = "Signing locks this note. Corrections are made as addenda."
EMPTY = "(nothing written yet)"


def when(stored: datetime) -> str:
    """A stored UTC time as the worker's local date and time."""
    return to_local(stored).strftime("%a %d %b %Y, %H:%M")


def template_name(key: str) -> str:
    found = TEMPLATES.get(key)
    return found.name if found else key


def short_template_name(key: str) -> str:
    return template_name(key).split(" (")[0]


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, kind)


def describe(finding: LanguageFinding) -> str:
    return f"'{finding.found}' — consider '{finding.suggestion}' ({finding.reason})"


def signed_line(note: NoteView, signer: str | None) -> str:
    if note.signed_at is None:
        return ""
    return f"Signed by {signer or 'unknown'} on {when(note.signed_at)}. Read only."


def hash_line(note: NoteView, verified: bool | None) -> str:
    if not note.content_hash:
        return ""
    state = {
        True: "Checked just now: the note is unchanged since signing.",
        False: "WARNING: the note no longer matches its hash. Tell your supervisor.",
        None: "Not checked.",
    }[verified]
    return f"Content hash (SHA-256): {note.content_hash}\n{state}"


def amends_line(note: NoteView, original: NoteView | None) -> str:
    if note.amends_id is None:
        return ""
    of = f"the note of {when(original.occurred_at)}" if original else "an earlier note"
    return f"{kind_label(note.kind)} to {of}. Reason: {note.amendment_reason or '—'}"


def related_text(note: NoteView, signer: str | None = None) -> str:
    """A signed note, an addendum or a late entry, as plain text for the side panel."""
    head = f"{kind_label(note.kind)} — {when(note.occurred_at)}"
    state = f"signed {when(note.signed_at)}" if note.signed_at else "draft, not signed yet"
    lines = [head, state.capitalize() + (f" by {signer}" if signer and note.signed_at else "")]
    if note.amendment_reason:
        lines.append(f"Reason: {note.amendment_reason}")
    body = [
        f"{title}: {text}" if title else text for title, text in section_texts(note) if text.strip()
    ]
    return "\n".join(lines + [""] + (body or [EMPTY]))


def section_texts(note: NoteView) -> list[tuple[str, str]]:
    found = TEMPLATES.get(note.template)
    titles = {s.key: s.title for s in found.sections} if found else {}
    single = len(note.sections) == 1
    return [("" if single else titles.get(k, k), v) for k, v in note.sections.items()]


def error_text(error: BaseException, doing: str) -> str:
    """A plain line for a failed job (app/ui/errors.py's policy); a signed note says so."""
    if isinstance(error, NoteLocked):
        return LOCKED
    return user_message(error, doing)


def saved_text(moment: datetime | None = None) -> str:
    return f"Saved {(moment or datetime.now()).strftime('%H:%M:%S')}"
