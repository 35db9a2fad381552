"""sync: push and pull through the real office server over HTTPS on loopback.

One device pushes `records` tasks (six user fields each, about 100 clients) to a server
started in a subprocess; a second, fresh vault of the same worker pulls them all; then
`devices` devices (each its own worker) sync `per_device` tasks at once, timing every push
and pull request. The baseline is the same task rows copied by one plain SQL bulk insert
(`executemany` into an unencrypted SQLite table, one transaction) in the same run.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from time import perf_counter
from typing import Any

from bench.harness import (
    MemorySecretStore,
    Metric,
    Params,
    benchmark,
    percentile,
    progress,
    ratio,
    scratch_dir,
    secs,
)
from bench.sync_devices import Device, enrolled_device
from server import admin
from server.launch import live_server


@benchmark(
    "sync",
    "push N tasks x 6 fields, pull them into a fresh vault, then many devices at once",
    target="push <= 3 s and pull <= 2 s for 10k records; p95 per batch reported",
    params={"records": 10_000, "devices": 20, "per_device": 500},
    smoke={"records": 200, "devices": 3, "per_device": 50},
    rank=40,
)
def sync_bench(params: Params) -> Iterator[Metric]:
    # Every benchmark device enrolls from 127.0.0.1: lift the per-address enrollment limit.
    with (
        scratch_dir("sync") as scratch,
        live_server(scratch / "server", enroll_rate_limit=10_000) as server,
    ):
        store = MemorySecretStore()
        yield _push_pull(server.settings, scratch, store, params["records"])
        yield _many_devices(server.settings, scratch, store, params)


def _push_pull(settings: Any, scratch: Path, store: MemorySecretStore, records: int) -> Metric:
    admin.add_user(settings, "bench-worker", "worker")
    first = enrolled_device(settings, scratch / "first", "bench-worker", store)
    rows = first.add_tasks(records)
    progress(f"sync: pushing {records} tasks")
    push_s = _timed(first.push)
    second = enrolled_device(settings, scratch / "second", "bench-worker", store)
    progress("sync: pulling them into a fresh vault")
    pull_s = _timed(second.sync)
    pulled = second.count_tasks()
    baseline_s = _bulk_insert_baseline(scratch / "baseline.sqlite", rows)
    for device in (first, second):
        device.close()
    return {
        "name": "sync.push_pull",
        "records": records,
        "pulled": pulled,
        "push_s": secs(push_s),
        "pull_s": secs(pull_s),
        "baseline_bulk_insert_s": secs(baseline_s),
        "push_ratio": ratio(push_s, baseline_s),
        "pull_ratio": ratio(pull_s, baseline_s),
    }


def _many_devices(settings: Any, scratch: Path, store: MemorySecretStore, params: Params) -> Metric:
    count, per_device = params["devices"], params["per_device"]
    progress(f"sync: enrolling {count} devices with {per_device} tasks each")
    devices = [_worker_device(settings, scratch, store, n, per_device) for n in range(count)]
    latencies: list[float] = []
    lock = threading.Lock()
    for device in devices:
        device.time_requests(latencies, lock)
    progress(f"sync: {count} devices syncing at once")
    wall_s = _timed(lambda: _run_threads([device.sync for device in devices]))
    for device in devices:
        device.close()
    return {
        "name": "sync.devices",
        "devices": count,
        "per_device": per_device,
        "batches": len(latencies),
        "wall_s": secs(wall_s),
        "batch_p50_ms": round(percentile(latencies, 0.5) * 1000, 1),
        "batch_p95_ms": round(percentile(latencies, 0.95) * 1000, 1),
        "batch_max_ms": round(max(latencies) * 1000, 1),
    }


def _worker_device(
    settings: Any, scratch: Path, store: MemorySecretStore, n: int, tasks: int
) -> Device:
    name = f"bench-device-{n}"
    admin.add_user(settings, name, "worker")
    device = enrolled_device(settings, scratch / name, name, store)
    device.add_tasks(tasks)
    return device


def _run_threads(jobs: list[Callable[[], object]]) -> None:
    errors: list[BaseException] = []

    def run(job: Callable[[], object]) -> None:
        try:
            job()
        except BaseException as exc:  # noqa: BLE001 - re-raised below on the main thread
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(job,)) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]


def _timed(action: Callable[[], object]) -> float:
    start = perf_counter()
    action()
    return perf_counter() - start


def _bulk_insert_baseline(path: Path, rows: list[tuple[Any, ...]]) -> float:
    """The same task rows copied by a plain SQL bulk insert: the floor any sync sits on."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA synchronous=FULL")
        connection.execute(
            "CREATE TABLE task (id TEXT PRIMARY KEY, client_id TEXT, title TEXT, kind TEXT,"
            " due_on TEXT, assigned_to_id TEXT, notes TEXT)"
        )
        start = perf_counter()
        with connection:
            connection.executemany("INSERT INTO task VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
        return perf_counter() - start
    finally:
        connection.close()
