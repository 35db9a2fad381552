"""Fixtures for the server's tests.

`database_url` is parametrised: every test that uses it (directly or through `settings`,
`api`, ...) runs on SQLite and on PostgreSQL (skipped when no PostgreSQL is available; see
tests/server/pg.py)."""

from __future__ import annotations

import warnings

warnings.filterwarnings("ignore", message=".*httpx2.*")  # starlette's TestClient, at import

import os  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from server.admin import initialise  # noqa: E402
from server.config import Settings  # noqa: E402
from tests.server.helpers import Api  # noqa: E402
from tests.server.pg import PgCluster, start_cluster  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def _require_keyring() -> None:
    """Overrides the suite-wide keyring check: the server never touches a keyring."""


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster | None]:
    cluster = start_cluster()
    yield cluster
    if cluster is not None:
        cluster.stop()


@pytest.fixture
def pg_url(pg_cluster: PgCluster | None) -> Iterator[str]:
    if pg_cluster is None:
        message = "no PostgreSQL (set CASELOAD_TEST_PG_URL or install postgresql)"
        if os.environ.get("CASELOAD_REQUIRE_PG"):  # CI: a silent skip would hide the gap
            pytest.fail(message)
        pytest.skip(message)
    url = pg_cluster.create_database()
    yield url
    pg_cluster.drop_database(url)


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest) -> str | None:
    if request.param == "sqlite":
        return None
    return request.getfixturevalue("pg_url")


@pytest.fixture
def settings(tmp_path: Path, database_url: str | None) -> Settings:
    """An initialised data directory (SQLite or PostgreSQL), generous rate limits."""
    result = Settings(data_dir=tmp_path / "srv", database_url=database_url)
    initialise(result)
    return result


@pytest.fixture
def api(settings: Settings) -> Iterator[Api]:
    """The app in-process (FastAPI TestClient) with admin helpers: fast, for rule tests."""
    with Api(settings) as instance:
        yield instance
