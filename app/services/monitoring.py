"""Monitoring the case plan: progress entries on objectives, the client's agreement to the
plan, and the case notes that address each goal.

A progress entry is one reading of an objective's measure (the value on a date, a note, and
the objective's status then). Entries are added, never edited: together they are the
objective's history, and the newest one is where the objective stands now. The client's
agreement to the plan (agreed, disagreed, not asked) is kept on the case with their words.
A case note records the goals it addressed (`CaseNote.goals_addressed`); `notes_by_goal`
reads that link the other way round, so each goal shows the notes about it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core.ids import uuid7
from app.core.refusal import QT_TRANSLATE_NOOP, Refusal
from app.models import Case, CaseNote, Goal, Objective, ObjectiveProgress
from app.services.fields import load, one_of, optional_text, required_text
from app.store.audit import record_event

OBJECTIVE_STATUSES = ("active", "met", "not_met", "dropped")
AGREEMENTS = ("agreed", "disagreed", "not_asked")


@dataclass(frozen=True)
class ProgressEntry:
    id: str
    objective_id: str
    recorded_on: date
    value: str
    status: str
    note: str | None


@dataclass(frozen=True)
class PlanAgreement:
    """The client's answer to the plan; `answer` None when nobody recorded one yet."""

    answer: str | None = None  # agreed | disagreed | not_asked
    words: str | None = None  # the client's words (or why they were not asked)
    recorded_on: date | None = None


@dataclass(frozen=True)
class NoteLink:
    """A case note that addressed a goal: when, how, and whether it is signed (no content)."""

    note_id: str
    occurred_at: datetime
    contact_type: str | None
    status: str  # draft | signed
    kind: str  # note | addendum | late_entry


def _not_future(day: date, today: date, what: str) -> date:
    if day > today:
        raise Refusal(
            QT_TRANSLATE_NOOP("Refusal", "The date of the {what} cannot be in the future."),
            {"what": what},
        )
    return day


def _newest(session: Session, objective_id: str) -> ObjectiveProgress | None:
    return session.scalars(
        select(ObjectiveProgress)
        .where(ObjectiveProgress.objective_id == objective_id, ObjectiveProgress.deleted.is_(False))
        .order_by(ObjectiveProgress.recorded_on.desc(), ObjectiveProgress.id.desc())
        .limit(1)
    ).first()


def add_progress_entry(
    session: Session,
    objective_id: str,
    value: str,
    recorded_on: date,
    note: str | None = None,
    status: str = "active",
    worker_id: str | None = None,
    today: date | None = None,
) -> str:
    """Record where an objective stands on a day. The newest entry (by date) sets the
    objective's current value and status; an entry dated before it only adds to the history."""
    objective = load(session, Objective, objective_id, "objective")
    case = load(session, Case, load(session, Goal, objective.goal_id, "goal").case_id, "case")
    one_of(status, OBJECTIVE_STATUSES, QT_TRANSLATE_NOOP("Refusal", "objective status"))
    newest = _newest(session, objective_id)
    entry = ObjectiveProgress(
        id=uuid7(),
        objective_id=objective_id,
        client_id=case.client_id,
        case_id=case.id,
        recorded_on=_not_future(
            recorded_on, today or date.today(), QT_TRANSLATE_NOOP("Refusal", "progress entry")
        ),
        value=required_text(value, QT_TRANSLATE_NOOP("Refusal", "value reached"), 100),
        status=status,
        note=optional_text(note, QT_TRANSLATE_NOOP("Refusal", "note"), 2000),
        recorded_by_id=worker_id,
    )
    session.add(entry)
    if newest is None or newest.recorded_on <= recorded_on:
        objective.current_value, objective.status = entry.value, status
    record_event(
        session, "objective.progress", "objective", objective_id, entry=entry.id, status=status
    )
    return entry.id


def progress_history(
    session: Session, objective_ids: Sequence[str]
) -> dict[str, tuple[ProgressEntry, ...]]:
    """Each objective's progress entries, newest first."""
    found: dict[str, list[ProgressEntry]] = {oid: [] for oid in objective_ids}
    rows = session.scalars(
        select(ObjectiveProgress)
        .where(
            ObjectiveProgress.objective_id.in_(list(objective_ids)),
            ObjectiveProgress.deleted.is_(False),
        )
        .order_by(ObjectiveProgress.recorded_on.desc(), ObjectiveProgress.id.desc())
    )
    for p in rows:
        entry = ProgressEntry(p.id, p.objective_id, p.recorded_on, p.value, p.status, p.note)
        found[p.objective_id].append(entry)
    return {oid: tuple(entries) for oid, entries in found.items()}


def record_plan_agreement(
    session: Session,
    case_id: str,
    answer: str,
    words: str | None,
    recorded_on: date,
    today: date | None = None,
) -> PlanAgreement:
    """Record whether the client agreed to the plan, in their words. A disagreement needs
    their words: the plan is theirs, and the next worker must know what they objected to."""
    case = load(session, Case, case_id, "case")
    one_of(answer, AGREEMENTS, QT_TRANSLATE_NOOP("Refusal", "client's answer to the plan"))
    said = optional_text(words, QT_TRANSLATE_NOOP("Refusal", "client's words"), 2000)
    if answer == "disagreed" and said is None:
        raise Refusal(
            QT_TRANSLATE_NOOP(
                "Refusal", "Please write what the client said about the plan they disagree with."
            )
        )
    case.plan_agreement, case.plan_agreement_words = answer, said
    case.plan_agreement_on = _not_future(
        recorded_on, today or date.today(), QT_TRANSLATE_NOOP("Refusal", "client's answer")
    )
    record_event(session, "plan.agreement", "case_file", case.id, answer=answer)
    return PlanAgreement(answer, said, case.plan_agreement_on)


def plan_agreement(session: Session, case_id: str) -> PlanAgreement:
    case = load(session, Case, case_id, "case")
    return PlanAgreement(case.plan_agreement, case.plan_agreement_words, case.plan_agreement_on)


def notes_by_goal(
    session: Session, case_id: str, goal_ids: Sequence[str]
) -> dict[str, tuple[NoteLink, ...]]:
    """The case's notes that addressed each goal, newest first (dates and kinds only: no
    note text is read)."""
    addressed = func.json_each(CaseNote.goals_addressed).table_valued("value")
    # Any: mypy reads no row type from a select() of a table-valued function's column.
    rows: Iterable[tuple[Any, ...]] = session.execute(
        select(
            addressed.c.value,
            CaseNote.id,
            CaseNote.occurred_at,
            CaseNote.contact_type,
            CaseNote.status,
            CaseNote.kind,
        )
        .select_from(CaseNote)
        .join(addressed, addressed.c.value.in_(list(goal_ids)))
        .where(CaseNote.case_id == case_id, CaseNote.deleted.is_(False))
        .order_by(CaseNote.occurred_at.desc(), CaseNote.id.desc())
    )
    found: dict[str, list[NoteLink]] = {gid: [] for gid in goal_ids}
    for goal_id, *note in rows:
        found[goal_id].append(NoteLink(*note))
    return {gid: tuple(links) for gid, links in found.items()}
