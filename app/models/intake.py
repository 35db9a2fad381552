"""Intake records (migration 0006): the worker's answer to the duplicate check, and the
screening for a programme's eligibility, a recorded step of the intake stage."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, DateTime, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced, ref


class DuplicateDecision(Synced, Base):
    """What the worker said about a possible duplicate found before a new client was saved:
    `same_person` (nothing new was saved; `client_id` is the record the details belong to) or
    `different_person` (`client_id` is the new client, `other_client_id` the one it resembled).
    `other_client_id` is no foreign key: that client may be in another worker's caseload, which
    this device may not hold after a sync."""

    __tablename__ = "duplicate_decision"

    client_id: Mapped[str] = ref("client")
    other_client_id: Mapped[str | None] = mapped_column(String(36))
    decision: Mapped[str] = mapped_column(String(20))  # same_person | different_person
    matched_on: Mapped[list[str]] = mapped_column(JSON, default=list)  # app/core/duplicates
    decided_by_id: Mapped[str | None] = ref("worker_profile", nullable=True)
    decided_at: Mapped[datetime] = mapped_column(DateTime)


class Screening(Synced, Base):
    """Whether a client may be served by a programme: the criteria checked, whether they are
    met, the decision and its reason. Linked to the case at intake when there is one."""

    __tablename__ = "screening"

    client_id: Mapped[str] = ref("client")
    case_id: Mapped[str | None] = ref("case_file", nullable=True)
    program: Mapped[str] = mapped_column(String(100))
    screened_on: Mapped[date] = mapped_column(Date)
    criteria: Mapped[str] = mapped_column(Text, default="")  # what was checked, one per line
    criteria_met: Mapped[bool] = mapped_column(Boolean)
    decision: Mapped[str] = mapped_column(String(20))  # eligible | not_eligible | referred | …
    reason: Mapped[str] = mapped_column(Text)
    screened_by_id: Mapped[str | None] = ref("worker_profile", nullable=True)
