"""Schemathesis against the served OpenAPI schema, with a valid device token: whatever the
body, no 5xx, JSON answers, documented status codes, answers matching their schema."""

import warnings
from pathlib import Path

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
from tests.server.helpers import Api

warnings.filterwarnings("ignore", message=".*httpx2.*")
CHECKS = [
    not_a_server_error,
    content_type_conformance,
    status_code_conformance,
    response_schema_conformance,
]


@pytest.fixture(scope="module")
def fuzzed(tmp_path_factory: pytest.TempPathFactory) -> dict:
    data = Path(tmp_path_factory.mktemp("fuzz")) / "srv"
    config = Settings(data_dir=data, auth_rate_limit=10**6, enroll_rate_limit=10**6)
    initialise(config)
    app = create_app(config)
    with Api(config) as api:
        api.user("Ann")
        device = api.enroll("Ann")
    return {"app": app, "token": device.token}


schema = schemathesis.pytest.from_fixture("fuzzed_schema")


@pytest.fixture(scope="module")
def fuzzed_schema(fuzzed: dict):
    return schemathesis.openapi.from_asgi("/openapi.json", fuzzed["app"])


@schema.parametrize()
@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_never_fails_and_keeps_its_schema(case, fuzzed):
    headers = {"Authorization": f"Bearer {fuzzed['token']}", "Caseload-Protocol": "1"}
    response = case.call(headers=headers)
    case.validate_response(response, checks=CHECKS)
