"""Gathering what leaves the vault: a disclosure packet's items, a client's own record and a
court copy, as frozen data (app/documents/export_data.py) read in one unit of work.

The documents are built from this data in memory and sealed (app/documents/sealed_pdf.py);
nothing here writes a file. Gathering an export is audited with ids and codes only.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.core.notes import content_hash, template
from app.core.refusal import QT_TRANSLATE_NOOP, Refusal
from app.core.timeutil import local_today
from app.documents.client_words import DocumentWords, document_language, document_words
from app.documents.export_data import (
    AssessmentEntry,
    ConsentEntry,
    CourtCopyData,
    DisclosureEntry,
    Field,
    GoalEntry,
    NoteEntry,
    PacketData,
    RecordExport,
    ViewEntry,
)
from app.models import AuditEvent, Case, CaseNote, Client, RelatedPerson, WorkerProfile
from app.services.assessments import list_assessments
from app.services.consent_views import list_consents
from app.services.disclosures import disclosure_history
from app.services.fields import load
from app.services.notes import HASHED_FIELDS
from app.services.plan import case_plan
from app.store.audit import ACTOR_KEY, record_event

# Profile fields a packet may carry: key -> (label, information category).
PROFILE_FIELDS = {
    "legal_name": ("Legal name", "identity"),
    "preferred_name": ("Preferred name", "identity"),
    "pronouns": ("Pronouns", "identity"),
    "date_of_birth": ("Date of birth", "identity"),
    "preferred_language": ("Language", "identity"),
    "phone": ("Phone", "contact_details"),
    "email": ("E-mail", "contact_details"),
    "address": ("Address", "contact_details"),
}
# Which category each kind of packet item belongs to (app.core.consent.INFORMATION_CATEGORIES).
ITEM_CATEGORIES = {"notes": "case_notes", "plan": "case_plan", "assessments": "assessments"}
OUTSIDE_CATEGORIES = QT_TRANSLATE_NOOP(
    "Refusal", "The packet would hold information outside the categories chosen for it: {missing}."
)
VIEWS = {"client.viewed": "record", "intake.viewed": "intake", "note.viewed": "note"}


@dataclass(frozen=True)
class PacketItems:
    """What the worker ticked: profile fields (PROFILE_FIELDS keys), signed notes by id, the
    plan and assessments of the client's cases."""

    profile_fields: tuple[str, ...] = ()
    note_ids: tuple[str, ...] = ()
    plan: bool = False
    assessments: bool = False


def packet_data(
    session: Session,
    client_id: str,
    recipient: str,
    purpose: str,
    categories: Collection[str],
    items: PacketItems,
    basis: str = "",
) -> PacketData:
    """The packet's cover facts and its selected items (only signed notes of this client).
    An item outside `categories` is refused: the cover page must list all that is inside."""
    _check_categories(items, categories)
    client = load(session, Client, client_id, "client")
    record_event(session, "export.prepared", "client", client_id, kind="packet")
    cases = _cases(session, client_id)
    return PacketData(
        client_name=client.display_name,
        recipient=recipient,
        purpose=purpose,
        categories=tuple(categories),
        basis=basis,
        prepared_by=_actor_name(session),
        prepared_on=local_today(),
        profile=_profile(client, items.profile_fields),
        notes=_notes(session, client_id, set(items.note_ids)) if items.note_ids else (),
        goals=_goals(session, cases) if items.plan else (),
        assessments=_assessments(session, cases) if items.assessments else (),
    )


def _check_categories(items: PacketItems, categories: Collection[str]) -> None:
    needed = {PROFILE_FIELDS.get(key, ("", "unknown"))[1] for key in items.profile_fields}
    chosen = {"notes": bool(items.note_ids), "plan": items.plan, "assessments": items.assessments}
    needed |= {ITEM_CATEGORIES[item] for item, ticked in chosen.items() if ticked}
    missing = sorted(needed - set(categories))
    if missing:
        raise Refusal(OUTSIDE_CATEGORIES, {"missing": ", ".join(missing)})


def client_record_export(session: Session, client_id: str) -> RecordExport:
    """Everything the client may see of their record, with what redaction needs: the other
    people it names and what is the client's or the workers' own. Its fixed words are in the
    client's preferred language (court copies and packets stay in the office's)."""
    client = load(session, Client, client_id, "client")
    record_event(session, "export.prepared", "client", client_id, kind="record")
    words = document_words(document_language(client.preferred_language))
    cases, notes = _cases(session, client_id), _notes(session, client_id, None, words=words)
    workers = _worker_names(session)
    return RecordExport(
        client_name=client.display_name,
        prepared_by=_actor_name(session),
        prepared_on=local_today(),
        language=words.language,
        profile=_profile(client, tuple(PROFILE_FIELDS), words),
        goals=_goals(session, cases),
        assessments=_assessments(session, cases),
        notes=notes,
        consents=_consents(session, client_id),
        views=_views(session, client_id, workers),
        disclosures=_disclosures(session, client_id, workers, words),
        others=_others(session, client_id),
        own_details=_own_details(client, workers.values()),
    )


def court_copy_data(
    session: Session, client_id: str, note_id: str | None = None, case_id: str | None = None
) -> CourtCopyData:
    """One signed note (with its addenda), or every signed note of a case (or of the client),
    each verified against its seal now."""
    client = load(session, Client, client_id, "client")
    record_event(session, "export.prepared", "client", client_id, kind="court_copy")
    notes = _notes(session, client_id, {note_id} if note_id else None, case_id)
    if note_id:
        what = f"Case note {note_id}"
    elif case_id:
        what = f"Case file {load(session, Case, case_id, 'case').case_number}"
    else:
        what = "All case notes"
    return CourtCopyData(client.display_name, what, _actor_name(session), local_today(), notes)


def _actor_name(session: Session) -> str:
    actor = session.info.get(ACTOR_KEY)
    worker = session.get(WorkerProfile, actor) if actor else None
    return worker.display_name if worker else "-"


def _worker_names(session: Session) -> dict[str, str]:
    rows = session.execute(select(WorkerProfile.id, WorkerProfile.display_name))
    return {worker_id: name for worker_id, name in rows}


def _profile(
    client: Client, keys: Iterable[str], words: DocumentWords | None = None
) -> tuple[Field, ...]:
    values = {
        "legal_name": f"{client.legal_first_name} {client.legal_last_name}",
        "preferred_name": client.preferred_name,
        "pronouns": client.pronouns,
        "date_of_birth": client.date_of_birth.isoformat() if client.date_of_birth else None,
        "preferred_language": client.preferred_language,
        "phone": client.phone,
        "email": client.email,
        "address": client.address,
    }
    if words is not None and client.preferred_language:  # "es-MX": the language, named
        language = client.preferred_language.replace("_", "-").split("-")[0].lower()
        values["preferred_language"] = words.code("language", language)
    labels = {k: words(f"field.{k}") if words else PROFILE_FIELDS[k][0] for k in keys}
    return tuple(Field(labels[k], values[k] or "-") for k in keys)


def _cases(session: Session, client_id: str) -> list[Case]:
    query = select(Case).where(Case.client_id == client_id, Case.deleted.is_(False))
    return list(session.scalars(query.order_by(Case.opened_on)))


def _notes(
    session: Session,
    client_id: str,
    only: set[str] | None,
    case_id: str | None = None,
    words: DocumentWords | None = None,
) -> tuple[NoteEntry, ...]:
    """Signed notes (addenda nested under the note they amend), oldest first; `only` keeps
    just those notes (and their addenda). Template and section names in `words` when given
    (the client's own record), else as the app names them (the office's documents)."""
    query = select(CaseNote).where(
        CaseNote.client_id == client_id, CaseNote.status == "signed", CaseNote.deleted.is_(False)
    )
    if case_id:
        query = query.where(CaseNote.case_id == case_id)
    rows = list(session.scalars(query.order_by(CaseNote.occurred_at, CaseNote.id)))
    names = _worker_names(session)
    by_original: dict[str, list[CaseNote]] = {}
    for row in rows:
        if row.amends_id:
            by_original.setdefault(row.amends_id, []).append(row)
    tops = [r for r in rows if not r.amends_id and (only is None or r.id in only)]
    return tuple(_entry(r, by_original, names, words) for r in tops)


def _entry(
    note: CaseNote,
    addenda: dict[str, list[CaseNote]],
    names: dict[str, str],
    words: DocumentWords | None = None,
) -> NoteEntry:
    form = template(note.template)
    texts = note.sections or {}
    title = (lambda s: words(f"section.{s.key}")) if words else (lambda s: s.title)
    return NoteEntry(
        id=note.id,
        kind=note.kind,
        template=words(f"template.{form.key}") if words else form.name,
        occurred_at=note.occurred_at,
        contact_type=note.contact_type,
        location=note.location,
        participants=note.participants,
        sections=tuple(Field(title(s), str(texts.get(s.key) or "")) for s in form.sections),
        author=names.get(note.author_id or "", "-"),
        signed_by=names.get(note.signed_by_id or "", "-"),
        signed_at=note.signed_at,
        content_hash=note.content_hash,
        verifies=note.content_hash == content_hash({f: getattr(note, f) for f in HASHED_FIELDS}),
        amends_id=note.amends_id,
        amendment_reason=note.amendment_reason,
        addenda=tuple(_entry(a, addenda, names, words) for a in addenda.get(note.id, ())),
    )


def _goals(session: Session, cases: list[Case]) -> tuple[GoalEntry, ...]:
    return tuple(
        GoalEntry(case.case_number, g.title, g.description, g.status, g.target_date,
                  tuple(f"{o.description} ({o.measure}: {o.target_value})" for o in g.objectives))
        for case in cases
        for g in case_plan(session, case.id).goals
    )  # fmt: skip


def _assessments(session: Session, cases: list[Case]) -> tuple[AssessmentEntry, ...]:
    return tuple(
        AssessmentEntry(case.case_number, a.kind, a.assessed_on, a.risk_level, a.needs,
                        a.strengths, a.risks)
        for case in cases
        for a in list_assessments(session, case.id)
    )  # fmt: skip


def _consents(session: Session, client_id: str) -> tuple[ConsentEntry, ...]:
    return tuple(
        ConsentEntry(c.kind, c.status, c.purposes, c.recipients, c.categories, c.effective_on,
                     c.expires_on, c.signer_name)
        for c in list_consents(session, client_id, local_today())
    )  # fmt: skip


def _views(session: Session, client_id: str, workers: dict[str, str]) -> tuple[ViewEntry, ...]:
    """Who opened the record, its intake or one of its notes, oldest first (audit log)."""
    note_ids = select(CaseNote.id).where(CaseNote.client_id == client_id)
    events = session.execute(
        select(AuditEvent.actor, AuditEvent.at, AuditEvent.action)
        .where(AuditEvent.action.in_(VIEWS))
        .where(or_(AuditEvent.record_id == client_id, AuditEvent.record_id.in_(note_ids)))
        .order_by(AuditEvent.seq)
    )
    return tuple(
        ViewEntry(workers.get(actor or "", "-"), at, VIEWS[action]) for actor, at, action in events
    )


def _disclosures(
    session: Session, client_id: str, workers: dict[str, str], words: DocumentWords
) -> tuple[DisclosureEntry, ...]:
    """What was shared about the client, oldest first, and whether the client was told (in
    the client's words)."""
    return tuple(
        DisclosureEntry(
            disclosed_at=words.moment(d.disclosed_at),
            recipient=d.recipient_name,
            purpose=d.purpose,
            basis=_basis(d.consent_id, d.legal_basis, words),
            by=workers.get(d.disclosed_by_id or "", "-"),
            told=words("shared.told", date=words.day(d.notices[0].told_on))
            if d.notices
            else words("shared.not_told"),
        )
        for d in reversed(disclosure_history(session, client_id))
    )


def _basis(consent_id: str | None, legal_basis: str | None, words: DocumentWords) -> str:
    if consent_id:
        return words("shared.consent", id=consent_id)
    return words("shared.legal", basis=words.code("legal", legal_basis))


def _others(
    session: Session, client_id: str
) -> tuple[tuple[str, str, str | None, str | None], ...]:
    people = session.scalars(
        select(RelatedPerson).where(
            RelatedPerson.client_id == client_id, RelatedPerson.deleted.is_(False)
        )
    )
    return tuple((p.kind, p.name, p.phone, p.email) for p in people)


def _own_details(client: Client, workers: Iterable[str]) -> tuple[str, ...]:
    own = [client.legal_first_name, client.legal_last_name, client.preferred_name]
    own += [client.phone, client.email, client.address, *workers]
    return tuple(value for value in own if value)


def record_export_saved(
    session: Session, kind: str, about: tuple[str, str], sha256: str, to: str = "file"
) -> None:  # kind: packet | record | court_copy (the kinds of export.prepared)
    """Audit that an export left the vault: saved to a file the worker chose, or printed
    (`to="printer"`). `about` is (entity, id): the client, or the disclosure a packet was
    made for. Ids and the hash of the encrypted bytes only, never the path; the hash is kept
    as two halves because audit codes are at most 40 characters."""
    action = "export.printed" if to == "printer" else "export.saved"
    halves = [sha256[:32], sha256[32:]]
    entity, record_id = about
    record_event(session, action, entity, record_id, kind=kind, sha256=halves)
