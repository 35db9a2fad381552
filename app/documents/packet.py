"""The disclosure packet: a cover page saying to whom, why, what and on what authority, then
only the items the worker selected. Built in memory; sealed (encrypted) before it leaves."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak

from app.documents.export_data import Field, PacketData
from app.documents.record_layout import (
    NO_FURTHER,
    assessments_block,
    day,
    fields_table,
    goals_block,
    heading,
    note_block,
    paragraph,
    render,
    title,
)
from app.documents.sealed_pdf import SealedPdf, seal

DOCUMENT_TITLE = "Disclosure of information"


def build_packet(data: PacketData) -> bytes:
    """The packet as unencrypted PDF bytes (in memory only: seal it with `sealed_packet`)."""
    story = [*_cover(data), PageBreak(), *_items(data)]
    return render(story, document_title=DOCUMENT_TITLE, footer_left=DOCUMENT_TITLE)


def sealed_packet(data: PacketData) -> SealedPdf:
    """The packet encrypted with a new one-time password, and the SHA-256 of the encrypted
    bytes (the disclosure record keeps it)."""
    return seal(build_packet(data))


def _cover(data: PacketData) -> list[Flowable]:
    facts = [
        Field("About", data.client_name),
        Field("To", data.recipient),
        Field("Purpose", data.purpose),
        Field("Information included", ", ".join(data.categories) or "-"),
        Field("Authority", data.basis),
        Field("Prepared by", data.prepared_by),
        Field("Date", day(data.prepared_on)),
    ]
    return [title(DOCUMENT_TITLE), fields_table(facts), heading(NO_FURTHER)]


def _items(data: PacketData) -> list[Flowable]:
    story: list[Flowable] = []
    if data.profile:
        story += [heading("Profile"), fields_table(data.profile)]
    if data.goals:
        story += [heading("Plan"), *goals_block(data.goals)]
    if data.assessments:
        story += [heading("Assessments"), *assessments_block(data.assessments)]
    for note in data.notes:
        story += note_block(note)
    return story or [paragraph("No items were selected.")]
