"""reportlab building blocks for printed forms: styles, escaped paragraphs, the QR code, the
drawn signature, and a footer with "page N of M" on every page. Everything stays in memory.

Fonts are DejaVu Sans, shipped in resources/fonts and embedded (subset) in every PDF: a
client's name prints as written in Latin, Greek and Cyrillic scripts (Nguyễn, Łucja,
Ψαρράς, Шевченко), which the PDF base fonts (Latin-1 only) cannot (docs/consent-forms.md).
"""

from __future__ import annotations

import functools
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate

from app.core.signature import SCALE, Stroke
from app.resources import resource

PAGE_SIZE = A4
MARGIN = 20 * mm
FRAME_PADDING = 6  # reportlab's Frame pads its content by 6 pt on every side
FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"
FONT_FILES = {FONT: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
GREY = Color(0.45, 0.45, 0.45)
QR_SIZE = 36 * mm  # read by a phone or zbarimg at 150 dpi
SIGNATURE_BOX = (90 * mm, 30 * mm)  # the pad's 3:1 box
BULLET = "- "  # a paragraph starting so is laid out as a list item


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    item: ParagraphStyle
    small: ParagraphStyle
    footer_size: float


@functools.cache
def register_fonts() -> None:
    """Once per process: the TrueType files are parsed here, not on every form."""
    for name, file_name in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", file_name))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


@functools.cache
def styles(large_print: bool) -> Styles:
    """11 pt body text, or 18 pt and larger headings for large print."""
    register_fonts()
    body = 18.0 if large_print else 11.0
    heading, title = body * 1.3, body * 1.6
    small = 12.0 if large_print else 8.5
    return Styles(
        title=_style("title", BOLD, title, spaceAfter=body * 0.4),
        heading=_style("heading", BOLD, heading, spaceBefore=body, keepWithNext=1),
        body=_style("body", FONT, body, spaceAfter=body * 0.5),
        item=_style(
            "item",
            FONT,
            body,
            spaceAfter=body * 0.3,
            leftIndent=body * 1.4,
            bulletIndent=body * 0.5,
            bulletFontSize=body,
        ),
        small=_style("small", FONT, small, textColor=GREY),
        footer_size=small,
    )


def _style(name: str, font: str, size: float, **extra: Any) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.3, **extra)


def text(value: str, style: ParagraphStyle, **extra: Any) -> Paragraph:
    """A paragraph of plain text: markup characters are escaped, never interpreted, and the
    space French puts before ; : ! ? » and after « never breaks (no lone ';' on a line)."""
    return Paragraph(escape(_NO_BREAK.sub("\u00a0", value)), style, **extra)


_NO_BREAK = re.compile(r" (?=[;:!?\u00bb])|(?<=\u00ab) ")


def body_paragraph(value: str, look: Styles) -> Paragraph:
    if value.startswith(BULLET):
        return text(value.removeprefix(BULLET), look.item, bulletText="\u2022")
    return text(value, look.body)


def qr_drawing(value: str, size: float = QR_SIZE) -> Drawing:
    """reportlab's own QR code (medium error correction, quiet zone included), sized directly:
    asking the widget for its bounds would encode the value a second time."""
    drawing = Drawing(size, size)
    drawing.add(QrCodeWidget(value, barLevel="M", barWidth=size, barHeight=size))
    return drawing


class SignatureBox(Flowable):
    """A box holding drawn strokes (0..SCALE grid, y down as on the pad), or empty to sign."""

    def __init__(self, strokes: Sequence[Stroke] | None = None) -> None:
        super().__init__()
        self.strokes = tuple(strokes or ())
        self.width, self.height = SIGNATURE_BOX

    def wrap(self, _available_width: float, _available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(GREY)
        canvas.setLineWidth(0.5)
        canvas.rect(0, 0, self.width, self.height)
        canvas.line(4 * mm, self.height * 0.22, self.width - 4 * mm, self.height * 0.22)
        canvas.setStrokeColor(black)
        canvas.setLineWidth(1.3)
        canvas.setLineCap(1)
        canvas.setLineJoin(1)
        for stroke in self.strokes:
            self._draw_stroke(stroke)

    def _draw_stroke(self, stroke: Stroke) -> None:
        points = [self._place(point) for point in stroke]
        if len(points) == 1:
            self.canv.circle(*points[0], 0.6, stroke=0, fill=1)
            return
        path = self.canv.beginPath()
        path.moveTo(*points[0])
        for point in points[1:]:
            path.lineTo(*point)
        self.canv.drawPath(path, stroke=1, fill=0)

    def _place(self, point: tuple[int, int]) -> tuple[float, float]:
        pad = 2 * mm
        x = pad + point[0] / SCALE * (self.width - 2 * pad)
        y = self.height - pad - point[1] / SCALE * (self.height - 2 * pad)
        return x, y


@dataclass(frozen=True)
class Footer:
    """What every page shows at its foot: the form line, "page N of M", a print mark."""

    left: str
    page_pattern: str  # "Page {page} of {pages}"
    mark: str | None
    size: float


class _FooterCanvas(Canvas):
    """Keeps each page until the end, so "of M" is known when the footers are drawn."""

    def __init__(self, *args: Any, footer: Footer, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._saved_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # reportlab's own, not in its stubs

    def save(self) -> None:
        total = len(self._saved_pages)
        for number, state in enumerate(self._saved_pages, start=1):
            self.__dict__.update(state)
            self._draw_footer(number, total)
            super().showPage()
        super().save()

    def _draw_footer(self, page: int, pages: int) -> None:
        footer, width = self._footer, PAGE_SIZE[0]
        base = MARGIN * 0.6
        self.setFont(FONT, footer.size)
        self.setFillColor(GREY)
        self.drawString(MARGIN, base, footer.left)
        self.drawRightString(
            width - MARGIN, base, footer.page_pattern.format(page=page, pages=pages)
        )
        if footer.mark:
            self.drawString(MARGIN, base + footer.size * 1.4, footer.mark)


def build_pdf(story: list[Flowable], *, title: str, language: str, footer: Footer) -> bytes:
    """The story as PDF bytes; metadata carries the form's title and language, nothing else."""
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN - FRAME_PADDING,
        rightMargin=MARGIN - FRAME_PADDING,
        topMargin=MARGIN - FRAME_PADDING,
        bottomMargin=MARGIN + footer.size * 3 - FRAME_PADDING,
        title=title,
        author="",
        subject="",
        creator="Caseload",
        keywords=[],
        lang=language,
    )
    document.build(story, canvasmaker=functools.partial(_FooterCanvas, footer=footer))
    return buffer.getvalue()


def frame_width() -> float:
    """The width a flowable may take (the text lines up with the footer)."""
    return PAGE_SIZE[0] - 2 * MARGIN
