"""Vault work for the exports. Each function runs on the worker thread (through a pane's
`call()`), opens its own unit of work and returns plain data. The PDFs are built and
encrypted here too, in memory: the GUI thread never waits for reportlab, and nothing is
written to disk (the worker's save dialog is the only way a file comes to exist)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from app.documents.export_data import RecordExport
from app.documents.redaction import Redaction, find_redactions
from app.documents.sealed_pdf import SealedPdf, seal
from app.services import exports
from app.ui.access import VaultAccess
from app.ui.errors import ShownAsWritten


@dataclass(frozen=True)
class Gathered:
    """The client's own record and every redaction proposed for it (for the review)."""

    client_id: str
    export: RecordExport
    redactions: tuple[Redaction, ...]


@dataclass(frozen=True)
class Built:
    """An export ready to leave: the encrypted file (and its password and hash) and the same
    document unencrypted, for the in-memory print path only."""

    kind: str  # record | court_copy
    client_id: str
    sealed: SealedPdf
    plain: bytes


def gather_record(access: VaultAccess, client_id: str) -> Gathered:
    with access.vault.session() as session:
        export = exports.client_record_export(session, client_id)
    return Gathered(client_id, export, tuple(find_redactions(export)))


def build_record(gathered: Gathered, confirmed: frozenset[str]) -> Built:
    """The record with each confirmed redaction (by id) removed from its text, encrypted."""
    from app.documents.record_pdf import build_record_pdf

    plain = build_record_pdf(gathered.export, confirmed)
    return Built("record", gathered.client_id, seal(plain), plain)


def build_court_copy(
    access: VaultAccess, client_id: str, note_id: str | None, case_id: str | None
) -> Built:
    """A court copy of one signed note, or of a case file (every signed note of the client
    when no case is chosen), encrypted."""
    from app.documents.court_copy import build_court_copy as build

    with access.vault.session() as session:
        data = exports.court_copy_data(session, client_id, note_id=note_id, case_id=case_id)
    if not data.notes:
        raise ShownAsWritten(
            QCoreApplication.translate("Exports", "There is no signed note to copy.")
        )
    plain = build(data)
    return Built("court_copy", client_id, seal(plain), plain)


def left_the_vault(access: VaultAccess, built: Built, to: str) -> None:
    """Audit a save (`to="file"`) or a print (`to="printer"`): ids and the hash only."""
    with access.vault.session() as session:
        exports.record_export_saved(
            session, built.kind, ("client", built.client_id), built.sealed.sha256, to
        )
