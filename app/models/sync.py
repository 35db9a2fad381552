"""Sync bookkeeping inside the vault: enrollment and cursors, held scopes, the conflict log
and the changes the server refused. None of these tables is synced (no outbox entries).

The device token and the pinned server certificate live here, inside the encrypted database,
never in a file or the keyring next to it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.core.ids import uuid7
from app.models.base import Base, utcnow


class SyncState(Base):
    """Key/value facts about this device's link to the office server (keys below; the sync
    engine's app/sync/state.py reads and writes them, services only read)."""

    __tablename__ = "sync_state"

    SERVER_URL: ClassVar[str] = "server_url"
    SERVER_CERT: ClassVar[str] = "server_cert_pem"
    DEVICE_ID: ClassVar[str] = "device_id"
    DEVICE_TOKEN: ClassVar[str] = "device_token"  # secret: never shown, never logged
    WORKER_ID: ClassVar[str] = "worker_id"
    CURSOR: ClassVar[str] = "cursor"
    AUDIT_ACKED: ClassVar[str] = "audit_acked_through"
    RESYNC: ClassVar[str] = "resync_pending"
    LAST_SYNC: ClassVar[str] = "last_sync_at"
    COMPARED_THROUGH: ClassVar[str] = "pull_compared_through_seq"

    key: Mapped[str] = mapped_column(String(50), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SyncScope(Base):
    """A scope this device holds. `restoring` while it is pulled from the beginning (with its
    own cursor), then `active` (it follows the main cursor)."""

    __tablename__ = "sync_scope"

    scope: Mapped[str] = mapped_column(String(80), primary_key=True)
    state: Mapped[str] = mapped_column(String(12), default="restoring")  # restoring | active
    cursor: Mapped[str | None] = mapped_column(String(80))


class SyncConflict(Base):
    """An unsynced local edit that a pulled value overwrote: both values, both clocks."""

    __tablename__ = "sync_conflict"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=uuid7)
    entity: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(64))
    local_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    local_hlc: Mapped[str] = mapped_column(String(64))
    remote_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    remote_hlc: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)


class SyncRejection(Base):
    """An outbox entry the server acknowledged but refused; its values stay on the device."""

    __tablename__ = "sync_rejection"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    entity: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36))
    reason: Mapped[str] = mapped_column(String(40))
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
