"""Fixtures for the sync engine's tests: an office server over real HTTPS (one subprocess
for the session: starting one takes seconds) and in process."""

from __future__ import annotations

import warnings

warnings.filterwarnings("ignore", message=".*httpx2.*")  # starlette's TestClient, at import

from collections.abc import Iterator  # noqa: E402

import pytest  # noqa: E402

from tests.server.live import LiveServer, live_server  # noqa: E402
from tests.sync.office import Office  # noqa: E402

# Tight enough that a test can wait out a clock that runs ahead; real devices share this
# machine's clock, so nothing else comes near it.
LIVE_MAX_SKEW_MS = 3000


@pytest.fixture(scope="session")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    data_dir = tmp_path_factory.mktemp("office")
    # Every test enrolls devices from 127.0.0.1: lift the per-address enrollment limit.
    overrides = {"max_skew_ms": LIVE_MAX_SKEW_MS, "enroll_rate_limit": 10_000}
    with live_server(data_dir, **overrides) as server:
        yield server


@pytest.fixture
def https_office(live: LiveServer) -> Iterator[Office]:
    office = Office.over_https(live.settings)
    yield office
    office.close()


@pytest.fixture
def local_office(tmp_path) -> Iterator[Office]:
    office = Office.in_process(tmp_path / "office")
    yield office
    office.close()
