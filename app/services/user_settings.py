"""The worker's own settings (Settings > Preferences…), kept inside the vault.

What the worker chooses: language, text size, high contrast, idle lock time and a daily sync
time. What the office decides wins and is kept beside it: the longest idle lock allowed and a
daily sync time of its own, both read from the office's /info by the automatic sync
(app/ui/sync/auto.py) and stored in the device's `sync_state` (local, never synced).

A vault has one worker (its owner), so "per user" is per vault; the row is keyed by the
worker's id all the same. Out-of-range values are refused in plain words (`Refusal`), and
every change is one audit event naming the fields that changed (codes and numbers only).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import time

from sqlalchemy.orm import Session

from app.core.refusal import QT_TRANSLATE_NOOP, Refusal
from app.models import SyncState, UserSettings
from app.services import end_of_day
from app.services.end_of_day import AutoSyncSettings
from app.store.audit import record_event

LANGUAGES = ("en", "es", "fr")
TEXT_MIN, TEXT_MAX, TEXT_STEP, TEXT_NORMAL = 80, 200, 10, 100
# Without an office: app/ui/lock.py's DEFAULT_IDLE_MS (5 minutes) is both the default and the
# longest choice (services import nothing of app/ui, so the number is repeated here).
DEFAULT_IDLE_MINUTES = 5
OFFICE_MAX_IDLE = "office_max_idle_minutes"  # sync_state key: what /info said, in minutes


@dataclass(frozen=True)
class Preferences:
    """What the worker chose. `language` None: the system's; `idle_lock_minutes` None: the
    default; `daily_sync_time` is the worker's own (the office's, when it sets one, wins)."""

    language: str | None = None
    text_percent: int = TEXT_NORMAL
    high_contrast: bool = False
    idle_lock_minutes: int | None = None
    daily_sync_time: time | None = None


@dataclass(frozen=True)
class OfficeRules:
    max_idle_minutes: int  # the office's maximum, or DEFAULT_IDLE_MINUTES without an office
    daily_sync_time: time | None  # set by the office: every laptop syncs then


@dataclass(frozen=True)
class WorkerSettings:
    chosen: Preferences
    office: OfficeRules

    @property
    def idle_minutes(self) -> int:
        """The idle lock in force: the worker's choice, never above the office's maximum."""
        wanted = self.chosen.idle_lock_minutes or DEFAULT_IDLE_MINUTES
        return min(wanted, self.office.max_idle_minutes)

    @property
    def daily_sync_time(self) -> time | None:
        return self.office.daily_sync_time or self.chosen.daily_sync_time

    @property
    def office_sets_daily_time(self) -> bool:
        return self.office.daily_sync_time is not None


# -- reading ----------------------------------------------------------------------------
def office_rules(session: Session) -> OfficeRules:
    row = session.get(SyncState, OFFICE_MAX_IDLE)
    told = int(row.value) if row is not None and row.value.isdigit() else None
    daily = end_of_day.auto_sync_settings(session).daily_time
    return OfficeRules(told if told else DEFAULT_IDLE_MINUTES, daily)


def get_settings(session: Session, worker_id: str) -> WorkerSettings:
    row = session.get(UserSettings, worker_id)
    chosen = Preferences() if row is None else _preferences(row)
    return WorkerSettings(chosen, office_rules(session))


def _preferences(row: UserSettings) -> Preferences:
    return Preferences(
        language=row.language,
        text_percent=row.text_percent,
        high_contrast=row.high_contrast,
        idle_lock_minutes=row.idle_lock_minutes,
        daily_sync_time=end_of_day.parse_daily_time(row.daily_sync_time),
    )


def auto_sync_settings(session: Session, worker_id: str) -> AutoSyncSettings:
    """The automatic sync's settings with the daily time in force (the office's or, when
    the office sets none, the worker's own)."""
    settings = end_of_day.auto_sync_settings(session)
    return replace(settings, daily_time=get_settings(session, worker_id).daily_sync_time)


# -- writing ----------------------------------------------------------------------------
def save_settings(session: Session, worker_id: str, chosen: Preferences) -> WorkerSettings:
    """Check and keep the worker's choices; one audit event lists what changed."""
    office = office_rules(session)
    check(chosen, office)
    before = get_settings(session, worker_id).chosen
    changed = [name for name in _FIELDS if getattr(before, name) != getattr(chosen, name)]
    if changed:
        _write(session, worker_id, chosen)
        record_event(session, "settings.changed", "user_settings", worker_id, fields=changed)
    return WorkerSettings(chosen, office)


_FIELDS = ("language", "text_percent", "high_contrast", "idle_lock_minutes", "daily_sync_time")


def _write(session: Session, worker_id: str, chosen: Preferences) -> None:
    row = session.get(UserSettings, worker_id)
    if row is None:
        row = UserSettings(worker_id=worker_id)
        session.add(row)
    row.language = chosen.language
    row.text_percent = chosen.text_percent
    row.high_contrast = chosen.high_contrast
    row.idle_lock_minutes = chosen.idle_lock_minutes
    daily = chosen.daily_sync_time
    row.daily_sync_time = daily.strftime("%H:%M") if daily is not None else None


def check(chosen: Preferences, office: OfficeRules) -> None:
    """Refuse a value the app cannot use (the form offers none of them; this guards the rest)."""
    if chosen.language is not None and chosen.language not in LANGUAGES:
        raise Refusal(QT_TRANSLATE_NOOP("Refusal", "That language is not available."))
    percent = chosen.text_percent
    if not TEXT_MIN <= percent <= TEXT_MAX or percent % TEXT_STEP:
        raise Refusal(
            QT_TRANSLATE_NOOP(
                "Refusal", "Text size goes from {low} % to {high} %, in steps of {step} %."
            ),
            {"low": TEXT_MIN, "high": TEXT_MAX, "step": TEXT_STEP},
        )
    minutes = chosen.idle_lock_minutes
    if minutes is not None and not 1 <= minutes <= office.max_idle_minutes:
        raise Refusal(
            QT_TRANSLATE_NOOP(
                "Refusal", "Choose an idle lock time from 1 to {most} minutes (the office's limit)."
            ),
            {"most": office.max_idle_minutes},
        )


def store_office_rules(session: Session, daily: time | None, max_idle: int) -> bool:
    """What the office's /info said; True when it changed what this laptop knew."""
    known = office_rules(session)
    changed = False
    if daily != known.daily_sync_time:
        end_of_day.set_daily_time(session, daily)
        changed = True
    if max_idle != known.max_idle_minutes or session.get(SyncState, OFFICE_MAX_IDLE) is None:
        _put_office_max(session, max_idle)
        record_event(session, "settings.office_max_idle", minutes=max_idle)
        changed = True
    return changed


def _put_office_max(session: Session, minutes: int) -> None:
    row = session.get(SyncState, OFFICE_MAX_IDLE)
    if row is None:
        session.add(SyncState(key=OFFICE_MAX_IDLE, value=str(minutes)))
    else:
        row.value = str(minutes)
