"""Idle time is counted on a clock that keeps running while the laptop sleeps: a lid closed
for longer than the timeout opens locked, although no timer fired while asleep."""

from __future__ import annotations

from app.services.vaults import Vault
from tests.ui.conftest import started


class Clock:
    """Seconds, moved by hand (the real one is CLOCK_BOOTTIME, which counts sleep)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_time_asleep_counts_towards_the_idle_timeout(make_controller, vault: Vault, qtbot):
    clock = Clock()
    controller = started(lambda: make_controller(idle_ms=60_000, idle_clock=clock), vault, qtbot)
    clock.now += 61  # the lid was closed: no input, no timer, just time passing
    qtbot.waitUntil(lambda: controller.vault is None, timeout=2000)
    assert not controller.window.unlocked


def test_less_than_the_timeout_does_not_lock(make_controller, vault: Vault, qtbot) -> None:
    clock = Clock()
    controller = started(lambda: make_controller(idle_ms=60_000, idle_clock=clock), vault, qtbot)
    clock.now += 59
    controller.idle.check()
    qtbot.wait(1200)  # a periodic check or two
    assert controller.vault is not None and controller.window.unlocked


def test_input_restarts_the_count(make_controller, vault: Vault, qtbot) -> None:
    clock = Clock()
    controller = started(lambda: make_controller(idle_ms=60_000, idle_clock=clock), vault, qtbot)
    clock.now += 50
    qtbot.keyClick(controller.window.workspace.caseload.table, "a")
    clock.now += 50
    controller.idle.check()
    assert controller.vault is not None
    clock.now += 11
    controller.idle.check()
    assert controller.vault is None
