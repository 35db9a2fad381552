"""Certificate rotation and the office CA (docs/sync-protocol.md, "Certificate rotation").

`rotate` makes the NEXT key and certificate beside the current ones without switching; every
device learns the next certificate inside its authenticated session (`GET /v1/tls`) and pins
it beside the current one. `activate` makes the next one current (the server presents it from
its next start) and keeps the old certificate, not its key, as "previous". With an office CA
(`install --ca`), devices pin the CA instead and accept any certificate it issued.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization

from server.config import Settings
from server.errors import ApiError
from server.tls import certificate_names, create_self_signed, not_after, write_private
from server.tls import fingerprint as file_fingerprint


class TlsError(Exception):
    """A refused TLS administration step (nothing was changed)."""


@dataclass(frozen=True)
class TlsFiles:
    """Where the certificates live: beside the current certificate (DATA/tls by default)."""

    cert: Path
    key: Path
    next_cert: Path
    next_key: Path
    previous_cert: Path
    ca: Path

    @classmethod
    def of(cls, settings: Settings) -> TlsFiles:
        folder = settings.cert_file.parent
        return cls(
            settings.cert_file, settings.key_file, folder / "next-cert.pem",
            folder / "next-key.pem", folder / "previous-cert.pem", folder / "ca.pem",
        )  # fmt: skip


def rotate(settings: Settings, lifetime: dt.timedelta | None = None) -> str:
    """The next key and certificate (same names as the current one); returns its fingerprint."""
    files = TlsFiles.of(settings)
    if files.ca.exists():
        raise TlsError("this server uses the office CA: install a new certificate it issued")
    if files.next_cert.exists():
        raise TlsError("a next certificate is already waiting: activate it first")
    files.next_key.unlink(missing_ok=True)  # left by an interrupted rotate: never used
    return create_self_signed(
        files.next_cert, files.next_key, certificate_names(files.cert), lifetime
    )


def activate(settings: Settings) -> str:
    """Make the next certificate current; the old key is destroyed, its certificate kept as
    "previous" for `status`. Returns the new current fingerprint."""
    files = TlsFiles.of(settings)
    if not files.next_cert.exists():
        raise TlsError("no next certificate: run `caseload-server tls rotate` first")
    shutil.copyfile(files.cert, files.previous_cert)
    # Key first: a crash between the two replaces leaves next-cert.pem, and a rerun finishes.
    if files.next_key.exists():
        os.replace(files.next_key, files.key)
    if not _key_matches(files.next_cert, files.key):
        raise TlsError("the next certificate's key is missing: run rotate again")
    os.replace(files.next_cert, files.cert)
    return file_fingerprint(files.cert)


def install(settings: Settings, cert: Path, key: Path, ca: Path | None) -> str:
    """Use a certificate and key issued by the office CA (`ca`, or the one installed before);
    returns the CA's fingerprint, which enrollment codes carry from now on."""
    files = TlsFiles.of(settings)
    authority = ca or files.ca
    if not authority.exists():
        raise TlsError("give the office CA's certificate (--ca)")
    _check_issued(cert, key, authority)
    if ca is not None:
        shutil.copyfile(ca, files.ca)
    _replace_private(files.key, key.read_bytes())
    shutil.copyfile(cert, files.cert)
    for leftover in (files.next_cert, files.next_key):
        leftover.unlink(missing_ok=True)
    return file_fingerprint(files.ca)


def _key_matches(cert_path: Path, key_path: Path) -> bool:
    cert = x509.load_pem_x509_certificate(cert_path.read_bytes())
    key = serialization.load_pem_private_key(key_path.read_bytes(), password=None)
    return key.public_key().public_bytes(*_SPKI) == cert.public_key().public_bytes(*_SPKI)


def _check_issued(cert_path: Path, key_path: Path, ca_path: Path) -> None:
    if not _key_matches(cert_path, key_path):
        raise TlsError("the key does not belong to the certificate")
    cert = x509.load_pem_x509_certificate(cert_path.read_bytes())
    try:
        cert.verify_directly_issued_by(x509.load_pem_x509_certificate(ca_path.read_bytes()))
    except (ValueError, TypeError, InvalidSignature):
        raise TlsError("the certificate was not issued by the office CA") from None


_SPKI = (serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)


def _replace_private(path: Path, data: bytes) -> None:
    temp = path.with_name(path.name + ".new")
    temp.unlink(missing_ok=True)
    write_private(temp, data)
    os.replace(temp, path)


def presented_anchor(settings: Settings) -> str | None:
    """What devices pin for the certificate the server presents from this start on: the
    office CA when there is one, else the certificate itself (None: no TLS files)."""
    files = TlsFiles.of(settings)
    anchor = files.ca if files.ca.exists() else files.cert
    return anchor.read_text() if anchor.exists() else None


def office_ca(settings: Settings) -> str | None:
    ca = TlsFiles.of(settings).ca
    return ca.read_text() if ca.exists() else None


def announced_pins(served: str | None, settings: Settings) -> list[str]:
    """What devices should trust now: the anchor being served, then any that will be served
    after the next switch or restart (the next certificate, or one activated since start)."""
    files = TlsFiles.of(settings)
    waiting = (files.ca,) if files.ca.exists() else (files.cert, files.next_cert)
    pems = [served] if served else []
    pems += [path.read_text() for path in waiting if path.exists()]
    if not pems:
        raise ApiError(403, "forbidden", "this server has no TLS certificate to announce")
    return list(dict.fromkeys(pem.strip() + "\n" for pem in pems))


def anchor_fingerprint(settings: Settings) -> str:
    """The fingerprint an enrollment code carries: the office CA's, else the certificate's."""
    files = TlsFiles.of(settings)
    anchor = files.ca if files.ca.exists() else files.cert
    return file_fingerprint(anchor) if anchor.exists() else ""


def status(settings: Settings) -> dict[str, dict[str, str | int] | None]:
    """Fingerprint and expiry of the current, next and previous certificates and the CA."""
    files = TlsFiles.of(settings)
    named = {
        "current": files.cert, "next": files.next_cert,
        "previous": files.previous_cert, "office_ca": files.ca,
    }  # fmt: skip
    return {name: _describe(path) if path.exists() else None for name, path in named.items()}


def _describe(path: Path) -> dict[str, str | int]:
    expires = not_after(path)
    days_left = (expires - dt.datetime.now(dt.UTC)).days
    return {
        "fingerprint": file_fingerprint(path),
        "expires": expires.isoformat(timespec="seconds"),
        "days_left": days_left,
    }
