"""Authentication before anything else, and rate limits that one bad client cannot turn on the
whole office: failures count per presented credential and, far more loosely, per address; a
valid token is always served. Out-of-range inputs are refused with a 4xx, never a 500."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from server.admin import initialise
from server.config import Settings
from tests.server.helpers import PROTOCOL, Api

PER_CREDENTIAL = 3  # Settings.auth_rate_limit in these tests
BIG = "9" * 20  # a cursor part of the right width, past every 64-bit integer


@pytest.fixture
def office(tmp_path: Path, database_url: str | None) -> Iterator[Api]:
    """One address (the TestClient's) for everyone: an office behind a NAT."""
    settings = Settings(
        data_dir=tmp_path / "srv", database_url=database_url, auth_rate_limit=PER_CREDENTIAL
    )
    initialise(settings)
    with Api(settings) as api:
        yield api


def _post(api: Api, path: str, token: str | None = None, **kwargs: object) -> object:
    headers = {**PROTOCOL, "Content-Type": "application/json"}
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    return api.http.post(path, headers=headers, **kwargs)


def test_bad_tokens_at_the_office_address_never_lock_out_a_valid_laptop(office):
    office.user("Ann")
    laptop = office.enroll("Ann")
    for n in range(12):  # a dozen stale or mistyped tokens, behind the same NAT address
        assert _post(office, "/v1/pull", f"stale{n}.secret", json={}).status_code == 401
    again = [_post(office, "/v1/pull", "stale0.secret", json={}).status_code for _ in range(3)]
    assert again == [401, 401, 429]  # the stale laptop is throttled on its own
    assert laptop.pull().status_code == 200


def test_one_credential_is_throttled_on_its_own(office):
    office.user("Ann")
    laptop = office.enroll("Ann")
    wrong = f"{laptop.device_id}.not-the-secret"
    codes = [
        _post(office, "/v1/pull", wrong, json={}).status_code for _ in range(PER_CREDENTIAL + 1)
    ]
    assert codes == [401] * PER_CREDENTIAL + [429]
    error = _post(office, "/v1/pull", wrong, json={}).json()["error"]
    assert error["code"] == "rate_limited" and error["retry_after_s"] > 0
    assert laptop.pull().status_code == 200  # the real secret still works


def test_a_flood_from_one_address_is_throttled_but_valid_tokens_pass(office):
    office.user("Ann")
    laptop = office.enroll("Ann")
    codes = [_post(office, "/v1/pull", f"guess{n}.x", json={}).status_code for n in range(400)]
    assert 429 in codes and codes[: PER_CREDENTIAL * 5] == [401] * PER_CREDENTIAL * 5
    assert _post(office, "/v1/pull", "fresh.guess", json={}).status_code == 429
    assert _post(office, "/v1/pull", None, json={}).status_code == 429
    assert laptop.pull().status_code == 200


@pytest.mark.parametrize("token", [None, "nobody.wrong"])
def test_malformed_json_is_not_read_before_authentication(office, token):
    answer = _post(office, "/v1/push", token, content=b'{"replica_id": ')
    assert answer.status_code == 401 and answer.json()["error"]["code"] == "unauthenticated"


def test_malformed_json_from_a_device_is_a_bad_request(office):
    office.user("Ann")
    laptop = office.enroll("Ann")
    answer = _post(office, "/v1/push", laptop.token, content=b'{"replica_id": ')
    assert answer.status_code == 422 and answer.json()["error"]["code"] == "bad_request"


@pytest.mark.parametrize("cursor", [f"{BIG}.{BIG}", f"{'0' * 20}.{BIG}", f"{BIG}.{'0' * 20}"])
def test_a_huge_cursor_is_a_bad_request(office, cursor):
    office.user("Ann")
    laptop = office.enroll("Ann")
    answer = laptop.pull(cursor)
    assert answer.status_code in (400, 422), answer.text
    assert answer.json()["error"]["code"] == "bad_request"


def test_huge_sequence_numbers_are_bad_requests(office):
    office.user("Ann")
    laptop = office.enroll("Ann")
    _, change = laptop.new_client()
    change["seq"] = 2**64
    answer = laptop.push(change)
    assert answer.status_code == 422, answer.text
    event = laptop.audit_event(seq=2**63)
    answer = laptop.push(audit=[event])
    assert answer.status_code == 422, answer.text
