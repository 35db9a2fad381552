"""Shared machinery for the benchmarks: registry, statistics, output and scratch space.

A benchmark is a function that takes its parameters (a dict of ints) and yields metrics: one
dict per metric, printed as one JSON line. Keys carry their units (`_ms`, `_s`, `_mb`) and
ratios end in `_ratio`. Progress goes to stderr; stdout carries the JSON lines only.
"""

from __future__ import annotations

import json
import math
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

Metric = dict[str, Any]
Params = Mapping[str, int]
Runner = Callable[[Params], Iterator[Metric]]

PASSPHRASE = "benchmark harbour lantern quietly"
WORKER_NAME = "Bench Worker"


@dataclass(frozen=True)
class Benchmark:
    name: str
    summary: str
    target: str
    run: Runner
    params: dict[str, int]
    smoke_params: dict[str, int]
    quick: bool = True
    rank: int = 100  # position in --list and in the quick set


REGISTRY: dict[str, Benchmark] = {}


def benchmark(
    name: str,
    summary: str,
    *,
    target: str,
    params: dict[str, int],
    smoke: dict[str, int],
    quick: bool = True,
    rank: int = 100,
) -> Callable[[Runner], Runner]:
    """Register a benchmark. `smoke` are tiny parameters that exercise the same code."""
    if set(smoke) != set(params):
        raise ValueError(f"{name}: smoke parameters must name the same keys as the defaults")

    def register(run: Runner) -> Runner:
        if name in REGISTRY:
            raise ValueError(f"benchmark {name!r} registered twice")
        REGISTRY[name] = Benchmark(
            name, summary, target, run, dict(params), dict(smoke), quick, rank
        )
        return run

    return register


def registered() -> list[Benchmark]:
    """Every benchmark, in rank order."""
    return sorted(REGISTRY.values(), key=lambda bench: (bench.rank, bench.name))


# -- statistics -----------------------------------------------------------------------------
def percentile(values: Iterable[float], fraction: float) -> float:
    """The `fraction` quantile with linear interpolation between closest ranks."""
    ordered = sorted(values)
    if not ordered:
        raise ValueError("percentile of no values")
    position = (len(ordered) - 1) * fraction
    low, high = math.floor(position), math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def median(values: Iterable[float]) -> float:
    return percentile(values, 0.5)


def ms(seconds: float) -> float:
    return round(seconds * 1000.0, 3)


def secs(seconds: float) -> float:
    return round(seconds, 4)


def mb(size_bytes: int) -> float:
    return round(size_bytes / (1024 * 1024), 3)


def ratio(numerator: float, denominator: float) -> float:
    return round(numerator / denominator, 3)


# -- output -----------------------------------------------------------------------------------
def progress(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def emit(metric: Metric, out: IO[str]) -> None:
    if "name" not in metric:
        raise ValueError("every metric needs a name")
    ordered = {"name": metric["name"], **{k: v for k, v in metric.items() if k != "name"}}
    out.write(json.dumps(ordered, separators=(", ", ": ")) + "\n")
    out.flush()


# -- scratch space and secrets ----------------------------------------------------------------
@contextmanager
def scratch_dir(prefix: str) -> Iterator[Path]:
    """A private temporary directory, removed afterwards whatever happens."""
    path = Path(tempfile.mkdtemp(prefix=f"caseload-bench-{prefix}-"))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def file_size(path: Path) -> int:
    return path.stat().st_size if path.exists() else 0


def database_bytes(database: Path) -> int:
    """The database file plus its WAL (what the data costs on disk right now)."""
    return file_size(database) + file_size(database.with_name(database.name + "-wal"))


class MemorySecretStore:
    """A device secret store held in memory, so benchmarks run without a desktop keyring.

    Satisfies app.store.device_secret.SecretStore; never use it outside benchmarks."""

    name = "bench.memory"

    def __init__(self) -> None:
        self._secrets: dict[str, bytes] = {}

    def get(self, account: str) -> bytes | None:
        return self._secrets.get(account)

    def put(self, account: str, secret: bytes) -> None:
        self._secrets[account] = bytes(secret)

    def delete(self, account: str) -> None:
        self._secrets.pop(account, None)

    def to_json(self) -> str:
        """The secrets and the benchmark passphrase, so a cached benchmark vault can be
        reopened by a later run. Synthetic data only: this protects nothing real."""
        secrets = {account: secret.hex() for account, secret in self._secrets.items()}
        return json.dumps({"passphrase": PASSPHRASE, "secrets": secrets}, indent=2) + "\n"

    @classmethod
    def from_json(cls, text: str) -> MemorySecretStore:
        store = cls()
        for account, secret in json.loads(text)["secrets"].items():
            store.put(account, bytes.fromhex(secret))
        return store
