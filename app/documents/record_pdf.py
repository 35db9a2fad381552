"""A client's own record as PDF: profile, plan, assessments, signed notes with addenda and
seals, consents, disclosure history and who viewed the record. Other people's details are
removed from the text (app/documents/redaction.py) before anything is laid out.

It is printed in the client's language (RecordExport.language; app/documents/client_words.py):
the headings, labels and fixed words; what people wrote stays as written."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from reportlab.platypus import Flowable, PageBreak

from app.documents.client_words import DocumentWords, document_words
from app.documents.export_data import ConsentEntry, Field, RecordExport
from app.documents.record_layout import (
    assessments_block,
    fields_table,
    goals_block,
    heading,
    note_block,
    paragraph,
    render,
    small,
    title,
)
from app.documents.redaction import find_redactions, redact
from app.documents.sealed_pdf import SealedPdf, seal


def build_record_pdf(export: RecordExport, confirmed_redactions: Collection[str]) -> bytes:
    """The record with each confirmed redaction (by id, from find_redactions) replaced by
    "[redacted: <kind>]" (in the client's language); a restored one (id left out) prints as
    written."""
    chosen = [r for r in find_redactions(export) if r.id in confirmed_redactions]
    shown = redact(export, chosen)
    w = document_words(export.language)
    story = [*_front(shown, w), *_notes(shown, w), PageBreak(), *_history(shown, w)]
    return render(story, document_title=w("title"), footer_left=w("title"), words=w)


def sealed_record(export: RecordExport, confirmed_redactions: Collection[str]) -> SealedPdf:
    return seal(build_record_pdf(export, confirmed_redactions))


def _front(export: RecordExport, w: DocumentWords) -> list[Flowable]:
    about = [
        Field(w("prepared_for"), export.client_name),
        Field(w("prepared_by"), export.prepared_by),
        Field(w("date"), w.day(export.prepared_on)),
    ]
    return [
        title(w("title")),
        fields_table(about),
        small(w("privacy")),
        heading(w("heading.profile")),
        fields_table(export.profile),
        heading(w("heading.plan")),
        *goals_block(export.goals, w),
        heading(w("heading.assessments")),
        *assessments_block(export.assessments, w),
    ]


def _notes(export: RecordExport, w: DocumentWords) -> list[Flowable]:
    story: list[Flowable] = [heading(w("heading.notes"))]
    for note in export.notes:
        story += note_block(note, words=w)
    return story if export.notes else [*story, paragraph(w("no_notes"))]


def _history(export: RecordExport, w: DocumentWords) -> list[Flowable]:
    story: list[Flowable] = [heading(w("heading.consents"))]
    consents = [fields_table(_consent(c, w)) for c in export.consents]
    story += consents or [paragraph(w("no_consents"))]
    if export.disclosures is not None:
        story.append(heading(w("heading.shared")))
        story += [
            paragraph(w("shared.line", when=d.disclosed_at, recipient=d.recipient,
                        purpose=d.purpose, basis=d.basis, by=d.by, told=d.told))
            for d in export.disclosures
        ] or [paragraph(w("nothing_shared"))]  # fmt: skip
    story.append(heading(w("heading.views")))
    story += [
        paragraph(w("view.line", when=_when(v.at, w), worker=v.worker, what=w.code("view", v.what)))
        for v in export.views
    ]
    return story if export.views else [*story, paragraph(w("no_views"))]


def _when(at: str, w: DocumentWords) -> str:
    """An audit timestamp (ISO, as the log keeps it) to the minute."""
    try:
        return w.moment(datetime.fromisoformat(at))
    except ValueError:
        return at[:16].replace("T", " ")


def _consent(c: ConsentEntry, w: DocumentWords) -> list[Field]:
    categories = ", ".join(w.code("category", code) for code in c.categories)
    period = f"{w.day(c.effective_on)} / {w.day(c.expires_on)}"
    return [
        Field(w("consent.consent"), w("consent.summary", kind=w.code("kind", c.kind),
                                      status=w.code("status", c.status))),
        Field(w("consent.purposes"), "; ".join(c.purposes)),
        Field(w("consent.recipients"), "; ".join(c.recipients) or w("none")),
        Field(w("consent.information"), categories or w("none")),
        Field(w("consent.period"), period),
        Field(w("consent.signed_by"), c.signer_name),
    ]  # fmt: skip
