"""The server's schema (SQLAlchemy 2 typed models). Migrations: server/migrations.

Times are integer milliseconds since the epoch (UTC): they compare the same way on SQLite and
PostgreSQL and match the clocks' wall part. Columns named `*_enc` hold AES-GCM blobs
(server/crypto.py); everything else is ids, scopes, clocks and bookkeeping, in the clear.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
# SQLite makes only an INTEGER PRIMARY KEY an auto-incrementing rowid; PostgreSQL wants bigint.
BigId = BigInteger().with_variant(Integer(), "sqlite")
CLOCK = String(64)
RECORD_ID = String(64)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class User(Base):
    """A worker or supervisor. The id is also the id of their `worker_profile` record."""

    __tablename__ = "user"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    role: Mapped[str] = mapped_column(String(20))  # worker | supervisor
    supervisor_id: Mapped[str | None] = mapped_column(ForeignKey("user.id"), index=True)
    created_ms: Mapped[int] = mapped_column(BigInteger)


class EnrollCode(Base):
    __tablename__ = "enroll_code"

    hash: Mapped[str] = mapped_column(String(64), primary_key=True)  # SHA-256 of the secret
    user_id: Mapped[str] = mapped_column(ForeignKey("user.id"), index=True)
    created_ms: Mapped[int] = mapped_column(BigInteger)
    expires_ms: Mapped[int] = mapped_column(BigInteger)
    used_ms: Mapped[int | None] = mapped_column(BigInteger)


class Device(Base):
    """An enrolled credential, bound to one replica (vault incarnation) and one worker."""

    __tablename__ = "device"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("user.id"), index=True)
    replica_id: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    token_hash: Mapped[str] = mapped_column(String(64))
    enrolled_ms: Mapped[int] = mapped_column(BigInteger)
    revoked_ms: Mapped[int | None] = mapped_column(BigInteger)
    last_seen_ms: Mapped[int | None] = mapped_column(BigInteger)


class ReplicaMark(Base):
    """Per replica: the highest outbox seq and audit seq handled (docs/sync-protocol.md, "Push":
    acks are keyed by replica id, so a reinstalled device never inherits an old mark)."""

    __tablename__ = "replica_mark"

    replica_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    acked_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    audit_acked_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    audit_last_hash: Mapped[str | None] = mapped_column(String(64))


class Record(Base):
    """The merged state of one record: clocks in the clear, values sealed."""

    __tablename__ = "record"

    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[str] = mapped_column(RECORD_ID, primary_key=True)
    scope: Mapped[str] = mapped_column(String(80), index=True)
    field_clocks: Mapped[dict[str, Any]] = mapped_column(JSON)
    values_enc: Mapped[bytes] = mapped_column(LargeBinary)
    hlc: Mapped[str] = mapped_column(CLOCK)  # the highest field clock
    sealed: Mapped[bool] = mapped_column(Boolean, default=False)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


class ChangeLog(Base):
    """Every applied (winning) set of fields, in commit order for pulls: see server/pull.py."""

    __tablename__ = "change_log"
    __table_args__ = (
        Index("ix_change_log_txid_pos", "txid", "pos"),
        Index("ix_change_log_scope_txid_pos", "scope", "txid", "pos"),  # restoring one scope
        Index("ix_change_log_entity_record", "entity", "record_id"),
    )

    pos: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    txid: Mapped[int] = mapped_column(BigInteger)
    scope: Mapped[str] = mapped_column(String(80))
    entity: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(RECORD_ID)
    hlc: Mapped[str] = mapped_column(CLOCK)
    fields_enc: Mapped[bytes] = mapped_column(LargeBinary)
    origin: Mapped[str] = mapped_column(String(64))  # replica id, or "server"


class Conflict(Base):
    """A value that lost: an incoming stale field, a held value overwritten by a concurrent
    write or a sealing change, or a write refused because the record is sealed."""

    __tablename__ = "conflict"
    __table_args__ = (Index("ix_conflict_entity_record", "entity", "record_id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    entity: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(RECORD_ID)
    field: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(20))  # stale | overwritten | sealed | append_only
    winner_hlc: Mapped[str] = mapped_column(CLOCK)
    loser_hlc: Mapped[str] = mapped_column(CLOCK)
    winner_origin: Mapped[str] = mapped_column(String(64))
    loser_origin: Mapped[str] = mapped_column(String(64))
    values_enc: Mapped[bytes] = mapped_column(LargeBinary)  # {"winner": …, "loser": …}
    created_ms: Mapped[int] = mapped_column(BigInteger)


class ScopeOwner(Base):
    __tablename__ = "scope_owner"

    scope: Mapped[str] = mapped_column(String(80), primary_key=True)
    worker_id: Mapped[str] = mapped_column(ForeignKey("user.id"), index=True)


class ScopeHandover(Base):
    """A client scope's former owner and when it was handed over (`case assign`): that
    worker's devices may still push changes made before they learnt of it (server/scopes.py)."""

    __tablename__ = "scope_handover"

    scope: Mapped[str] = mapped_column(String(80), primary_key=True)
    worker_id: Mapped[str] = mapped_column(ForeignKey("user.id"), primary_key=True)
    handed_over_ms: Mapped[int] = mapped_column(BigInteger)


class CaseScope(Base):
    """Which client scope a case belongs to, learnt from pushed case_file records."""

    __tablename__ = "case_scope"

    case_id: Mapped[str] = mapped_column(RECORD_ID, primary_key=True)
    scope: Mapped[str] = mapped_column(String(80), index=True)


class AuditEvent(Base):
    """Devices' audit logs, per replica, each a verified hash chain (ids only, no values)."""

    __tablename__ = "audit_event"

    replica_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    id: Mapped[str] = mapped_column(String(64))
    at: Mapped[str] = mapped_column(String(40))
    actor: Mapped[str | None] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str | None] = mapped_column(String(40))
    record_id: Mapped[str | None] = mapped_column(String(64))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class ServerClock(Base):
    """The server's own hybrid logical clock (node "server"), persisted after every tick."""

    __tablename__ = "server_clock"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    node: Mapped[str] = mapped_column(String(40))
    wall_ms: Mapped[int] = mapped_column(BigInteger)
    counter: Mapped[int] = mapped_column(Integer)


class ServerState(Base):
    """Small facts: the SQLite transaction counter, the lowest cursor still served."""

    __tablename__ = "server_state"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
