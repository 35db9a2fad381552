"""Crisis records (migration 0010): a client's safety plan and the mandated reports made
about them (duty to warn, suspected abuse or neglect). Both are synced in the client's scope.

A safety plan is one current record per client, edited field by field (so two devices'
edits of different fields both stay). A mandated report is never changed once recorded,
except for the supervisor's review (`supervisor_flagged` comes down, who and when are set);
a correction is a new report that names the one it corrects (`corrects_id`)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced, ref


class SafetyPlan(Synced, Base):
    """What the client and worker agreed to do in a crisis, in plain text per part."""

    __tablename__ = "safety_plan"

    client_id: Mapped[str] = ref("client")
    warning_signs: Mapped[str] = mapped_column(Text, default="")
    coping_steps: Mapped[str] = mapped_column(Text, default="")
    contacts: Mapped[str] = mapped_column(Text, default="")  # people and services to call
    means_restriction: Mapped[str] = mapped_column(Text, default="")
    client_words: Mapped[str] = mapped_column(Text, default="")
    reviewed_on: Mapped[date | None] = mapped_column(Date)
    updated_by_id: Mapped[str | None] = ref("worker_profile", nullable=True)


class MandatedReport(Synced, Base):
    """A report the law required: when, to which agency, its reference, what was disclosed
    and the legal basis. Flagged to the supervisor when recorded."""

    __tablename__ = "mandated_report"

    client_id: Mapped[str] = ref("client")
    case_id: Mapped[str | None] = ref("case_file", nullable=True)
    kind: Mapped[str] = mapped_column(String(20))  # duty_to_warn | abuse_neglect
    reported_on: Mapped[date] = mapped_column(Date)
    agency: Mapped[str] = mapped_column(String(200))
    reference: Mapped[str] = mapped_column(String(100), default="")
    disclosed: Mapped[str] = mapped_column(Text)
    legal_basis: Mapped[str] = mapped_column(Text)
    reported_by_id: Mapped[str | None] = ref("worker_profile", nullable=True)
    corrects_id: Mapped[str | None] = mapped_column(String(36))  # the report this corrects
    supervisor_flagged: Mapped[bool] = mapped_column(Boolean, default=True)
    supervisor_reviewed_by_id: Mapped[str | None] = ref("worker_profile", nullable=True)
    supervisor_reviewed_at: Mapped[datetime | None] = mapped_column(DateTime)
