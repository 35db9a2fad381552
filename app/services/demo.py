"""A realistic synthetic caseload for trying the app (no real person's data)."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from sqlalchemy.orm import Session

from app.core.consent import Signer
from app.core.stages import STAGE_ORDER
from app.core.timeutil import to_utc, utcnow
from app.models import Case, CaseNote, Client, RelatedPerson, StageChange, Task, Visit
from app.services import demo_data as data
from app.services.consents import ConsentDraft, sign_consent, start_consent
from app.store.audit import record_event

FORM_LANGUAGES = ("en", "es", "fr")  # resources/consent_forms/


def _name(rng: random.Random, n: int) -> tuple[str, str, str]:
    """Distinct people: each listed name once, then new first/last pairings."""
    if n < len(data.NAMES):
        return data.NAMES[n]
    first, _, language = rng.choice(data.NAMES)
    return first, rng.choice(data.NAMES)[1], language


def _client(rng: random.Random, worker_id: str, today: date, n: int) -> Client:
    first, last, language = _name(rng, n)
    preferred = data.PREFERRED.get(first) if rng.random() < 0.5 else None
    flags = rng.sample(data.SAFETY_FLAGS, k=rng.choice([0, 0, 0, 1, 1, 2]))
    return Client(
        legal_first_name=first,
        legal_last_name=last,
        preferred_name=preferred,
        pronouns=rng.choice(data.PRONOUNS),
        date_of_birth=today - timedelta(days=rng.randint(18 * 365, 84 * 365)),
        preferred_language=language,
        interpreter_needed=language != "en" and rng.random() < 0.6,
        phone=f"555-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
        address=f"{rng.randint(1, 420)} {rng.choice(data.STREETS)}",
        do_not_call=rng.random() < 0.1,
        safe_contact_times=rng.choice(data.SAFE_TIMES),
        contact_rules=rng.choice(data.CONTACT_RULES),
        safety_flags=flags,
        cultural_considerations=rng.choice(data.CULTURAL),
        risk_level=rng.choices(["low", "medium", "high"], [6, 3, 1])[0],
        assigned_worker_id=worker_id,
    )


def _case(rng: random.Random, client: Client, worker_id: str, today: date, n: int) -> Case:
    stage = rng.choices(STAGE_ORDER, [2, 3, 3, 6, 5, 1, 1])[0]
    opened = today - timedelta(days=rng.randint(10, 400))
    return Case(
        client_id=client.id,
        case_number=f"C-{today.year}-{n:04d}",
        program=rng.choice(data.PROGRAMS),
        stage=stage.value,
        assigned_worker_id=worker_id,
        opened_on=opened,
        next_review_on=today + timedelta(days=rng.randint(-10, 60)),
    )


def _history(session: Session, case: Case, worker_id: str) -> None:
    upto = STAGE_ORDER.index(next(s for s in STAGE_ORDER if s.value == case.stage))
    when = to_utc(datetime.combine(case.opened_on, time(9)))
    previous = None
    for stage in STAGE_ORDER[: upto + 1]:
        session.add(
            StageChange(
                case_id=case.id,
                from_stage=previous,
                to_stage=stage.value,
                changed_by=worker_id,
                changed_at=when,
            )
        )
        previous, when = stage.value, when + timedelta(days=14)


def _activity(
    session: Session, rng: random.Random, case: Case, worker_id: str, today: date
) -> None:
    for _ in range(rng.randint(1, 4)):
        session.add(
            Task(
                case_id=case.id,
                client_id=case.client_id,
                title=rng.choice(data.TASKS),
                due_on=today + timedelta(days=rng.randint(-12, 21)),
                assigned_to_id=worker_id,
            )
        )
    visit_day = today + timedelta(days=rng.randint(0, 14))
    session.add(
        Visit(
            case_id=case.id,
            client_id=case.client_id,
            contact_type=rng.choice(["home", "home", "phone", "office", "video"]),
            scheduled_at=to_utc(datetime.combine(visit_day, time(rng.randint(9, 16)))),
            location=rng.choice(["Client's home", "Main office", None]),
            purpose=rng.choice(data.VISIT_PURPOSES),
            worker_id=worker_id,
        )
    )
    for days_ago in sorted(rng.sample(range(1, 120), k=rng.randint(1, 5)), reverse=True):
        session.add(
            _note(rng, case, worker_id, _working_hours(rng, utcnow() - timedelta(days=days_ago)))
        )


def _working_hours(rng: random.Random, day: datetime) -> datetime:
    """A plausible time of day for a visit or call (local working hours, stored as UTC)."""
    local = datetime.combine(day.date(), time(rng.randint(8, 17), rng.choice([0, 15, 30, 45])))
    return to_utc(local)


def _note(rng: random.Random, case: Case, worker_id: str, when: datetime) -> CaseNote:
    template, sections = rng.choice(data.NOTE_TEMPLATES)
    return CaseNote(
        client_id=case.client_id,
        case_id=case.id,
        author_id=worker_id,
        template=template,
        contact_type=rng.choice(["home", "phone", "office"]),
        occurred_at=when.replace(microsecond=0),
        duration_minutes=rng.choice([20, 45, 60]),
        sections=dict(sections),
        status="draft",
    )


def _consents(
    session: Session, rng: random.Random, client: Client, case: Case, worker_id: str, today: date
) -> None:
    """Consents taken through the real lifecycle (drafted, signed, sealed): most clients have
    consent to services, some also a release of information, some of those expire soon; a
    few clients have none yet, so Today and the record show that alert."""
    if rng.random() < 0.12:
        return
    effective = today - timedelta(days=rng.randint(30, 330))
    language = client.preferred_language if client.preferred_language in FORM_LANGUAGES else "en"
    signer = Signer(f"{client.legal_first_name} {client.legal_last_name}", "self")
    services = ConsentDraft(
        kind="services",
        purposes=("Case management and the services in the case plan",),
        effective_on=effective,
        expires_on=effective + timedelta(days=365),
        method="signed_on_paper",
        language=language,
        signer=signer,
        confidentiality_explained=True,
        case_id=case.id,
    )
    _signed(session, client.id, services, worker_id)
    if rng.random() < 0.5:
        ending = today + timedelta(days=rng.choice([5, 12, 25, 60, 120, 200]))
        release = replace(
            services,
            kind="release_of_information",
            purposes=("Coordinate services with partner agencies",),
            recipients=(rng.choice(data.COLLATERALS)[1],),
            categories=("contact_details", "case_plan"),
            expires_on=ending,
        )
        _signed(session, client.id, release, worker_id)


def _signed(session: Session, client_id: str, draft: ConsentDraft, worker_id: str) -> None:
    consent_id = start_consent(session, client_id, draft, worker_id)
    sign_consent(session, consent_id, worker_id)


def _household(session: Session, rng: random.Random, client: Client) -> None:
    for _ in range(rng.randint(0, 3)):
        name, relationship = rng.choice(data.HOUSEHOLD)
        session.add(
            RelatedPerson(
                client_id=client.id,
                kind="household",
                name=name,
                relationship=relationship,
                aware_of_services=rng.random() < 0.7,
            )
        )
    if rng.random() < 0.5:
        name, organisation, role = rng.choice(data.COLLATERALS)
        session.add(
            RelatedPerson(
                client_id=client.id,
                kind="collateral",
                name=name,
                relationship=role,
                organisation=organisation,
                aware_of_services=True,
                may_contact=rng.random() < 0.5,
            )
        )


def create_demo_caseload(
    session: Session, worker_id: str, clients: int = 40, seed: int = 7, today: date | None = None
) -> int:
    """Fill the vault with `clients` synthetic clients, each with a case and its history."""
    rng, today = random.Random(seed), today or date.today()
    names = random.Random(seed).sample(range(clients), clients)
    for n in range(1, clients + 1):
        client = _client(rng, worker_id, today, names[n - 1])
        session.add(client)
        session.flush()
        case = _case(rng, client, worker_id, today, n)
        session.add(case)
        session.flush()
        _history(session, case, worker_id)
        _activity(session, rng, case, worker_id, today)
        _household(session, rng, client)
        _consents(session, rng, client, case, worker_id, today)
    record_event(session, "demo.created", count=clients)
    return clients
