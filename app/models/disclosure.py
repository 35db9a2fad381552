"""Disclosures (migration 0011): every time a client's information left the app, and whether the
client was told. Both are synced in the client's scope and append-only, on the laptop (triggers,
app/models/triggers.py) and on the office server (app/sync/protocol.APPEND_ONLY_ENTITIES).

A disclosure made under a legal basis instead of a consent carries `flagged_for_supervisor`;
being append-only, the flag is never lowered: a supervisor's review would be a record of its own.
The client being told later is a `DisclosureNotice`, not an edit of the disclosure."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, Boolean, Date, DateTime, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced, ref


class Disclosure(Synced, Base):
    """What was shared, with whom, why, under which consent or legal basis, by whom and when;
    `packet_sha256` is the hash of the encrypted packet handed over."""

    __tablename__ = "disclosure"
    APPEND_ONLY: ClassVar[bool] = True

    client_id: Mapped[str] = ref("client")
    case_id: Mapped[str | None] = ref("case_file", nullable=True)
    recipient_name: Mapped[str] = mapped_column(String(300))
    collateral_id: Mapped[str | None] = ref("related_person", nullable=True)
    purpose: Mapped[str] = mapped_column(Text)
    categories: Mapped[list[str]] = mapped_column(JSON, default=list)
    items: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)  # [{kind, id}]
    consent_id: Mapped[str | None] = ref("consent", nullable=True)
    legal_basis: Mapped[str | None] = mapped_column(String(30))  # app.core.disclosure.LEGAL_BASES
    legal_reason: Mapped[str | None] = mapped_column(Text)
    disclosed_by_id: Mapped[str | None] = ref("worker_profile", nullable=True)
    disclosed_at: Mapped[datetime] = mapped_column(DateTime)
    packet_sha256: Mapped[str] = mapped_column(String(64))
    delivery: Mapped[str] = mapped_column(String(20))  # printed | saved | both
    flagged_for_supervisor: Mapped[bool] = mapped_column(Boolean, default=False)


class DisclosureNotice(Synced, Base):
    """The client was told of a disclosure: on which day and how."""

    __tablename__ = "disclosure_notice"
    APPEND_ONLY: ClassVar[bool] = True

    client_id: Mapped[str] = ref("client")  # the scope path (the disclosure's client)
    disclosure_id: Mapped[str] = ref("disclosure")
    told_on: Mapped[date] = mapped_column(Date)
    how: Mapped[str] = mapped_column(String(20))  # app.services.disclosures.TOLD_HOW
    recorded_by_id: Mapped[str | None] = ref("worker_profile", nullable=True)
