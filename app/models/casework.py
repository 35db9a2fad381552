"""The case and its process: stages, assessments, plan (goals, objectives, interventions),
tasks, visits, referrals and transfers."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import Boolean, Date, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced, ref


class Case(Synced, Base):
    __tablename__ = "case_file"

    client_id: Mapped[str] = ref("client")
    case_number: Mapped[str] = mapped_column(String(40), index=True)
    program: Mapped[str] = mapped_column(String(100))
    stage: Mapped[str] = mapped_column(String(20), default="intake", index=True)
    assigned_worker_id: Mapped[str | None] = ref("worker_profile", nullable=True)
    opened_on: Mapped[date] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    closure_reason: Mapped[str | None] = mapped_column(Text)
    # Migration 0009: closing against the checklist (app/services/closure.py).
    closure_exception: Mapped[str | None] = mapped_column(Text)  # closed with items missing: why
    closure_flagged: Mapped[bool] = mapped_column(Boolean, default=False)  # for the supervisor
    client_feedback: Mapped[str | None] = mapped_column(Text)  # in the client's words
    follow_up_declined: Mapped[str | None] = mapped_column(Text)  # why no follow-up
    shared: Mapped[bool] = mapped_column(Boolean, default=False)  # the team may take its tasks
    next_review_on: Mapped[date | None] = mapped_column(Date)
    # Migration 0008: the client's agreement to the plan (app/services/monitoring.py).
    plan_agreement: Mapped[str | None] = mapped_column(String(20))  # agreed|disagreed|not_asked
    plan_agreement_words: Mapped[str | None] = mapped_column(Text)  # in the client's words
    plan_agreement_on: Mapped[date | None] = mapped_column(Date)


class StageChange(Synced, Base):
    """History of a case's stage: who moved it, when and why. Append-only."""

    __tablename__ = "stage_change"
    APPEND_ONLY: ClassVar[bool] = True

    case_id: Mapped[str] = ref("case_file")
    from_stage: Mapped[str | None] = mapped_column(String(20))
    to_stage: Mapped[str] = mapped_column(String(20))
    changed_by: Mapped[str | None] = ref("worker_profile", nullable=True)
    changed_at: Mapped[datetime] = mapped_column(DateTime)
    reason: Mapped[str | None] = mapped_column(Text)


class CaseTransfer(Synced, Base):
    """A case handed from one worker to another, with the reason and a handover note."""

    __tablename__ = "case_transfer"
    APPEND_ONLY: ClassVar[bool] = True

    case_id: Mapped[str] = ref("case_file")
    from_worker_id: Mapped[str | None] = ref("worker_profile", nullable=True)
    to_worker_id: Mapped[str] = ref("worker_profile")
    reason: Mapped[str] = mapped_column(Text)
    handover_note: Mapped[str] = mapped_column(Text)
    transferred_at: Mapped[datetime] = mapped_column(DateTime)


class Assessment(Synced, Base):
    __tablename__ = "assessment"

    case_id: Mapped[str] = ref("case_file")
    kind: Mapped[str] = mapped_column(
        String(20), default="assessment"
    )  # screening|assessment|reassessment
    assessed_on: Mapped[date] = mapped_column(Date)
    needs: Mapped[str] = mapped_column(Text, default="")
    strengths: Mapped[str] = mapped_column(Text, default="")
    risks: Mapped[str] = mapped_column(Text, default="")
    risk_level: Mapped[str] = mapped_column(String(10), default="low")
    next_due_on: Mapped[date | None] = mapped_column(Date)
    # Migration 0007: an assessment that follows an instrument (app/services/assessments.py).
    instrument_id: Mapped[str | None] = mapped_column(String(60))
    instrument_version: Mapped[str | None] = mapped_column(String(10))
    instrument_language: Mapped[str | None] = mapped_column(String(10))
    # {domain code: {"rating": int | None, "needs", "strengths", "client_words": str}}
    domains: Mapped[dict[str, Any]] = mapped_column(default=dict)
    flags_added: Mapped[list[str]] = mapped_column(default=list)  # safety flags it added
    flags_removed: Mapped[list[str]] = mapped_column(default=list)  # and removed
    assessed_by_id: Mapped[str | None] = ref("worker_profile", nullable=True, index=False)


class Goal(Synced, Base):
    __tablename__ = "goal"

    case_id: Mapped[str] = ref("case_file")
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    responsible_party: Mapped[str] = mapped_column(String(200), default="client")
    target_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="active")  # active|met|not_met|dropped
    progress_percent: Mapped[int] = mapped_column(Integer, default=0)
    outcome: Mapped[str | None] = mapped_column(String(20))  # achieved|partly|not_achieved (0009)


class Objective(Synced, Base):
    """A measurable step towards a goal: what is measured, the target and where it stands."""

    __tablename__ = "objective"

    goal_id: Mapped[str] = ref("goal")
    description: Mapped[str] = mapped_column(Text)
    measure: Mapped[str] = mapped_column(String(200))
    baseline_value: Mapped[str | None] = mapped_column(String(100))
    target_value: Mapped[str] = mapped_column(String(100))
    current_value: Mapped[str | None] = mapped_column(String(100))
    target_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="active")


class ObjectiveProgress(Synced, Base):
    """One reading of an objective's measure (value, date, note), added and never edited: the
    objective's history. Its client and case are the sync scope's path (migration 0008)."""

    __tablename__ = "objective_progress"

    objective_id: Mapped[str] = ref("objective")
    client_id: Mapped[str] = ref("client")
    case_id: Mapped[str] = ref("case_file", index=False)
    recorded_on: Mapped[date] = mapped_column(Date)
    value: Mapped[str] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(20), default="active")  # the objective's, then
    note: Mapped[str | None] = mapped_column(Text)
    recorded_by_id: Mapped[str | None] = ref("worker_profile", nullable=True, index=False)


class Intervention(Synced, Base):
    __tablename__ = "intervention"

    goal_id: Mapped[str] = ref("goal")
    objective_id: Mapped[str | None] = ref("objective", nullable=True)  # migration 0008
    description: Mapped[str] = mapped_column(Text)
    responsible_party: Mapped[str] = mapped_column(String(200))
    frequency: Mapped[str | None] = mapped_column(String(100))
    start_on: Mapped[date | None] = mapped_column(Date)
    end_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="planned")


class Task(Synced, Base):
    __tablename__ = "task"

    case_id: Mapped[str | None] = ref("case_file", nullable=True)
    client_id: Mapped[str | None] = ref("client", nullable=True)
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20), default="task")  # task | follow_up
    due_on: Mapped[date | None] = mapped_column(Date, index=True)
    assigned_to_id: Mapped[str | None] = ref("worker_profile", nullable=True)
    done_at: Mapped[datetime | None] = mapped_column(DateTime)
    notes: Mapped[str | None] = mapped_column(Text)


class Visit(Synced, Base):
    """A planned or completed contact: home visit, phone call, office meeting, video."""

    __tablename__ = "visit"

    case_id: Mapped[str | None] = ref("case_file", nullable=True)
    client_id: Mapped[str] = ref("client")
    contact_type: Mapped[str] = mapped_column(String(20))  # home | phone | office | video
    scheduled_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=60)
    location: Mapped[str | None] = mapped_column(String(300))
    purpose: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(
        String(20), default="scheduled"
    )  # scheduled|done|cancelled|no_show
    worker_id: Mapped[str | None] = ref("worker_profile", nullable=True)
    outcome_reason: Mapped[str | None] = mapped_column(Text)  # why cancelled or missed (0009)


class Referral(Synced, Base):
    __tablename__ = "referral"

    case_id: Mapped[str] = ref("case_file")
    client_id: Mapped[str] = ref("client")
    service: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(
        String(20), default="sent"
    )  # sent|accepted|declined|started|closed (before 0008 also made, completed)
    made_on: Mapped[date] = mapped_column(Date)
    follow_up_on: Mapped[date | None] = mapped_column(Date)
    consent_id: Mapped[str | None] = ref("consent", nullable=True)
    # Migration 0008 (app/services/referrals.py).
    urgency: Mapped[str] = mapped_column(String(10), default="routine")  # routine|soon|urgent
    contact: Mapped[str | None] = mapped_column(String(200))  # a person or team there
    status_on: Mapped[date | None] = mapped_column(Date)  # when it reached its status
    status_note: Mapped[str | None] = mapped_column(Text)
