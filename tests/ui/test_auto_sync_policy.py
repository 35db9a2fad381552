"""The automatic-sync policy (app/ui/sync/auto.py `decide`): pure, on the wall clock."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time, timedelta

from app.ui.sync.auto import EVERY, Facts, decide

NOON = datetime(2025, 6, 6, 12, 0)


def facts(**changes: object) -> Facts:
    """Reachable since 11:00, last sync 11:00 (after it), 3 changes waiting, on."""
    base = Facts(
        now=NOON,
        last_attempt=NOON - timedelta(hours=1),
        pending=3,
        reachable=True,
        reachable_since=NOON - timedelta(hours=1),
    )
    return replace(base, **changes)


def test_syncs_as_soon_as_the_office_becomes_reachable() -> None:
    back = facts(
        reachable_since=NOON - timedelta(seconds=30), last_attempt=NOON - timedelta(minutes=5)
    )
    assert decide(back).sync and decide(back).reason == "reachable"
    assert decide(replace(back, pending=0)).sync  # office changes come too
    assert not decide(replace(back, reachable=False)).sync


def test_at_most_every_15_minutes_while_changes_wait() -> None:
    assert not decide(facts(last_attempt=NOON - EVERY + timedelta(seconds=1))).sync
    due = decide(facts(last_attempt=NOON - EVERY))
    assert due.sync and due.reason == "pending"
    assert not decide(facts(last_attempt=NOON - EVERY, pending=0)).sync


def test_a_wall_clock_jump_counts() -> None:
    """The laptop slept for two hours: the timer never saw them, the wall clock did."""
    slept = facts(last_attempt=NOON - timedelta(minutes=1), now=NOON + timedelta(hours=2))
    assert decide(slept).sync
    set_back = facts(last_attempt=NOON + timedelta(days=1))  # the clock went back
    assert decide(set_back).sync


def test_the_office_daily_time() -> None:
    daily = facts(pending=0, daily_time=time(11, 30))
    assert decide(daily).sync and decide(daily).reason == "daily"
    after_it = replace(daily, last_attempt=NOON - timedelta(minutes=10))
    assert not decide(after_it).sync  # already synced since 11:30 today
    assert not decide(replace(daily, daily_time=time(17, 0))).sync  # not yet today


def test_off_when_disabled_and_never_while_blocked() -> None:
    due = facts(last_attempt=None)
    assert decide(due).sync
    assert not decide(replace(due, enabled=False)).sync
    assert not decide(replace(due, blocked=True)).sync  # locked, signing, a dialog open
    assert not decide(replace(due, reachable=False)).sync
