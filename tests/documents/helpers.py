"""Synthetic consent facts and the Debian PDF tools the document tests read PDFs with."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from app.core.consent import document_hash, qr_payload
from app.core.consent_forms import ConsentFacts, FilledForm, fill, placeholders
from app.documents import templates

CLIENT = "Zoë Quixcanary-Peña"
WORKER = "Dana Fieldworker"
CONSENT_ID = "0193a4b2-7c1d-7e5f-8a9b-0c1d2e3f4a5b"
FACTS = ConsentFacts(
    client_name=CLIENT,
    date_of_birth=date(1988, 2, 14),
    purposes=("find stable housing", "apply for benefits"),
    recipients=("City Housing Office", "Northside Clinic"),
    categories=("identity", "contact_details", "housing", "income"),
    effective_on=date(2026, 3, 3),
    expires_on=date(2027, 3, 3),
    signer_name=CLIENT,
    signer_authority="self",
    signer_relationship=None,
    authority_document=None,
    method="signed_on_screen",
    witness_name=None,
    worker_name=WORKER,
    confidentiality_explained=True,
)
# A zigzag across the whole pad, and a dot.
STROKES = [
    tuple((x, 150 if (x // 100) % 2 else 850) for x in range(0, 1001, 50)),
    ((500, 500),),
]
PAIRS = [(info.id, info.language) for info in templates.available_templates()]


def filled(template_id: str, language: str, **changes: object) -> tuple[FilledForm, dict]:
    words = templates.vocabulary(language)
    facts = replace(FACTS, **changes) if changes else FACTS
    return fill(templates.load_template(template_id, language), placeholders(facts, words)), words


def payload(form: FilledForm) -> str:
    return qr_payload(CONSENT_ID, document_hash(form.text()))


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed")
    return path


def write(tmp_path: Path, pdf: bytes, name: str = "form.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(pdf)
    return path


def pdf_text(path: Path) -> str:
    result = subprocess.run(
        [tool("pdftotext"), "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        check=True,
        timeout=60,
    )
    return result.stdout.decode("utf-8")


def flat(text: str) -> str:
    return " ".join(text.split())


def render(path: Path, page: int, dpi: int = 150) -> Path:
    """One page as PNG (pdftoppm), returned as its path."""
    prefix = path.with_name(f"{path.stem}-p{page}-{dpi}")
    subprocess.run(
        [tool("pdftoppm"), "-r", str(dpi), "-png", "-singlefile", "-f", str(page), "-l", str(page)]
        + [str(path), str(prefix)],
        check=True,
        timeout=60,
    )
    return prefix.with_suffix(".png")


def scan_qr(png: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [tool("zbarimg"), "--raw", "-q", str(png)], capture_output=True, text=True, timeout=60
    )


def qpdf_check(path: Path) -> None:
    result = subprocess.run(
        [tool("qpdf"), "--check", str(path)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr
