"""Encrypting a PDF in memory (AES-256) and the one-time password that opens it.

pypdf (already a dependency, 7.1.0) encrypts with AES-256 (PDF 2.0, revision 6) through the
`cryptography` package that is installed anyway; pikepdf would have added a compiled
dependency (qpdf) for the same result. The unencrypted bytes are never written anywhere:
they go from reportlab's buffer to pypdf's reader and out as the encrypted copy.
"""

from __future__ import annotations

import hashlib
import io
import secrets
from dataclasses import dataclass

from pypdf import PdfReader, PdfWriter

# Crockford's base32: digits and capitals without I, L, O and U, so no two symbols are
# read aloud or written alike (0/O, 1/I/L); 32 symbols, 5 bits each, 20 of them 100 bits.
SYMBOLS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
PASSWORD_SYMBOLS = 20
GROUP = 4


@dataclass(frozen=True)
class SealedPdf:
    """An encrypted PDF, the password told once to the worker, and the SHA-256 of the bytes
    (what a disclosure record keeps)."""

    data: bytes
    password: str
    sha256: str


def one_time_password(symbols: int = PASSWORD_SYMBOLS) -> str:
    """20 symbols in five groups of four ("K7QD-2M9X-..."): 100 bits, enough against
    guessing offline, short enough to read over the phone or write on a card."""
    drawn = "".join(secrets.choice(SYMBOLS) for _ in range(symbols))
    return "-".join(drawn[i : i + GROUP] for i in range(0, symbols, GROUP))


def encrypt_pdf(pdf_bytes: bytes, password: str) -> bytes:
    """The same document, AES-256 encrypted: the password opens it (no separate owner
    password anyone could use: the owner password is random and forgotten at once)."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes)))
    writer.encrypt(
        user_password=password,
        owner_password=secrets.token_urlsafe(32),
        algorithm="AES-256",
    )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def seal(pdf_bytes: bytes) -> SealedPdf:
    password = one_time_password()
    data = encrypt_pdf(pdf_bytes, password)
    return SealedPdf(data, password, hashlib.sha256(data).hexdigest())
