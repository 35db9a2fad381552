"""Schemathesis against the served OpenAPI schema, on SQLite and PostgreSQL, as an enrolled
device: whatever the body, no 5xx, JSON answers, documented status codes, answers matching
their schema. Pushes carry the device's replica id and fresh clocks, so they get past the
replica and skew checks into the merge; the rest of each body is generated."""

import os
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from server.admin import initialise
from server.app import create_app
from server.config import Settings
from tests.server.helpers import Api, DeviceHandle
from tests.server.pg import PgCluster

warnings.filterwarnings("ignore", message=".*httpx2.*")
CHECKS = [
    not_a_server_error,
    content_type_conformance,
    status_code_conformance,
    response_schema_conformance,
]


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def fuzzed(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, Any]]:
    cluster = request.getfixturevalue("pg_cluster") if request.param == "postgresql" else None
    url = _database(cluster) if request.param == "postgresql" else None
    data = Path(tmp_path_factory.mktemp("fuzz")) / "srv"
    config = Settings(
        data_dir=data, database_url=url, auth_rate_limit=10**6, enroll_rate_limit=10**6
    )
    initialise(config)
    app = create_app(config)
    with Api(config) as api:
        api.user("Ann")
        device = api.enroll("Ann")
    yield {"app": app, "device": device}
    if cluster is not None and url is not None:
        app.state.services.store.close()
        cluster.drop_database(url)


def _database(cluster: PgCluster | None) -> str:
    if cluster is None:
        message = "no PostgreSQL (set CASELOAD_TEST_PG_URL or install postgresql)"
        if os.environ.get("CASELOAD_REQUIRE_PG"):
            pytest.fail(message)
        pytest.skip(message)
    return cluster.create_database()


schema = schemathesis.pytest.from_fixture("fuzzed_schema")


@pytest.fixture(scope="module")
def fuzzed_schema(fuzzed: dict[str, Any]) -> Any:
    return schemathesis.openapi.from_asgi("/openapi.json", fuzzed["app"])


def _reach_the_merge(case: Any, device: DeviceHandle) -> None:
    """A push for this device's replica, each change stamped now."""
    if case.path != "/v1/push" or not isinstance(case.body, dict):
        return
    case.body["replica_id"] = device.replica_id
    for change in case.body.get("changes") or []:
        if isinstance(change, dict):
            change["hlc"] = device.stamp()


@schema.parametrize()
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_never_fails_and_keeps_its_schema(case: Any, fuzzed: dict[str, Any]) -> None:
    device = fuzzed["device"]
    _reach_the_merge(case, device)
    headers = {"Authorization": f"Bearer {device.token}", "Caseload-Protocol": "1"}
    response = case.call(headers=headers)
    case.validate_response(response, checks=CHECKS)
