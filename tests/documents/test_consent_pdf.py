"""Consent PDFs: valid, readable by tools, in the form's language, with a QR code that scans
to the record's payload, a drawn signature, page numbers and a print mark; blank forms hold no
client data; nothing names the client in the metadata and nothing is written to disk."""

from __future__ import annotations

import builtins
import io
import re
from datetime import date

import pytest
from PIL import Image, ImageChops
from pypdf import PdfReader

from app.core.consent_forms import BLANK
from app.documents import templates
from app.documents.consent_pdf import PrintMark, blank_form_pdf, consent_pdf
from tests.documents.helpers import (
    CLIENT,
    PAIRS,
    STROKES,
    WORKER,
    filled,
    flat,
    payload,
    pdf_text,
    qpdf_check,
    render,
    scan_qr,
    write,
)

MARK = PrintMark(WORKER, date(2026, 3, 3), 2)
# A phrase only the form's own language has, and how it numbers pages.
PHRASES = {
    "en": ("you can take back (revoke)", "Page 1 of"),
    "es": ("puede retirar (revocar)", "Página 1 de"),
    "fr": ("vous pouvez retirer (révoquer)", "Page 1 sur"),
}
COPY_LINES = {
    "en": f"Printed by {WORKER} on 3 March 2026 · copy 2",
    "es": f"Impreso por {WORKER} el 3 de marzo de 2026 · copia 2",
    "fr": f"Imprimé par {WORKER} le 3 mars 2026 · exemplaire 2",
}


def _signed(template_id: str, language: str, **options: object) -> tuple[bytes, object]:
    form, words = filled(template_id, language)
    pdf = consent_pdf(form, words, qr=payload(form), signature=STROKES, mark=MARK, **options)
    return pdf, form


@pytest.mark.parametrize("large_print", [False, True], ids=["normal", "large"])
@pytest.mark.parametrize(("template_id", "language"), PAIRS)
def test_filled_form_is_valid_and_reads_back(tmp_path, template_id, language, large_print):
    pdf, form = _signed(template_id, language, large_print=large_print, signer_caption=CLIENT)
    path = write(tmp_path, pdf)
    qpdf_check(path)
    reader = PdfReader(io.BytesIO(pdf))
    text, words = pdf_text(path), templates.vocabulary(language)
    assert CLIENT in text
    phrase, first_page = PHRASES[language]
    assert phrase in flat(text).lower()
    for section in form.sections:
        assert flat(section.heading) in flat(text)
    pages = len(reader.pages)
    assert text.count(words["label.template"].format(id=template_id, version="1")) == pages
    assert first_page in text
    assert words["label.page"].format(page=pages, pages=pages) in text
    assert text.count(COPY_LINES[language]) == pages  # the print mark on every page


@pytest.mark.parametrize(("template_id", "language"), PAIRS)
def test_qr_code_scans_to_the_payload(tmp_path, template_id, language):
    pdf, form = _signed(template_id, language)
    result = scan_qr(render(write(tmp_path, pdf), page=1))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == payload(form)


def test_qr_code_scans_in_large_print(tmp_path):
    pdf, form = _signed("release-of-information", "fr", large_print=True)
    assert scan_qr(render(write(tmp_path, pdf), page=1)).stdout.strip() == payload(form)


@pytest.mark.parametrize(("template_id", "language"), PAIRS)
def test_metadata_names_the_template_never_the_client(template_id, language):
    pdf, form = _signed(template_id, language)
    metadata = PdfReader(io.BytesIO(pdf)).metadata
    assert metadata.title == form.template.title
    assert not metadata.author and not metadata.subject
    assert not any("Quixcanary" in str(value) for value in metadata.values())


def test_accents_and_guillemets_survive(tmp_path):
    fr = pdf_text(write(tmp_path, _signed("consent-services", "fr")[0], "fr.pdf"))
    es = pdf_text(write(tmp_path, _signed("consent-services", "es")[0], "es.pdf"))
    assert "« vous »" in fr and "Façon" in fr and "Zoë Quixcanary-Peña" in fr
    assert "«usted»" in es and "gestión" in es and "Peña" in es


def test_client_text_is_escaped_not_markup(tmp_path):
    form, words = filled("consent-services", "en", client_name="Ann <b>Bold</b> & Co")
    text = pdf_text(write(tmp_path, consent_pdf(form, words, qr=payload(form))))
    assert "Ann <b>Bold</b> & Co" in text


def _dark(image: Image.Image) -> int:
    return sum(image.convert("L").point(lambda v: 255 if v < 128 else 0).histogram()[255:])


def test_signature_strokes_are_drawn(tmp_path):
    form, words = filled("photo-recording", "en")
    signed = write(tmp_path, consent_pdf(form, words, qr=None, signature=STROKES), "s.pdf")
    unsigned = write(tmp_path, consent_pdf(form, words, qr=None), "u.pdf")
    last = len(PdfReader(signed).pages)
    assert len(PdfReader(unsigned).pages) == last
    images = [Image.open(render(path, last, dpi=100)) for path in (signed, unsigned)]
    assert _dark(images[0]) > _dark(images[1]) + 1000
    left, top, right, bottom = ImageChops.difference(*images).convert("L").getbbox()
    assert right - left > 75 / 25.4 * 100  # the zigzag spans most of the 90 mm box
    assert "Signed on the screen" in pdf_text(signed)


def _font_sizes(pdf: bytes) -> set[float]:
    """Sizes of the fonts text is shown in (a drawing's renderer sets a font it never uses)."""
    content = b"".join(page.get_contents().get_data() for page in PdfReader(io.BytesIO(pdf)).pages)
    shown = [block for block in re.findall(rb"BT(.*?)ET", content, re.S) if b"Tj" in block]
    return {float(size) for block in shown for size in re.findall(rb"/F[\w+]+ ([\d.]+) Tf", block)}


def test_large_print_uses_18_point_text():
    normal = _font_sizes(_signed("consent-services", "es")[0])
    large = _font_sizes(_signed("consent-services", "es", large_print=True)[0])
    assert 11 in normal and 18 not in normal
    assert 18 in large and min(large) >= 12 and max(large) > 18


@pytest.mark.parametrize("large_print", [False, True], ids=["normal", "large"])
@pytest.mark.parametrize(("template_id", "language"), PAIRS)
def test_blank_form_has_lines_and_no_record(tmp_path, template_id, language, large_print):
    words = templates.vocabulary(language)
    template = templates.load_template(template_id, language)
    path = write(tmp_path, blank_form_pdf(template, words, large_print=large_print))
    qpdf_check(path)
    text = pdf_text(path)
    assert flat(words["label.blank"]) in flat(text)
    assert BLANK in text and template_id in text
    assert flat(words["confidentiality.explained"]) in flat(text)  # with a box to tick
    assert "Quixcanary" not in text and WORKER not in text
    assert PdfReader(path).metadata.title == template.title
    result = scan_qr(render(path, page=1))
    assert result.stdout.strip() == "" and result.returncode != 0  # no QR code at all


def test_unmarked_copy_has_no_print_line(tmp_path):
    form, words = filled("consent-services", "en")
    text = pdf_text(write(tmp_path, consent_pdf(form, words, qr=payload(form))))
    assert "Printed by" not in text and "Page 1 of" in text


def test_nothing_is_written_to_disk(monkeypatch):
    real_open = builtins.open

    def reading_only(file, mode="r", *args, **kwargs):
        assert not set(str(mode)) & set("wax+"), f"tried to write {file}"
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", reading_only)
    form, words = filled("release-of-information", "es")
    pdf = consent_pdf(form, words, qr=payload(form), signature=STROKES, mark=MARK)
    blank = blank_form_pdf(form.template, words, large_print=True)
    assert pdf.startswith(b"%PDF-") and blank.startswith(b"%PDF-")


def test_names_beyond_latin_1_print_as_written(tmp_path):
    """Clients are named in many scripts: the embedded font carries them (no black boxes)."""
    name = "Nguyễn Thị Łucja Шевченко Ψαρράς"
    form, words = filled("release-of-information", "fr", client_name=name)
    text = pdf_text(write(tmp_path, consent_pdf(form, words, qr=payload(form))))
    assert name in " ".join(text.split())
