"""Consent forms as PDF bytes, built in memory (reportlab) and never written to a file.

A filled form shows the exact text that was hashed (FilledForm.text()), the QR code that
links the paper to its record (consent id and text hash, no personal data), the drawn
signature when it was signed on screen, the template line and "page N of M" on every page,
and, on a printed copy, who printed it, when, and which copy it is. The PDF's metadata holds
the template title and language only: never the client's name.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from app.core.consent_forms import (
    BLANK,
    ConsentTemplate,
    FilledForm,
    Section,
    blank_values,
    fill,
    long_date,
)
from app.core.signature import Stroke
from app.documents.layout import (
    BOLD,
    GREY,
    QR_SIZE,
    Footer,
    SignatureBox,
    Styles,
    body_paragraph,
    build_pdf,
    frame_width,
    qr_drawing,
    styles,
    text,
)

# On a blank form, ticked by hand when the limits of confidentiality were explained (no-break
# spaces: a Paragraph would fold ordinary ones into one).
TICK_BOX = "[\u00a0\u00a0\u00a0\u00a0]"


@dataclass(frozen=True)
class PrintMark:
    """Who printed a copy, when, and its number (shown at the foot of every page)."""

    worker_name: str
    printed_on: date
    copy_number: int


def consent_pdf(
    form: FilledForm,
    words: Mapping[str, str],
    *,
    qr: str | None,
    large_print: bool = False,
    signature: Sequence[Stroke] | None = None,
    signer_caption: str | None = None,
    mark: PrintMark | None = None,
) -> bytes:
    """A filled consent form; `qr` is app.core.consent.qr_payload(...) for its record."""
    look = styles(large_print)
    block = _signature_block(words, look, signature, signer_caption, blank=False)
    story = [_header(form.title, qr, words, look), *_body(form, look, block)]
    return _build(story, form.template, words, look, mark)


def blank_form_pdf(
    template: ConsentTemplate, words: Mapping[str, str], large_print: bool = False
) -> bytes:
    """A form to fill by hand on paper days: lines to write on, no client data, no QR code."""
    look = styles(large_print)
    values = blank_values(words)
    values["confidentiality"] = f"{TICK_BOX} {words['confidentiality.explained']}"
    form = fill(template, values)
    block = _signature_block(words, look, None, None, blank=True)
    story = [_header(form.title, None, words, look), _note(words["label.blank"], look)]
    return _build([*story, *_body(form, look, block)], template, words, look, None)


def _build(
    story: list[Flowable],
    template: ConsentTemplate,
    words: Mapping[str, str],
    look: Styles,
    mark: PrintMark | None,
) -> bytes:
    footer = Footer(
        left=words["label.template"].format(id=template.id, version=template.version),
        page_pattern=words["label.page"],
        mark=_mark_line(mark, words) if mark else None,
        size=look.footer_size,
    )
    return build_pdf(story, title=template.title, language=template.language, footer=footer)


def _mark_line(mark: PrintMark, words: Mapping[str, str]) -> str:
    printed_on = long_date(mark.printed_on, words)
    return words["label.copy"].format(
        worker=mark.worker_name, date=printed_on, copy=mark.copy_number
    )


def _header(title: str, qr: str | None, words: Mapping[str, str], look: Styles) -> Flowable:
    """The title; with a record, its QR code top right and what the code is for beneath."""
    if qr is None:
        return text(title, look.title)
    code = [qr_drawing(qr), text(words["label.qr"], look.small)]
    table = Table(
        [[text(title, look.title), code]],
        colWidths=[frame_width() - QR_SIZE - 6, QR_SIZE + 6],
    )
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), *_NO_PADDING]))
    return table


_NO_PADDING = [
    (f"{side}PADDING", (0, 0), (-1, -1), 0) for side in ("LEFT", "RIGHT", "TOP", "BOTTOM")
]


def _note(value: str, look: Styles) -> Flowable:
    box = ParagraphStyle(
        "note", parent=look.body, borderWidth=0.7, borderColor=GREY, borderPadding=6
    )
    return KeepTogether([Spacer(1, 6), text(value, box), Spacer(1, 6)])


def _body(form: FilledForm, look: Styles, signature_block: Flowable) -> list[Flowable]:
    """The sections; the last one (the declaration) kept on one page with the signature."""
    parts = [_section(section, look) for section in form.sections]
    parts[-1] = [KeepTogether([*parts[-1], signature_block])]
    return [flowable for part in parts for flowable in part]


def _section(section: Section, look: Styles) -> list[Flowable]:
    paragraphs = [body_paragraph(paragraph, look) for paragraph in section.paragraphs]
    return [text(section.heading, look.heading), *paragraphs]


def _signature_block(
    words: Mapping[str, str],
    look: Styles,
    signature: Sequence[Stroke] | None,
    caption: str | None,
    *,
    blank: bool,
) -> Flowable:
    label = ParagraphStyle("label", parent=look.body, fontName=BOLD, spaceBefore=look.body.fontSize)
    lines = _signature_lines(words, bool(signature), caption, blank)
    block = [text(words["label.signature"], label), SignatureBox(signature), Spacer(1, 4)]
    return KeepTogether(block + [text(line, look.body) for line in lines])


def _signature_lines(
    words: Mapping[str, str], signed: bool, caption: str | None, blank: bool
) -> list[str]:
    if signed:
        by = [_field(words, "signed_by", caption)] if caption else []
        return [words["label.signed_on_screen"], *by]
    lines = [_field(words, "signed_by", caption or BLANK), _field(words, "date", BLANK)]
    return lines + ([_field(words, "witness", BLANK)] if blank else [])


def _field(words: Mapping[str, str], label: str, value: str) -> str:
    """ "Label: value", punctuated as the language wants (French puts a space before ':')."""
    return words["label.field"].format(label=words[f"label.{label}"], value=value)
