"""A client's own record as PDF: profile, plan, assessments, signed notes with addenda and
seals, consents, disclosure history and who viewed the record. Other people's details are
removed from the text (app/documents/redaction.py) before anything is laid out."""

from __future__ import annotations

from collections.abc import Collection

from reportlab.platypus import Flowable, PageBreak

from app.documents.export_data import ConsentEntry, Field, RecordExport
from app.documents.record_layout import (
    assessments_block,
    day,
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

DOCUMENT_TITLE = "Your record"


def build_record_pdf(export: RecordExport, confirmed_redactions: Collection[str]) -> bytes:
    """The record with each confirmed redaction (by id, from find_redactions) replaced by
    "[redacted: <kind>]"; a restored one (id left out) prints as written."""
    chosen = [r for r in find_redactions(export) if r.id in confirmed_redactions]
    shown = redact(export, chosen)
    story = [*_front(shown), *_notes(shown), PageBreak(), *_history(shown)]
    return render(story, document_title=DOCUMENT_TITLE, footer_left=DOCUMENT_TITLE)


def sealed_record(export: RecordExport, confirmed_redactions: Collection[str]) -> SealedPdf:
    return seal(build_record_pdf(export, confirmed_redactions))


def _front(export: RecordExport) -> list[Flowable]:
    about = [
        Field("Prepared for", export.client_name),
        Field("Prepared by", export.prepared_by),
        Field("Date", day(export.prepared_on)),
    ]
    return [
        title(DOCUMENT_TITLE),
        fields_table(about),
        small("Details of other people have been removed to protect their privacy."),
        heading("Profile"),
        fields_table(export.profile),
        heading("Plan"),
        *goals_block(export.goals),
        heading("Assessments"),
        *assessments_block(export.assessments),
    ]


def _notes(export: RecordExport) -> list[Flowable]:
    story: list[Flowable] = [heading("Case notes")]
    for note in export.notes:
        story += note_block(note)
    return story if export.notes else [*story, paragraph("No signed notes.")]


def _history(export: RecordExport) -> list[Flowable]:
    story: list[Flowable] = [heading("Consents")]
    story += [fields_table(_consent(c)) for c in export.consents] or [paragraph("None.")]
    if export.disclosures is not None:
        story.append(heading("Information shared"))
        story += [
            paragraph(
                f"- {d.disclosed_at}: to {d.recipient}, for {d.purpose} ({d.basis}); by {d.by}; "
                f"{d.told}"
            )
            for d in export.disclosures
        ] or [paragraph("Nothing has been shared.")]
    story.append(heading("Who viewed this record"))
    story += [
        paragraph(f"- {v.at[:16].replace('T', ' ')}: {v.worker} ({v.what})") for v in export.views
    ]
    return story if export.views else [*story, paragraph("No views recorded.")]


def _consent(c: ConsentEntry) -> list[Field]:
    return [
        Field("Consent", f"{c.kind} ({c.status})"),
        Field("Purposes", "; ".join(c.purposes)),
        Field("Recipients", "; ".join(c.recipients) or "-"),
        Field("Information", ", ".join(c.categories) or "-"),
        Field("From / until", f"{day(c.effective_on)} / {day(c.expires_on)}"),
        Field("Signed by", c.signer_name),
    ]
