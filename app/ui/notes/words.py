"""The names the note screens show for stored codes: templates and their sections, kinds of
note and of contact, in the worker's language. app/core/notes.py keeps the templates' English
names for the data layer; the screen reads them from here, by key."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.notes import TEMPLATES
from app.services.timeline import CONTACT_TITLES


def template_names() -> dict[str, str]:
    return {
        "dap": QCoreApplication.translate("NoteTemplate", "DAP (Data, Assessment, Plan)"),
        "soap": QCoreApplication.translate(
            "NoteTemplate", "SOAP (Subjective, Objective, Assessment, Plan)"
        ),
        "birp": QCoreApplication.translate(
            "NoteTemplate", "BIRP (Behaviour, Intervention, Response, Plan)"
        ),
        "free": QCoreApplication.translate("NoteTemplate", "Free text"),
    }


def section_titles() -> dict[str, str]:
    """By section key (a key means the same in every template)."""
    return {
        "data": QCoreApplication.translate("NoteTemplate", "Data"),
        "assessment": QCoreApplication.translate("NoteTemplate", "Assessment"),
        "plan": QCoreApplication.translate("NoteTemplate", "Plan"),
        "subjective": QCoreApplication.translate("NoteTemplate", "Subjective"),
        "objective": QCoreApplication.translate("NoteTemplate", "Objective"),
        "behavior": QCoreApplication.translate("NoteTemplate", "Behaviour"),
        "intervention": QCoreApplication.translate("NoteTemplate", "Intervention"),
        "response": QCoreApplication.translate("NoteTemplate", "Response"),
        "text": QCoreApplication.translate("NoteTemplate", "Note"),
    }


def _hints() -> dict[tuple[str, str], str]:
    plan = QCoreApplication.translate("NoteTemplate", "Next steps.")
    return {
        ("dap", "data"): QCoreApplication.translate(
            "NoteTemplate", "What you observed and what the client said."
        ),
        ("dap", "assessment"): QCoreApplication.translate(
            "NoteTemplate", "Your professional view of the situation."
        ),
        ("dap", "plan"): QCoreApplication.translate(
            "NoteTemplate", "Next steps, who does them, and by when."
        ),
        ("soap", "subjective"): QCoreApplication.translate(
            "NoteTemplate", "The client's own account, in their words."
        ),
        ("soap", "objective"): QCoreApplication.translate(
            "NoteTemplate", "Facts you observed or verified."
        ),
        ("soap", "assessment"): QCoreApplication.translate(
            "NoteTemplate", "Your professional view."
        ),
        ("soap", "plan"): plan,
        ("birp", "behavior"): QCoreApplication.translate(
            "NoteTemplate", "What the client presented with."
        ),
        ("birp", "intervention"): QCoreApplication.translate("NoteTemplate", "What you did."),
        ("birp", "response"): QCoreApplication.translate(
            "NoteTemplate", "How the client responded."
        ),
        ("birp", "plan"): plan,
        ("free", "text"): QCoreApplication.translate("NoteTemplate", "Write the note."),
    }


def template_name(key: str) -> str:
    found = TEMPLATES.get(key)
    return template_names().get(key, found.name if found else key)


def short_template_name(key: str) -> str:
    """ "DAP", "Free text": the name without its expansion."""
    return template_name(key).split(" (")[0]


def section_title(key: str) -> str:
    return section_titles().get(key, key)


def section_hint(template_key: str, section_key: str) -> str:
    return _hints().get((template_key, section_key), "")


def contact_label(code: str) -> str:
    found = CONTACT_TITLES.get(code)
    return QCoreApplication.translate("ContactType", found) if found else code


def kind_labels() -> dict[str, str]:
    return {
        "note": QCoreApplication.translate("NoteEditor", "Case note"),
        "addendum": QCoreApplication.translate("NoteEditor", "Addendum"),
        "late_entry": QCoreApplication.translate("NoteEditor", "Late entry"),
    }


def kind_label(kind: str) -> str:
    return kind_labels().get(kind, kind)
