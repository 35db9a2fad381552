"""People: the worker using this device, clients, and the people around a client."""

from __future__ import annotations

from datetime import date

from sqlalchemy import JSON, Boolean, ColumnElement, Date, Index, String, Text, func, literal_column
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced, ref


class WorkerProfile(Synced, Base):
    """A case worker or supervisor known to this device (ids match the office server's)."""

    __tablename__ = "worker_profile"

    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20), default="worker")  # worker | supervisor
    email: Mapped[str | None] = mapped_column(String(200))
    supervisor_id: Mapped[str | None] = ref("worker_profile", nullable=True)
    is_device_owner: Mapped[bool] = mapped_column(Boolean, default=False)


class Client(Synced, Base):
    __tablename__ = "client"

    legal_first_name: Mapped[str] = mapped_column(String(200))
    legal_last_name: Mapped[str] = mapped_column(String(200), index=True)
    preferred_name: Mapped[str | None] = mapped_column(String(200))
    pronouns: Mapped[str | None] = mapped_column(String(50))
    date_of_birth: Mapped[date | None] = mapped_column(Date)
    preferred_language: Mapped[str] = mapped_column(String(35), default="en")  # BCP 47 tag
    interpreter_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    phone: Mapped[str | None] = mapped_column(String(50))
    email: Mapped[str | None] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(Text)
    do_not_call: Mapped[bool] = mapped_column(Boolean, default=False)
    safe_contact_times: Mapped[str | None] = mapped_column(String(200))
    contact_rules: Mapped[str | None] = mapped_column(Text)  # e.g. "no voicemail; text only"
    safety_flags: Mapped[list[str]] = mapped_column(JSON, default=list)
    cultural_considerations: Mapped[str | None] = mapped_column(Text)
    risk_level: Mapped[str] = mapped_column(String(10), default="low")  # low | medium | high
    lacks_capacity: Mapped[bool] = mapped_column(Boolean, default=False)
    # Migration 0006 (intake): what the client allows (None: not asked yet; phoning is
    # `do_not_call`), and who decides for them when they lack capacity.
    may_leave_message: Mapped[bool | None] = mapped_column(Boolean)
    may_visit: Mapped[bool | None] = mapped_column(Boolean)
    may_send_mail: Mapped[bool | None] = mapped_column(Boolean)
    representative_name: Mapped[str | None] = mapped_column(String(200))
    representative_role: Mapped[str | None] = mapped_column(String(30))  # guardian | parent | …
    representative_phone: Mapped[str | None] = mapped_column(String(50))
    assigned_worker_id: Mapped[str | None] = ref("worker_profile", nullable=True)

    @property
    def display_name(self) -> str:
        first = self.preferred_name or self.legal_first_name
        return f"{first} {self.legal_last_name}"


# The caseload's default order, with an index SQLite can read in order (no sort of 50k rows).
# A query matches the index only if it uses this very expression (the ' ' a literal, not a
# bound parameter) and CLIENT_LISTED (`deleted = 0`; `deleted IS 0` would not imply it).
CLIENT_SORT_NAME: ColumnElement[str] = func.lower(
    func.coalesce(Client.preferred_name, Client.legal_first_name)
    + literal_column("' '")
    + Client.legal_last_name
)
CLIENT_LISTED: ColumnElement[bool] = Client.deleted == False  # noqa: E712 - renders "= 0"
Index("ix_client_sort_name", CLIENT_SORT_NAME, Client.id, sqlite_where=CLIENT_LISTED)


class RelatedPerson(Synced, Base):
    """A household member or a collateral contact (teacher, doctor, landlord, …)."""

    __tablename__ = "related_person"

    client_id: Mapped[str] = ref("client")
    kind: Mapped[str] = mapped_column(String(20))  # household | collateral
    name: Mapped[str] = mapped_column(String(200))
    relationship: Mapped[str] = mapped_column(String(100))
    organisation: Mapped[str | None] = mapped_column(String(200))
    date_of_birth: Mapped[date | None] = mapped_column(Date)
    phone: Mapped[str | None] = mapped_column(String(50))
    email: Mapped[str | None] = mapped_column(String(200))
    aware_of_services: Mapped[bool] = mapped_column(Boolean, default=False)
    may_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str | None] = mapped_column(Text)
