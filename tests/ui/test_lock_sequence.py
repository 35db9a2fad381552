"""The one lock sequence: parts in registration order, each step run even if a part fails,
no second lock inside the first, the sync stopped before the closing job is queued, late
results dropped by the lock epoch, and hooks that do not import the controller."""

from __future__ import annotations

import ast
import logging
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from app.services.vaults import Vault
from app.ui.controller import AppController
from app.ui.lockdown.epoch import LockEpoch
from app.ui.lockdown.sequence import LockSequence, LockSteps, SaveJob
from app.ui.tasks import ThreadedTaskRunner
from tests.ui.conftest import rows_loaded, started

ROOT = Path(__file__).resolve().parents[2]
HOOKS = ("app/ui/note_hooks.py", "app/ui/sync/hooks.py", "app/ui/intake/hooks.py")


def recording(name: str, calls: list[str]) -> LockSteps:
    return LockSteps(
        name,
        save_pending=lambda: calls.append(f"{name}:save") or [],
        stop=lambda: calls.append(f"{name}:stop"),
        forget=lambda: calls.append(f"{name}:forget"),
    )


def test_steps_run_top_to_bottom_in_registration_order() -> None:
    calls: list[str] = []
    sequence = LockSequence(LockEpoch())
    for name in ("a", "b"):
        sequence.register(recording(name, calls))
    assert sequence.lock(lambda saves: calls.append("close"))
    assert calls == ["a:save", "b:save", "a:stop", "b:stop", "a:forget", "b:forget", "close"]


def test_a_failing_part_does_not_stop_the_lock(caplog) -> None:
    calls: list[str] = []
    closed: list[list[SaveJob]] = []

    def broken() -> None:
        raise RuntimeError("Rosa Delgado")  # a message that must never reach the log

    sequence = LockSequence(LockEpoch())
    sequence.register(LockSteps("broken", stop=broken, forget=broken))
    sequence.register(recording("after", calls))
    with caplog.at_level(logging.WARNING):
        sequence.lock(closed.append)
    assert calls == ["after:save", "after:stop", "after:forget"] and closed == [[]]
    assert "RuntimeError" in caplog.text and "Rosa" not in caplog.text


def test_a_lock_asked_for_during_the_lock_is_ignored() -> None:
    closes: list[int] = []
    sequence = LockSequence(LockEpoch())
    sequence.register(LockSteps("reentrant", stop=lambda: sequence.lock(lambda _s: None)))
    sequence.register(LockSteps("counted", forget=lambda: closes.append(1)))
    assert sequence.lock(lambda _saves: None)
    assert closes == [1]


def test_the_sync_is_stopped_before_the_closing_job_is_queued(
    make_controller, vault: Vault, qtbot
) -> None:
    controller = started(make_controller, vault, qtbot)
    stop = threading.Event()
    controller.sync.running, controller.sync.stop_event = True, stop  # a sync on the worker
    seen_at_submit: list[bool] = []
    real_submit = controller.runner.submit

    def submit(fn, on_done, on_error=None) -> None:
        seen_at_submit.append(stop.is_set())
        real_submit(fn, on_done, on_error)

    controller.runner.submit = submit  # type: ignore[method-assign]
    controller.lock()
    assert seen_at_submit == [True]  # the closing job, submitted with the sync already told
    assert vault.is_locked


@pytest.fixture
def threaded(make_controller):
    runner = ThreadedTaskRunner()
    return runner, make_controller(runner=runner)


def test_results_on_their_way_at_the_lock_never_reach_the_screen(
    threaded, demo_vault: Vault, qtbot, monkeypatch
) -> None:
    runner, controller = threaded
    controller.start_unlocked(demo_vault)
    panel, record = controller.window.workspace.caseload, controller.window.workspace.record
    qtbot.waitUntil(lambda: panel.model.rowCount() == 40 and rows_loaded(panel.model))
    gate, running = threading.Event(), threading.Event()
    opened = controller.access
    real_read = opened.client_record

    def slow_read(client_id: str):
        running.set()
        gate.wait(5)
        return real_read(client_id)

    monkeypatch.setattr(opened, "client_record", slow_read)
    controller.open_client(panel.model.client_id(0) or "")  # running when the lock comes
    assert running.wait(5)
    controller.open_client(panel.model.client_id(1) or "")  # queued behind it
    panel.reload()
    controller.lock()
    gate.set()
    qtbot.waitUntil(lambda: demo_vault.is_locked and not runner.busy, timeout=5000)
    qtbot.wait(50)
    assert record.client_id is None and record.is_empty()
    assert panel.model.rowCount() == 0
    assert controller.window.pages.currentWidget() is controller.window.unlock


@pytest.mark.parametrize("module_file", HOOKS)
def test_hooks_do_not_import_the_controller(module_file: str) -> None:
    tree = ast.parse((ROOT / module_file).read_text())
    imported = {
        node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module
    }
    imported |= {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    }
    assert "app.ui.controller" not in imported


@pytest.mark.parametrize(
    "module", ["app.ui.note_hooks", "app.ui.sync.hooks", "app.ui.lockdown.sequence", "app.ui.lock"]
)
def test_each_lock_module_imports_on_its_own(module: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", f"import {module}"], cwd=ROOT, capture_output=True, timeout=60
    )
    assert result.returncode == 0, result.stderr.decode()[-400:]


def test_controller_registers_the_parts_in_their_order(make_controller) -> None:
    controller: AppController = make_controller()
    names = [part.name for part in controller.lockdown.parts]
    assert names[:2] == ["notes", "sync"]  # drafts taken first; sync stopped before closing
    assert names[-1] == "vault access"
