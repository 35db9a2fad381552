"""Wire types of the sync protocol, shared by the desktop sync engine and the office server.

docs/sync-protocol.md is the prose version; this module is the contract. Everything here is
plain data (pydantic models, constants): no I/O, no database, no Qt. The server may import this
module and app.core only.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

PROTOCOL_VERSION = 1
PROTOCOL_HEADER = "Caseload-Protocol"
API_PREFIX = "/v1"

MAX_BATCH = 2000  # changes (or audit events) per push request
MAX_PAGE = 4000  # changes per pull page
MAX_BODY_BYTES = 8 * 1024 * 1024
MAX_FIELDS = 64
MAX_SCOPES_PER_REQUEST = 200
MAX_PINS = 4  # certificates a device trusts at once (current, next; the office CA)
MAX_PEM_CHARS = 16_000

MAX_SEQ = 2**63 - 1  # seqs are 64-bit columns on the server
# Free text that the server stores or queries as text: PostgreSQL refuses NUL characters.
NO_NUL = r"^[^\x00]*$"

ID = Field(min_length=1, max_length=64, pattern=r"^[0-9A-Za-z._:-]+$")
CLOCK = Field(min_length=23, max_length=64, pattern=r"^\d{15}\.\d{6}\.[0-9A-Za-z-]{1,40}$")

# Scope names: "client:<client id>" (everything about one client), "staff" (worker profiles,
# pulled by every device), "worker:<worker id>" (a worker's records about no client).
STAFF_SCOPE = "staff"
CLIENT_SCOPE_PREFIX = "client:"
WORKER_SCOPE_PREFIX = "worker:"

# Records of these entities are insert-only: an update or delete is refused ("append_only").
APPEND_ONLY_ENTITIES = frozenset(
    {"stage_change", "case_transfer", "disclosure", "disclosure_notice"}
)
# Records of these entities become immutable once sealed (a note signed, a consent no longer a
# draft; "!x" means any value but x); later writes to other fields than SEAL_EXEMPT are
# refused ("sealed").
SEALED_WHEN: dict[str, tuple[str, str]] = {
    "case_note": ("status", "signed"),
    "consent": ("status", "!draft"),
}
# None yet: the vault's triggers refuse every update of a sealed record (a co-signature will
# be a record of its own).
SEAL_EXEMPT: dict[str, frozenset[str]] = {"case_note": frozenset(), "consent": frozenset()}

ErrorCode = Literal[
    "bad_request",  # malformed body or parameters (422-style validation problems included)
    "too_large",  # request body over MAX_BODY_BYTES (413)
    "unauthenticated",  # missing or unknown credential (401)
    "device_revoked",  # the device was revoked: wipe (403, wipe=true)
    "forbidden",  # authenticated but not allowed (403)
    "enroll_code_invalid",  # unknown, used or expired enrollment code (403)
    "rate_limited",  # too many attempts (429, retry_after_s)
    "clock_skew",  # the request's clocks lie too far ahead of the server's (409)
    "replica_mismatch",  # push for a replica this device is not enrolled as (409)
    "cursor_expired",  # the cursor is older than the tombstone horizon: resync scopes (410)
    "protocol_unsupported",  # Caseload-Protocol header missing or unknown (426)
    "internal",  # a server fault (500); the request may be retried
]

RejectReason = Literal[
    "forbidden_scope",  # the scope belongs to a worker this device does not act for
    "scope_mismatch",  # the record is known under another scope
    "append_only",  # update/delete of an insert-only record
    "sealed",  # change to a signed note or non-draft consent
    "unknown_entity",
    "not_your_profile",  # worker_profile records are written by the server, except one's own
    "audit_chain",  # an audit event that does not extend the replica's chain
]


class Wire(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ErrorBody(Wire):
    code: ErrorCode
    message: str
    retry_after_s: float | None = None
    wipe: bool = False
    server_time_ms: int | None = None


class ErrorResponse(Wire):
    error: ErrorBody


class ServerInfo(Wire):
    # Advisory and read by every laptop before anything else: fields an office adds later
    # must not make an older laptop unable to talk to it, so unknown ones are ignored.
    model_config = ConfigDict(extra="ignore", frozen=True)

    protocol: int
    min_protocol: int
    server_time_ms: int
    max_batch: int = MAX_BATCH
    max_page: int = MAX_PAGE
    # The office's daily sync time ("17:30", each laptop's local time), or None: laptops sync
    # by themselves at that time (app/ui/sync/auto.py).
    daily_sync_time: str | None = Field(default=None, pattern=r"^([01]\d|2[0-3]):[0-5]\d$")
    # The longest idle lock (minutes) the office lets a worker choose in Settings; the
    # default lets a laptop read an older server's answer.
    max_idle_lock_minutes: int = Field(default=15, ge=1, le=24 * 60)
    # The certificate a laptop pins at enrollment when it is not the one the server presents:
    # the office CA's (PEM), or None. Public: the code's fingerprint is what makes it trusted.
    tls_anchor: str | None = Field(default=None, max_length=MAX_PEM_CHARS)


class WorkerInfo(Wire):
    id: str = ID
    display_name: str = Field(max_length=200)
    role: Literal["worker", "supervisor"]
    supervisor_id: str | None = None


class EnrollRequest(Wire):
    code: str = Field(min_length=8, max_length=128)
    replica_id: str = ID
    device_name: str = Field(min_length=1, max_length=100)


class EnrollResponse(Wire):
    device_id: str = ID
    token: str = Field(max_length=256)  # shown once; the server keeps only its hash
    worker: WorkerInfo
    server_time_ms: int


class TlsPins(Wire):
    """`GET /v1/tls` (device token): the certificates a device trusts from now on, PEM, the
    one in use first (the server's own, or the office CA), then the next one during a
    rotation. Learned only over a connection the current pins already authenticated."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    pins: list[Annotated[str, Field(max_length=MAX_PEM_CHARS)]] = Field(
        min_length=1, max_length=MAX_PINS
    )
    server_time_ms: int


class RepinRequest(Wire):
    """`POST /v1/repin` (device token): a stranded device re-pins with a fresh one-time code
    (its secret), proving it holds both the device credential and the code."""

    code: str = Field(min_length=8, max_length=128)


class Change(Wire):
    """One outbox entry of a replica: the fields one local transaction set on one record.

    `op` "insert" carries every user field; "update" the changed ones; "delete" none (the
    record becomes a tombstone: field `deleted` = true at `hlc`). Every field carries `hlc`.
    """

    seq: int = Field(ge=1, le=MAX_SEQ)
    entity: str = Field(min_length=1, max_length=40, pattern=r"^[a-z_]+$")
    record_id: str = ID
    scope: str = Field(min_length=1, max_length=80, pattern=NO_NUL)
    op: Literal["insert", "update", "delete"]
    hlc: str = CLOCK
    # Field names are kept (and named in conflicts) by the server: bounded, no NUL.
    fields: dict[Annotated[str, Field(max_length=100, pattern=NO_NUL)], Any] = Field(
        default_factory=dict, max_length=MAX_FIELDS
    )


class AuditRecord(Wire):
    """One event of a replica's hash-chained audit log (ids and short codes only)."""

    seq: int = Field(ge=1, le=MAX_SEQ)
    id: str = ID
    at: str = Field(max_length=40, pattern=NO_NUL)
    actor: str | None = Field(default=None, max_length=64, pattern=NO_NUL)
    action: str = Field(max_length=40, pattern=NO_NUL)
    entity: str | None = Field(default=None, max_length=40, pattern=NO_NUL)
    record_id: str | None = Field(default=None, max_length=64, pattern=NO_NUL)
    detail: dict[str, Any] = Field(default_factory=dict)
    prev_hash: str = Field(min_length=64, max_length=64)
    hash: str = Field(min_length=64, max_length=64)


class PushRequest(Wire):
    replica_id: str = ID
    changes: list[Change] = Field(default_factory=list, max_length=MAX_BATCH)
    audit: list[AuditRecord] = Field(default_factory=list, max_length=MAX_BATCH)


class ChangeResult(Wire):
    seq: int
    status: Literal["applied", "stale", "duplicate", "rejected"]
    reason: RejectReason | None = None


class PushResponse(Wire):
    """`acked_through`: every seq <= it is durably handled (applied or rejected) for the
    replica; resending them is harmless. `audit_acked_through` likewise for audit events."""

    acked_through: int
    audit_acked_through: int
    results: list[ChangeResult]
    conflicts: int  # fields where this push lost to, or overwrote, a concurrent write
    server_time_ms: int


class PullRequest(Wire):
    """`cursor` None starts from the beginning. `scopes` None pulls every scope granted to the
    device; a list restricts the page to those (granted) scopes, for restoring a new scope."""

    cursor: str | None = Field(default=None, max_length=80)
    scopes: list[Annotated[str, Field(max_length=80, pattern=NO_NUL)]] | None = Field(
        default=None, max_length=MAX_SCOPES_PER_REQUEST
    )
    limit: int = Field(default=MAX_PAGE, ge=1, le=MAX_PAGE)


class PulledChange(Wire):
    """A merged change as the server holds it: only the fields that won, each at `hlc`."""

    entity: str
    record_id: str
    scope: str
    hlc: str
    fields: dict[str, Any]
    origin: str  # replica id that wrote it, or "server"


class PullResponse(Wire):
    changes: list[PulledChange]
    cursor: str  # opaque; pass back unchanged
    more: bool
    scopes: list[str]  # every scope granted to the device now
    checksums: dict[str, str] = Field(default_factory=dict)  # on the last page only
    worker: WorkerInfo
    server_time_ms: int


class ChecksumRequest(Wire):
    scopes: list[Annotated[str, Field(max_length=80, pattern=NO_NUL)]] = Field(
        max_length=MAX_SCOPES_PER_REQUEST
    )


class ChecksumResponse(Wire):
    checksums: dict[str, str]


def client_scope(client_id: str) -> str:
    return f"{CLIENT_SCOPE_PREFIX}{client_id}"


def worker_scope(worker_id: str) -> str:
    return f"{WORKER_SCOPE_PREFIX}{worker_id}"


def is_sealing(entity: str, fields: dict[str, Any]) -> bool:
    """Whether these field values make a record of `entity` sealed (see SEALED_WHEN)."""
    rule = SEALED_WHEN.get(entity)
    if rule is None or rule[0] not in fields:
        return False
    field, wanted = rule
    value: object = fields[field]
    if wanted.startswith("!"):
        return value != wanted[1:]
    return value == wanted


def scope_checksum(records: Iterable[tuple[str, str, str]]) -> str:
    """SHA-256 over the sorted (entity, record id, record clock) of the live records of a
    scope (tombstones left out: the server forgets old ones at compaction, while devices that
    hold them keep them). Device and server compute it alike to prove they hold the same
    state; a record's clock is the highest of its field clocks."""
    digest = hashlib.sha256()
    for entity, record_id, clock in sorted(records):
        digest.update(f"{entity}\t{record_id}\t{clock}\n".encode())
    return digest.hexdigest()
