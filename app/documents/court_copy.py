"""A court copy of one signed note or a whole case file: the notes with their seals and
addenda, a verification page (each note's hash and whether it verifies now), "Page N of M"
on every page and a certification line. Built in memory; sealed before it leaves."""

from __future__ import annotations

from collections.abc import Iterator

from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle

from app.documents.export_data import CourtCopyData, Field, NoteEntry
from app.documents.layout import frame_width, text
from app.documents.record_layout import (
    day,
    fields_table,
    heading,
    look,
    note_block,
    paragraph,
    render,
    small,
    title,
)
from app.documents.sealed_pdf import SealedPdf, seal

DOCUMENT_TITLE = "Court copy"
VERIFIES, BROKEN = "verifies", "does NOT verify"
CERTIFIED = "Certified true copy of the record held in Caseload"


def build_court_copy(data: CourtCopyData) -> bytes:
    story = [*_front(data), *_notes(data), PageBreak(), *_verification(data)]
    return render(story, document_title=DOCUMENT_TITLE, footer_left=CERTIFIED)


def sealed_court_copy(data: CourtCopyData) -> SealedPdf:
    return seal(build_court_copy(data))


def _certification(data: CourtCopyData) -> str:
    return f"{CERTIFIED}; prepared by {data.prepared_by}, {day(data.prepared_on)}"


def _front(data: CourtCopyData) -> list[Flowable]:
    facts = [
        Field("Client", data.client_name),
        Field("Record", data.title),
        Field("Notes", str(len(list(_all_notes(data.notes))))),
        Field("Prepared by", data.prepared_by),
        Field("Date", day(data.prepared_on)),
    ]
    return [title(f"{DOCUMENT_TITLE}: {data.title}"), fields_table(facts), Spacer(1, 8)]


def _notes(data: CourtCopyData) -> list[Flowable]:
    story: list[Flowable] = []
    for note in data.notes:
        story += note_block(note, verification=True)
    return story or [paragraph("No signed notes.")]


def _all_notes(notes: tuple[NoteEntry, ...]) -> Iterator[NoteEntry]:
    for note in notes:
        yield note
        yield from _all_notes(note.addenda)


def _verification(data: CourtCopyData) -> list[Flowable]:
    """Each note's seal recomputed from the record as it is now: 'verifies' means the note
    is exactly what was signed."""
    st = look()
    rows: list[list[Flowable | list[Flowable]]] = [
        [text("Note and seal (SHA-256)", st.small), text("Result", st.small)]
    ]
    for note in _all_notes(data.notes):
        result = VERIFIES if note.verifies else BROKEN
        which: list[Flowable] = [text(note.id, st.small), text(note.content_hash or "-", st.small)]
        rows.append([which, text(result, st.body)])
    width = frame_width()
    table = Table(rows, colWidths=[width * 0.8, width * 0.2], repeatRows=1)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [
        heading("Verification"),
        small("Each seal recomputed from the record held in Caseload when this copy was made."),
        table,
        Spacer(1, 12),
        paragraph(_certification(data) + "."),
    ]
