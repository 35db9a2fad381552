"""Case note templates and the content hash that seals a signed note.

A signed note's hash covers everything that makes it a legal record (who, when, what, about
whom); anyone can recompute it later to show the note has not changed since signing.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    hint: str


@dataclass(frozen=True)
class NoteTemplate:
    key: str
    name: str
    sections: tuple[Section, ...]


TEMPLATES: dict[str, NoteTemplate] = {
    t.key: t
    for t in (
        NoteTemplate(
            "dap",
            "DAP (Data, Assessment, Plan)",
            (
                Section("data", "Data", "What you observed and what the client said."),
                Section("assessment", "Assessment", "Your professional view of the situation."),
                Section("plan", "Plan", "Next steps, who does them, and by when."),
            ),
        ),
        NoteTemplate(
            "soap",
            "SOAP (Subjective, Objective, Assessment, Plan)",
            (
                Section("subjective", "Subjective", "The client's own account, in their words."),
                Section("objective", "Objective", "Facts you observed or verified."),
                Section("assessment", "Assessment", "Your professional view."),
                Section("plan", "Plan", "Next steps."),
            ),
        ),
        NoteTemplate(
            "birp",
            "BIRP (Behaviour, Intervention, Response, Plan)",
            (
                Section("behavior", "Behaviour", "What the client presented with."),
                Section("intervention", "Intervention", "What you did."),
                Section("response", "Response", "How the client responded."),
                Section("plan", "Plan", "Next steps."),
            ),
        ),
        NoteTemplate("free", "Free text", (Section("text", "Note", "Write the note."),)),
    )
}
CONTACT_TYPES = ("home", "phone", "office", "video")


def template(key: str) -> NoteTemplate:
    try:
        return TEMPLATES[key]
    except KeyError:
        raise ValueError("unknown note template") from None  # the editor offers only these


def clean_sections(template_key: str, sections: Mapping[str, str]) -> dict[str, str]:
    """Only the template's sections, in its order, with surrounding space trimmed."""
    keys = [s.key for s in template(template_key).sections]
    unknown = set(sections) - set(keys)
    if unknown:
        raise ValueError("sections that are not part of this template")
    return {key: (sections.get(key) or "").strip() for key in keys}


def note_text(sections: Mapping[str, str]) -> str:
    return "\n\n".join(text for text in sections.values() if text)


def content_hash(fields: Mapping[str, Any]) -> str:
    """SHA-256 of a canonical JSON form of the note's legal content."""
    canonical = json.dumps(dict(fields), sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
