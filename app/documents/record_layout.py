"""Building blocks shared by the documents that leave the vault (packet, client's own record,
court copy): labelled fields, a signed note with its seal and addenda, the plan, assessments,
and the page with "Page N of M" at every foot. All text goes through layout.text (escaped).

The fixed words come from a DocumentWords (app/documents/client_words.py): the client's
language for their own record, the office's (English) for packets and court copies."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from datetime import date, datetime

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from app.documents.client_words import DocumentWords, office_words
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

NO_FURTHER = "Confidential: disclose no further without the client's consent or a legal duty."


def look() -> Styles:
    return styles(False)


def day(value: date | datetime | None, words: DocumentWords | None = None) -> str:
    """ "2026-01-05" (the office's documents), "5 de enero de 2026" (a Spanish record)."""
    return (words or office_words()).day(value)


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


def note_block(
    note: NoteEntry, *, verification: bool = False, words: DocumentWords | None = None
) -> list[Flowable]:
    """One signed note: what kind, when, where, its sections, who signed, the seal; then its
    addenda, each the same way and marked as amending it."""
    w = words or office_words()
    kind = w.code("note.kind", note.kind if note.kind in ("addendum", "late_entry") else "note")
    head = w("note.head", kind=kind, date=w.day(note.occurred_at), template=note.template)
    parts: list[Flowable] = [text(head, look().heading), small(w("note.id", id=note.id))]
    if note.amends_id:
        reason = note.amendment_reason or ""
        parts.append(small(w("note.amends", id=note.amends_id, reason=reason)))
    parts.append(fields_table(_note_facts(note, w)))
    for section in (s for s in note.sections if s.value.strip()):
        parts += [text(section.label, _label_style()), *_paragraphs(section.value)]
    parts.append(_seal(note, verification, w))
    for addendum in note.addenda:
        parts += note_block(addendum, verification=verification, words=w)
    return parts


def _note_facts(note: NoteEntry, w: DocumentWords) -> list[Field]:
    facts = [
        Field(w("note.contact"), w.code("contact", note.contact_type)),
        Field(w("note.author"), note.author),
    ]
    if note.location:
        facts.append(Field(w("note.location"), note.location))
    if note.participants:
        facts.append(Field(w("note.participants"), note.participants))
    return facts


@functools.cache
def _label_style() -> ParagraphStyle:
    return ParagraphStyle("label", parent=look().body, fontName=BOLD, spaceAfter=2, keepWithNext=1)


def _paragraphs(value: str) -> list[Flowable]:
    return [paragraph(part) for part in value.split("\n\n") if part.strip()] or [paragraph("-")]


def _seal(note: NoteEntry, verification: bool, w: DocumentWords) -> Flowable:
    lines = [
        w("note.signed", name=note.signed_by, date=w.day(note.signed_at)),
        w("note.seal", hash=note.content_hash or w("none")),
    ]
    if verification:
        lines.append(w("note.seal_verifies") if note.verifies else w("note.seal_fails"))
    return KeepTogether([Spacer(1, 3), *[small(line) for line in lines], Spacer(1, 6)])


def goals_block(goals: Sequence[GoalEntry], words: DocumentWords | None = None) -> list[Flowable]:
    w = words or office_words()
    parts: list[Flowable] = []
    for goal in goals:
        status = w.code("goal.status", goal.status)
        parts.append(text(w("goal.head", title=goal.title, status=status), _label_style()))
        parts.append(small(w("goal.case", case=goal.case_number, date=w.day(goal.target_date))))
        if goal.description:
            parts.append(paragraph(goal.description))
        parts += [paragraph(f"- {objective}") for objective in goal.objectives]
    return parts or [paragraph(w("none_recorded"))]


def assessments_block(
    assessments: Sequence[AssessmentEntry], words: DocumentWords | None = None
) -> list[Flowable]:
    w = words or office_words()
    parts: list[Flowable] = []
    for a in assessments:
        kind = w.code("assessment.kind", a.kind)
        parts.append(small(w("assessment.head", kind=kind, date=w.day(a.assessed_on),
                             case=a.case_number)))  # fmt: skip
        parts.append(fields_table(_assessment_fields(a, w)))
        parts.append(Spacer(1, 6))
    return parts or [paragraph(w("none_recorded"))]


def _assessment_fields(a: AssessmentEntry, w: DocumentWords) -> list[Field]:
    return [
        Field(w("assessment.risk_level"), w.code("risk", a.risk_level)),
        Field(w("assessment.needs"), a.needs),
        Field(w("assessment.strengths"), a.strengths),
        Field(w("assessment.risks"), a.risks),
    ]


def render(
    story: list[Flowable],
    *,
    document_title: str,
    footer_left: str,
    words: DocumentWords | None = None,
) -> bytes:
    """The story as PDF bytes with "Page N of M" at every foot; the metadata title is the
    document's kind only (never the client's name), its language the document's."""
    w = words or office_words()
    st = look()
    footer = Footer(left=footer_left, page_pattern=w("page"), mark=None, size=st.footer_size)
    return build_pdf(story, title=document_title, language=w.language, footer=footer)
