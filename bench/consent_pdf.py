"""consent_pdf: build a filled consent form PDF with its QR code, in memory.

The form is the longest shipped template (release of information, English) filled for a
synthetic client, with a drawn signature and a print mark: what the worker prints in a
client's kitchen. The baseline, measured in the same run and interleaved with it, is reportlab
laying out the same text as plain paragraphs (no QR code, signature, footer or page count),
so the ratio shows what the form's own parts cost over reportlab itself.
"""

from __future__ import annotations

import gc
import io
import re
from collections.abc import Callable, Iterator
from datetime import date
from time import perf_counter

from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable, SimpleDocTemplate

from app.core.consent import document_hash, qr_payload
from app.core.consent_forms import ConsentFacts, FilledForm, fill, placeholders
from app.core.signature import Stroke
from app.documents import templates
from app.documents.consent_pdf import PrintMark, consent_pdf
from app.documents.layout import styles, text
from bench.consent_print import print_metric
from bench.harness import Metric, Params, benchmark, median, ms, percentile, progress, ratio

PAGE = re.compile(rb"/Type /Page(?!s)")  # a page object, not the page tree
CONSENT_ID = "0193a4b2-7c1d-7e5f-8a9b-0c1d2e3f4a5b"
FACTS = ConsentFacts(
    client_name="Ana Lucía Benchmark-Peña",
    date_of_birth=date(1987, 6, 21),
    purposes=("coordinate housing support", "apply for income benefits"),
    recipients=("City Housing Office", "Northside Health Clinic"),
    categories=("identity", "contact_details", "housing", "income", "health"),
    effective_on=date(2026, 3, 2),
    expires_on=date(2027, 3, 2),
    signer_name="Ana Lucía Benchmark-Peña",
    signer_authority="self",
    signer_relationship=None,
    authority_document=None,
    method="signed_on_screen",
    witness_name=None,
    worker_name="Bench Worker",
    confidentiality_explained=True,
)


def _signature() -> list[Stroke]:
    """Six strokes of 150 points: a long handwritten signature."""
    return [
        tuple((40 + i * 6, 500 + ((i * 37 + s * 91) % 400) - 200) for i in range(150))
        for s in range(6)
    ]


def _form() -> tuple[FilledForm, dict[str, str]]:
    words = templates.vocabulary("en")
    return fill(
        templates.template_for("release_of_information", "en"), placeholders(FACTS, words)
    ), words


def _plain_pdf(form: FilledForm) -> bytes:
    buffer, look = io.BytesIO(), styles(False)
    paragraphs: list[Flowable] = [text(part, look.body) for part in form.text().split("\n\n")]
    SimpleDocTemplate(buffer, pagesize=A4).build(paragraphs)
    return buffer.getvalue()


def _timed(build: Callable[[], bytes]) -> float:
    start = perf_counter()
    build()
    return perf_counter() - start


@benchmark(
    "consent_pdf",
    "a filled consent form (QR code, drawn signature, page numbers, print mark) built in "
    "memory, vs reportlab laying out the same text plainly",
    target="build p95 <= 150 ms; print to a PDF target <= 500 ms",
    params={"runs": 100, "print_runs": 10},
    smoke={"runs": 3, "print_runs": 1},
    rank=50,
)
def consent_pdf_bench(params: Params) -> Iterator[Metric]:
    yield _build_metric(params["runs"])
    form, words = _form()
    qr = qr_payload(CONSENT_ID, document_hash(form.text()))
    pdf = consent_pdf(form, words, qr=qr, signature=_signature())
    yield print_metric(pdf, len(PAGE.findall(pdf)), params["print_runs"])


def _build_metric(runs: int) -> Metric:
    form, words = _form()
    qr, strokes = qr_payload(CONSENT_ID, document_hash(form.text())), _signature()
    mark = PrintMark(FACTS.worker_name, FACTS.effective_on, 1)

    def build() -> bytes:
        return consent_pdf(form, words, qr=qr, signature=strokes, mark=mark)

    first = _timed(build)
    _timed(lambda: _plain_pdf(form))  # warm-up
    form_s, plain_s = [], []
    for run in range(runs):
        gc.collect()
        form_s.append(_timed(build))
        plain_s.append(_timed(lambda: _plain_pdf(form)))
        if (run + 1) % 25 == 0:
            progress(f"consent_pdf: {run + 1}/{runs}")
    return _summary(form_s, plain_s, first, runs, len(PAGE.findall(build())))


def _summary(
    form_s: list[float], plain_s: list[float], first: float, runs: int, pages: int
) -> Metric:
    p50, p95 = median(form_s), percentile(form_s, 0.95)
    base50, base95 = median(plain_s), percentile(plain_s, 0.95)
    return {
        "name": "consent_pdf.build",
        "p50_ms": ms(p50),
        "p95_ms": ms(p95),
        "max_ms": ms(max(form_s)),
        "first_ms": ms(first),
        "baseline_p50_ms": ms(base50),
        "baseline_p95_ms": ms(base95),
        "p50_ratio": ratio(p50, base50),
        "p95_ratio": ratio(p95, base95),
        "runs": runs,
        "pages": pages,
    }
