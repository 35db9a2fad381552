"""The task runners: work runs on the worker thread, results come back on the GUI thread."""

from __future__ import annotations

import threading

import pytest

from app.ui.tasks import SyncTaskRunner, ThreadedTaskRunner


@pytest.fixture
def threaded(qtbot):
    runner = ThreadedTaskRunner()
    yield runner
    runner.shutdown()


def test_threaded_runner_runs_elsewhere_and_reports_here(threaded, qtbot) -> None:
    gui = threading.get_ident()
    seen: dict[str, int] = {}

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    def done(result: int) -> None:
        seen["callback"] = threading.get_ident()
        seen["result"] = result

    threaded.submit(work, done)
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["result"] == 42
    assert seen["worker"] != gui
    assert seen["callback"] == gui
    assert not threaded.busy


def test_threaded_runner_delivers_errors(threaded, qtbot) -> None:
    errors: list[BaseException] = []

    def fail() -> None:
        raise ValueError("boom")

    threaded.submit(fail, lambda _r: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ValueError)


def test_a_lock_drops_pending_work(threaded, qtbot) -> None:
    started = threading.Event()
    release = threading.Event()
    ran: list[str] = []
    delivered: list[str] = []

    def slow() -> str:
        started.set()
        release.wait(5)
        ran.append("slow")
        return "slow"

    threaded.submit(slow, delivered.append)
    threaded.submit(lambda: ran.append("queued") or "queued", delivered.append)
    assert started.wait(5)
    threaded.epoch.advance()  # the lock
    threaded.submit(lambda: ran.append("after") or "after", delivered.append)
    release.set()
    qtbot.waitUntil(lambda: delivered == ["after"])
    assert ran == ["slow", "after"]  # the queued job never ran; the slow one was not delivered


def test_sync_runner_is_immediate() -> None:
    runner = SyncTaskRunner()
    results: list[int] = []
    errors: list[BaseException] = []
    runner.submit(lambda: 1, results.append)
    runner.submit(lambda: 1 / 0, results.append, errors.append)
    assert results == [1]
    assert isinstance(errors[0], ZeroDivisionError)
