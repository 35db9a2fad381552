"""Display lookups: worker names, note dates and task due dates (labels, never content)."""

from datetime import date, datetime

from sqlalchemy import func, select

from app.models import AuditEvent, WorkerProfile
from app.services.activity import add_task
from app.services.lookups import known_workers, note_times, task_due_dates
from app.services.notes import start_note
from app.services.records import ClientDraft, create_client


def test_workers_owner_first_then_by_name(vault):
    with vault.session() as session:
        session.add_all(
            [WorkerProfile(display_name="Zoe Park"), WorkerProfile(display_name="Ben Ito")]
        )
        session.flush()
        workers = known_workers(session)
    assert [w.display_name for w in workers] == ["Alex Rivera", "Ben Ito", "Zoe Park"]
    assert workers[0].is_device_owner and workers[0].id == vault.owner_id
    assert not any(w.is_device_owner for w in workers[1:])


def test_note_times_and_task_due_dates_are_not_audited(vault):
    when = datetime(2026, 3, 2, 9, 30)
    with vault.session() as session:
        client = create_client(session, ClientDraft("Rosa", "Delgado"), vault.owner_id)
        note = start_note(session, client, "free", vault.owner_id, now=when)
        dated = add_task(session, "Book GP", date(2026, 3, 9), client_id=client)
        undated = add_task(session, "Find the lease", client_id=client)
    with vault.session() as session:
        events = session.scalar(select(func.count()).select_from(AuditEvent))
        assert note_times(session, [note.id]) == {note.id: when}
        assert task_due_dates(session, [dated, undated]) == {dated: date(2026, 3, 9), undated: None}
        assert note_times(session, []) == {} and task_due_dates(session, []) == {}
        assert session.scalar(select(func.count()).select_from(AuditEvent)) == events
