"""What is still open before a sync, and the automatic-sync setting (app/services/end_of_day.py)."""

from __future__ import annotations

from datetime import time, timedelta

from app.models.base import utcnow
from app.services import activity, end_of_day
from app.services.vaults import Vault
from tests.sync.factory import add_caseload, add_client, write_note


def _visit(vault: Vault, client_id: str, hours_from_now: float) -> str:
    when = utcnow() + timedelta(hours=hours_from_now)
    with vault.session() as session:
        return activity.schedule_visit(session, client_id, vault.owner_id, "home", when)


def test_lists_own_drafts_and_past_visits_not_completed(vault: Vault) -> None:
    mine = add_caseload(vault, "Rosa", "Delgado")  # one draft note
    signed = add_caseload(vault, "Ana", "Pérez")
    write_note(vault, signed.note_id, "Seen at home.", sign=True)
    past = _visit(vault, mine.client_id, -3)
    _visit(vault, mine.client_id, +3)  # still to come
    done = _visit(vault, signed.client_id, -5)
    with vault.session() as session:
        activity.complete_visit(session, done)
    with vault.session() as session:
        pending = end_of_day.before_sync(session, vault.owner_id)
    assert [d.note_id for d in pending.drafts] == [mine.note_id]
    assert pending.drafts[0].client_name == "Rosa Delgado"
    assert [v.visit_id for v in pending.visits] == [past]
    assert pending.visits[0].client_id == mine.client_id
    assert pending.unsent_changes > 0 and pending.unsent_audit_events > 0
    assert pending.anything


def test_another_workers_drafts_are_not_listed(vault: Vault) -> None:
    add_caseload(vault)
    with vault.session() as session:
        pending = end_of_day.before_sync(session, "someone-else")
    assert pending.drafts == () and pending.visits == () and not pending.anything


def test_nothing_open_with_only_unsent_changes(vault: Vault) -> None:
    add_client(vault)
    with vault.session() as session:
        pending = end_of_day.before_sync(session, vault.owner_id)
    assert not pending.anything and pending.unsent_changes > 0


def test_auto_sync_is_on_by_default_and_kept_in_the_vault(vault: Vault) -> None:
    with vault.session() as session:
        assert end_of_day.auto_sync_settings(session) == end_of_day.AutoSyncSettings(True, None)
    with vault.session() as session:
        end_of_day.set_auto_sync(session, False)
        end_of_day.set_daily_time(session, time(17, 30))
    with vault.session() as session:
        settings = end_of_day.auto_sync_settings(session)
    assert settings == end_of_day.AutoSyncSettings(False, time(17, 30))
    with vault.session() as session:
        end_of_day.set_daily_time(session, None)
        assert end_of_day.auto_sync_settings(session).daily_time is None


def test_daily_time_parsing() -> None:
    assert end_of_day.parse_daily_time("07:05") == time(7, 5)
    assert end_of_day.parse_daily_time("") is None
    assert end_of_day.parse_daily_time("teatime") is None
