"""The server's TLS identity: a self-signed certificate made at init (or one issued by the
office's CA), pinned by devices through the SHA-256 fingerprint carried in every enrollment
code. Rotation (the next certificate beside the current one) is server/rotation.py."""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import os
from collections.abc import Iterable
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

VALIDITY_DAYS = 825  # the longest lifetime common TLS clients accept for a server certificate
DEFAULT_NAMES = ("localhost", "127.0.0.1")
LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain"})


def fingerprint(cert_path: Path) -> str:
    """SHA-256 of the certificate's DER encoding, lowercase hex (what codes carry)."""
    return pem_fingerprint(cert_path.read_bytes())


def pem_fingerprint(pem: bytes | str) -> str:
    """The fingerprint of the first certificate in `pem`."""
    data = pem.encode() if isinstance(pem, str) else pem
    cert = x509.load_pem_x509_certificate(data)
    return hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest()


def not_after(cert_path: Path) -> dt.datetime:
    return x509.load_pem_x509_certificate(cert_path.read_bytes()).not_valid_after_utc


def certificate_names(cert_path: Path) -> list[str]:
    """The names (DNS and IP) a certificate is valid for, so its successor keeps them."""
    cert = x509.load_pem_x509_certificate(cert_path.read_bytes())
    try:
        names = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except x509.ExtensionNotFound:
        return []
    ips = [str(ip) for ip in names.get_values_for_type(x509.IPAddress)]
    return [*names.get_values_for_type(x509.DNSName), *ips]


def create_self_signed(
    cert_path: Path, key_path: Path, names: Iterable[str], lifetime: dt.timedelta | None = None
) -> str:
    """A P-256 key (0600) and a certificate for localhost, 127.0.0.1 and `names`, valid for
    `lifetime` (default VALIDITY_DAYS); returns the certificate's fingerprint. Refuses to
    overwrite an existing key."""
    lifetime = lifetime or dt.timedelta(days=VALIDITY_DAYS)
    all_names = list(dict.fromkeys([*DEFAULT_NAMES, *names]))
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, all_names[-1][:64])])
    now = dt.datetime.now(dt.UTC)
    public = key.public_key()
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + lifetime)
        .add_extension(x509.SubjectAlternativeName([_san(n) for n in all_names]), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(public), critical=False)
        .sign(key, hashes.SHA256())
    )
    write_private(key_path, key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ))  # fmt: skip
    cert_path.parent.mkdir(parents=True, exist_ok=True)
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return fingerprint(cert_path)


def _san(name: str) -> x509.GeneralName:
    try:
        return x509.IPAddress(ipaddress.ip_address(name))
    except ValueError:
        return x509.DNSName(name)


def write_private(path: Path, data: bytes) -> None:
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)


def is_loopback(host: str) -> bool:
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
