"""export: a client's own record with 200 signed notes gathered from the vault, its other
people's details found and all redacted, laid out as PDF and encrypted (AES-256), in memory.

The client has a household member and a collateral whose names and phone numbers appear in
every tenth note, so redaction has work to do; the notes' text is the data set's own
(bench.notes_text). Setting up the vault is not timed; each run times the four steps the
Export button runs, one after the other, in one thread.
"""

from __future__ import annotations

import gc
import io
import random
from collections.abc import Iterator
from datetime import date
from time import perf_counter

from pypdf import PdfReader
from sqlalchemy.orm import Session

from app.core.ids import uuid7
from app.documents.record_pdf import build_record_pdf
from app.documents.redaction import find_redactions
from app.documents.sealed_pdf import encrypt_pdf, one_time_password
from app.models import RelatedPerson
from app.services.casework import open_case
from app.services.exports import client_record_export
from app.services.notes import NoteFields, save_draft, sign_note, start_note
from app.services.records import ClientDraft, create_client
from app.store import lifecycle
from app.store.vault import Vault
from bench.harness import (
    PASSPHRASE,
    WORKER_NAME,
    MemorySecretStore,
    Metric,
    Params,
    benchmark,
    median,
    ms,
    progress,
    scratch_dir,
)
from bench.notes_text import note_sections

SISTER, SISTER_PHONE, TEACHER = "Marisol Kowalczyk", "07700 900123", "Bartholomew Okonkwo"
MENTION = f" {SISTER} ({SISTER_PHONE}) came too; {TEACHER} from the school called."


@benchmark(
    "export",
    "the client's own record with 200 signed notes: gathered, redacted, laid out as PDF and "
    "encrypted with AES-256, in memory",
    target="total <= 2 s",
    params={"runs": 5, "notes": 200},
    smoke={"runs": 1, "notes": 5},
    rank=55,
)
def export_bench(params: Params) -> Iterator[Metric]:
    with scratch_dir("export") as scratch:
        vault = lifecycle.create_vault(
            scratch / "vault", PASSPHRASE, WORKER_NAME, store=MemorySecretStore()
        )
        try:
            client_id = _client(vault, params["notes"])
            yield _measure(vault, client_id, params["runs"], params["notes"])
        finally:
            vault.lock()


def _client(vault: Vault, notes: int) -> str:
    progress(f"export: a client with {notes} signed notes")
    rng = random.Random(11)
    with vault.session() as s:
        client_id = create_client(s, ClientDraft("Ana", "Benchmark"), vault.owner_id)
        case_id = open_case(s, client_id, "Housing", vault.owner_id, today=date(2026, 1, 5))
        for kind, name, phone in (
            ("household", SISTER, SISTER_PHONE),
            ("collateral", TEACHER, None),
        ):
            s.add(RelatedPerson(id=uuid7(), client_id=client_id, kind=kind, name=name,
                                relationship="family", phone=phone))  # fmt: skip
        ids = [_draft(s, vault, client_id, case_id, rng, number) for number in range(notes)]
    with vault.session() as s:
        for note_id in ids:
            sign_note(s, note_id, vault.owner_id)
    return client_id


def _draft(
    s: Session, vault: Vault, client_id: str, case_id: str, rng: random.Random, number: int
) -> str:
    note = start_note(s, client_id, "dap", vault.owner_id, case_id=case_id)
    sections = note_sections(rng, "dap")
    if number % 10 == 0:
        sections["data"] += MENTION
    save_draft(s, note.id, NoteFields(contact_type="home", sections=sections))
    return note.id


def _measure(vault: Vault, client_id: str, runs: int, notes: int) -> Metric:
    steps: dict[str, list[float]] = {k: [] for k in ("gather", "find", "build", "encrypt", "total")}
    pages = redactions = 0
    for run in range(runs):
        gc.collect()
        start = perf_counter()
        with vault.session() as s:
            export = client_record_export(s, client_id)
        gathered = perf_counter()
        found = find_redactions(export)
        searched = perf_counter()
        pdf = build_record_pdf(export, {r.id for r in found})
        built = perf_counter()
        sealed = encrypt_pdf(pdf, one_time_password())
        done = perf_counter()
        for key, seconds in zip(steps, (gathered - start, searched - gathered, built - searched,
                                        done - built, done - start), strict=True):  # fmt: skip
            steps[key].append(seconds)
        pages, redactions = _pages(pdf), len(found)
        progress(f"export: run {run + 1}/{runs} {ms(done - start)} ms, {len(sealed)} bytes")
    metric: Metric = {"name": "export.record", "notes": notes, "pages": pages, "runs": runs}
    metric["redactions"] = redactions
    metric.update({f"{key}_p50_ms": ms(median(values)) for key, values in steps.items()})
    metric["total_max_ms"] = ms(max(steps["total"]))
    return metric


def _pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)
