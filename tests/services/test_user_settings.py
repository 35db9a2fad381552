"""The worker's own settings, inside the vault (app/services/user_settings.py)."""

from __future__ import annotations

from datetime import time

import pytest
from sqlalchemy import select

from app.core.refusal import Refusal
from app.models import AuditEvent
from app.services import end_of_day, user_settings
from app.services.user_settings import Preferences
from app.services.vaults import Vault
from app.sync.protocol import ServerInfo
from server.config import Settings


def _save(vault: Vault, chosen: Preferences) -> user_settings.WorkerSettings:
    with vault.session() as session:
        return user_settings.save_settings(session, vault.owner_id, chosen)


def _get(vault: Vault) -> user_settings.WorkerSettings:
    with vault.session() as session:
        return user_settings.get_settings(session, vault.owner_id)


def _events(vault: Vault, action: str) -> list[AuditEvent]:
    with vault.session() as session:
        rows = session.scalars(select(AuditEvent).where(AuditEvent.action == action))
        return [row for row in rows]


def test_defaults_without_a_row_or_an_office(vault: Vault) -> None:
    settings = _get(vault)
    assert settings.chosen == Preferences()
    assert settings.office.max_idle_minutes == user_settings.DEFAULT_IDLE_MINUTES
    assert settings.idle_minutes == 5 and settings.daily_sync_time is None


def test_round_trip_and_one_audit_event_naming_the_fields(vault: Vault) -> None:
    chosen = Preferences("es", 130, True, 3, time(16, 45))
    assert _save(vault, chosen).chosen == chosen
    assert _get(vault).chosen == chosen
    events = _events(vault, "settings.changed")
    assert len(events) == 1 and events[0].record_id == vault.owner_id
    assert set(events[0].detail["fields"]) == set(user_settings._FIELDS)
    _save(vault, chosen)  # nothing changed: no event
    _save(vault, Preferences("fr", 130, True, 3, time(16, 45)))
    assert [e.detail["fields"] for e in _events(vault, "settings.changed")][-1] == ["language"]


@pytest.mark.parametrize(
    "wrong",
    [
        Preferences(language="de"),
        Preferences(text_percent=70),
        Preferences(text_percent=210),
        Preferences(text_percent=115),
        Preferences(idle_lock_minutes=0),
        Preferences(idle_lock_minutes=6),  # above the laptop's maximum without an office
    ],
)
def test_out_of_range_values_are_refused(vault: Vault, wrong: Preferences) -> None:
    with pytest.raises(Refusal):
        _save(vault, wrong)
    assert _get(vault).chosen == Preferences()


def test_the_office_maximum_and_daily_time_win(vault: Vault) -> None:
    with vault.session() as session:
        assert user_settings.store_office_rules(session, time(17, 30), 20)
    with vault.session() as session:
        assert not user_settings.store_office_rules(session, time(17, 30), 20)  # known already
    _save(vault, Preferences(idle_lock_minutes=20, daily_sync_time=time(9, 0)))
    settings = _get(vault)
    assert settings.idle_minutes == 20 and settings.office_sets_daily_time
    assert settings.daily_sync_time == time(17, 30)
    with vault.session() as session:
        user_settings.store_office_rules(session, None, 10)  # the office lowers its maximum
    settings = _get(vault)
    assert settings.idle_minutes == 10 and settings.daily_sync_time == time(9, 0)
    with vault.session() as session:
        assert user_settings.auto_sync_settings(session, vault.owner_id).daily_time == time(9, 0)
        assert end_of_day.auto_sync_settings(session).daily_time is None  # the office's own
    with pytest.raises(Refusal):
        _save(vault, Preferences(idle_lock_minutes=11))


def test_an_older_server_s_info_still_parses_and_the_maximum_is_checked(tmp_path) -> None:
    old = ServerInfo.model_validate({"protocol": 1, "min_protocol": 1, "server_time_ms": 0})
    assert old.max_idle_lock_minutes == 15
    assert Settings(tmp_path).max_idle_lock_minutes == 15
    with pytest.raises(ValueError):
        Settings(tmp_path, max_idle_lock_minutes=0)
