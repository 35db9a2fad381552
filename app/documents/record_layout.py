"""Building blocks shared by the documents that leave the vault (packet, client's own record,
court copy): labelled fields, a signed note with its seal and addenda, the plan, assessments,
and the page with "Page N of M" at every foot. All text goes through layout.text (escaped)."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from datetime import date, datetime

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from app.documents.export_data import AssessmentEntry, Field, GoalEntry, NoteEntry
from app.documents.layout import (
    BOLD,
    Footer,
    Styles,
    body_paragraph,
    build_pdf,
    frame_width,
    styles,
    text,
)

PAGE_PATTERN = "Page {page} of {pages}"
NO_FURTHER = "Confidential: disclose no further without the client's consent or a legal duty."


def look() -> Styles:
    return styles(False)


def day(value: date | datetime | None) -> str:
    if value is None:
        return "-"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


def fields_table(fields: Sequence[Field]) -> Flowable:
    """Label and value side by side; a long value wraps inside its cell."""
    st = look()
    rows: list[list[Flowable | str]] = [
        [text(f.label, st.small), text(f.value or "-", st.body)] for f in fields
    ]
    width = frame_width()
    table = Table(rows or [["", ""]], colWidths=[width * 0.3, width * 0.7])
    table.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, -1), 0)])
    )
    return table


def heading(value: str) -> Flowable:
    return text(value, look().heading)


def title(value: str) -> Flowable:
    return text(value, look().title)


def paragraph(value: str) -> Flowable:
    return body_paragraph(value, look())


def small(value: str) -> Flowable:
    return text(value, look().small)


def note_block(note: NoteEntry, *, verification: bool = False) -> list[Flowable]:
    """One signed note: what kind, when, where, its sections, who signed, the seal; then its
    addenda, each the same way and marked as amending it."""
    st = look()
    kind = {"addendum": "Addendum", "late_entry": "Late entry"}.get(note.kind, "Case note")
    head = f"{kind}, {day(note.occurred_at)} ({note.template})"
    parts: list[Flowable] = [text(head, st.heading), small(f"Note {note.id}")]
    if note.amends_id:
        parts.append(small(f"Amends note {note.amends_id}: {note.amendment_reason or ''}"))
    facts = [Field("Contact", note.contact_type or "-"), Field("Author", note.author)]
    if note.location:
        facts.append(Field("Location", note.location))
    if note.participants:
        facts.append(Field("Participants", note.participants))
    parts.append(fields_table(facts))
    for section in (s for s in note.sections if s.value.strip()):
        parts += [text(section.label, _label_style()), *_paragraphs(section.value)]
    parts.append(_seal(note, verification))
    for addendum in note.addenda:
        parts += note_block(addendum, verification=verification)
    return parts


@functools.cache
def _label_style() -> ParagraphStyle:
    return ParagraphStyle("label", parent=look().body, fontName=BOLD, spaceAfter=2, keepWithNext=1)


def _paragraphs(value: str) -> list[Flowable]:
    return [paragraph(part) for part in value.split("\n\n") if part.strip()] or [paragraph("-")]


def _seal(note: NoteEntry, verification: bool) -> Flowable:
    lines = [
        f"Signed by {note.signed_by} on {day(note.signed_at)}",
        f"Seal (SHA-256): {note.content_hash or '-'}",
    ]
    if verification:
        lines.append("Seal verifies" if note.verifies else "Seal does NOT verify")
    return KeepTogether([Spacer(1, 3), *[small(line) for line in lines], Spacer(1, 6)])


def goals_block(goals: Sequence[GoalEntry]) -> list[Flowable]:
    parts: list[Flowable] = []
    for goal in goals:
        parts.append(text(f"{goal.title} ({goal.status})", _label_style()))
        parts.append(small(f"Case {goal.case_number}; target {day(goal.target_date)}"))
        if goal.description:
            parts.append(paragraph(goal.description))
        parts += [paragraph(f"- {objective}") for objective in goal.objectives]
    return parts or [paragraph("None recorded.")]


def assessments_block(assessments: Sequence[AssessmentEntry]) -> list[Flowable]:
    parts: list[Flowable] = []
    for a in assessments:
        parts.append(small(f"{a.kind}, {day(a.assessed_on)}, case {a.case_number}"))
        parts.append(
            fields_table(
                [
                    Field("Risk level", a.risk_level),
                    Field("Needs", a.needs),
                    Field("Strengths", a.strengths),
                    Field("Risks", a.risks),
                ]
            )
        )
        parts.append(Spacer(1, 6))
    return parts or [paragraph("None recorded.")]


def render(story: list[Flowable], *, document_title: str, footer_left: str) -> bytes:
    """The story as PDF bytes with "Page N of M" at every foot; the metadata title is the
    document's kind only (never the client's name)."""
    st = look()
    footer = Footer(left=footer_left, page_pattern=PAGE_PATTERN, mark=None, size=st.footer_size)
    return build_pdf(story, title=document_title, language="en", footer=footer)
