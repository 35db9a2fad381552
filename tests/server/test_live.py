"""Security and robustness over real HTTPS: the server runs in a subprocess (live_server)."""

import socket
import ssl
import time
import warnings

import httpx
import pytest

from app.sync.protocol import MAX_BODY_BYTES
from server import admin
from server.enroll import decode_code
from tests.server.helpers import PROTOCOL, Api
from tests.server.live import live_server


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with live_server(tmp_path_factory.mktemp("live") / "srv", enroll_code_ttl_s=2) as running:
        yield running


@pytest.fixture
def live_api(server):
    with server.client() as http:
        yield Api(server.settings, http)


def _enroll_body(code: str, replica: str = "replica-1") -> dict:
    return {"code": decode_code(code)["secret"], "replica_id": replica, "device_name": "laptop"}


def test_info_openapi_and_protocol_header(server):
    with httpx.Client(base_url=server.url, verify=server.ssl_context()) as http:
        assert http.get("/v1/info").json()["protocol"] == 1
        schema = http.get("/openapi.json").json()
        assert {"/v1/info", "/v1/enroll", "/v1/push", "/v1/pull", "/v1/checksums"} <= set(
            schema["paths"]
        )
        for headers in ({}, {"Caseload-Protocol": "2"}):
            response = http.post("/v1/pull", json={}, headers=headers)
            assert response.status_code == 426
            assert response.json()["error"]["code"] == "protocol_unsupported"


def test_enroll_code_is_single_use_and_expires(server, live_api):
    live_api.user("Cody")
    code = admin.make_enroll_code(server.settings, "Cody")
    assert decode_code(code)["fp"] == server.fingerprint
    assert decode_code(code)["url"] == server.url
    first = live_api.http.post("/v1/enroll", json=_enroll_body(code, "r-cody-1"))
    assert first.status_code == 200
    reused = live_api.http.post("/v1/enroll", json=_enroll_body(code, "r-cody-2"))
    assert (reused.status_code, reused.json()["error"]["code"]) == (403, "enroll_code_invalid")
    stale = admin.make_enroll_code(server.settings, "Cody")
    time.sleep(2.2)
    expired = live_api.http.post("/v1/enroll", json=_enroll_body(stale, "r-cody-3"))
    assert (expired.status_code, expired.json()["error"]["code"]) == (403, "enroll_code_invalid")
    whole = {**_enroll_body(stale), "code": "CL1.not-a-code"}
    assert live_api.http.post("/v1/enroll", json=whole).status_code == 403


def test_wrong_token_then_revoked_device_is_told_to_wipe(server, live_api):
    live_api.user("Rita")
    device = live_api.enroll("Rita")
    assert device.pull().status_code == 200
    wrong = device.token.rsplit(".", 1)[0] + ".not-the-secret"
    for header in (f"Bearer {wrong}", "Bearer nonsense", "Basic abc", ""):
        response = live_api.http.post(
            "/v1/pull", json={}, headers={**PROTOCOL, "Authorization": header}
        )
        assert (response.status_code, response.json()["error"]["code"]) == (401, "unauthenticated")
    admin.revoke_device(server.settings, device.device_id)
    response = device.pull()
    assert response.status_code == 403
    assert response.json()["error"] | {"message": ""} == {
        "code": "device_revoked", "wipe": True, "message": "",
    }  # fmt: skip
    assert device.push().json()["error"]["wipe"] is True
    [listed] = [d for d in admin.list_devices(server.settings) if d["id"] == device.device_id]
    assert listed["revoked_at"] is not None


def test_body_limit_declared_and_chunked(server, live_api):
    live_api.user("Lena")
    device = live_api.enroll("Lena")  # a body is read only once its sender is authenticated
    too_big = b'{"cursor": null, "pad": "' + b"x" * MAX_BODY_BYTES + b'"}'
    json_headers = {**device.headers, "content-type": "application/json"}
    response = live_api.http.post("/v1/pull", content=too_big, headers=json_headers)
    assert (response.status_code, response.json()["error"]["code"]) == (413, "too_large")

    def chunks():
        for _ in range(MAX_BODY_BYTES // 65536 + 2):
            yield b"x" * 65536

    response = live_api.http.post("/v1/pull", content=chunks(), headers=device.headers)
    assert (response.status_code, response.json()["error"]["code"]) == (413, "too_large")
    response = live_api.http.post("/v1/pull", content=chunks())  # unauthenticated: not read
    assert (response.status_code, response.json()["error"]["code"]) == (401, "unauthenticated")
    assert live_api.http.get("/v1/info").status_code == 200  # and the server is fine


def test_validation_errors_are_structured_without_values(server, live_api):
    live_api.user("Vera")
    device = live_api.enroll("Vera")
    secret_value = "Zqxsecretvalue"
    body = {"replica_id": device.replica_id, "changes": [{"seq": 0, "fields": {"x": secret_value}}]}
    response = live_api.http.post("/v1/push", json=body, headers=device.headers)
    assert (response.status_code, response.json()["error"]["code"]) == (422, "bad_request")
    assert secret_value not in response.text
    broken = live_api.http.post("/v1/push", content=b"{not json", headers=device.headers)
    assert (broken.status_code, broken.json()["error"]["code"]) == (422, "bad_request")
    missing = live_api.http.get("/v1/nothing-here", headers=device.headers)
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "bad_request"
    assert live_api.http.get("/v1/nothing-here").status_code == 401  # routes stay unlisted


def _handshake(port: int, version: ssl.TLSVersion) -> str:
    """A client that would speak `version` (even the deprecated ones) and trusts anything."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        client = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        client.check_hostname, client.verify_mode = False, ssl.CERT_NONE
        client.set_ciphers("DEFAULT:@SECLEVEL=0")
        client.minimum_version = client.maximum_version = version
    raw = socket.create_connection(("127.0.0.1", port), timeout=5)
    with raw, client.wrap_socket(raw, server_hostname="127.0.0.1") as tls:
        return tls.version() or ""


def test_tls_floor_and_no_plain_http(server):
    port = int(server.url.rsplit(":", 1)[1])
    assert _handshake(port, ssl.TLSVersion.TLSv1_2) == "TLSv1.2"
    for old in ("TLSv1", "TLSv1_1"):
        with pytest.raises(ssl.SSLError):
            _handshake(port, ssl.TLSVersion[old])
    with pytest.raises(httpx.HTTPError):
        httpx.get(server.url.replace("https:", "http:") + "/v1/info", timeout=5)
    with pytest.raises(httpx.ConnectError):  # a certificate nobody pinned is not trusted
        httpx.get(server.url + "/v1/info", verify=ssl.create_default_context())


def test_rate_limits(tmp_path):
    with live_server(tmp_path / "srv", auth_rate_limit=3, enroll_rate_limit=2) as limited:
        with limited.client(token="no-such.device") as http:
            codes = [http.post("/v1/pull", json={}).status_code for _ in range(4)]
            assert codes == [401, 401, 401, 429]
            error = http.post("/v1/pull", json={}).json()["error"]
            assert error["code"] == "rate_limited" and 0 < error["retry_after_s"] <= 60
        with limited.client() as http:
            body = {"code": "x" * 20, "replica_id": "r", "device_name": "d"}
            codes = [http.post("/v1/enroll", json=body).status_code for _ in range(3)]
            assert codes == [403, 403, 429]


def test_kill_9_and_restart_keeps_every_acknowledged_change(tmp_path):
    data = tmp_path / "srv"
    with live_server(data) as first, first.client() as http:
        api = Api(first.settings, http)
        api.user("Kim")
        device = api.enroll("Kim")
        acked = device.push_ok(*[device.new_client()[1] for _ in range(50)])["acked_through"]
        first.process.kill()
        first.process.wait(10)
    with live_server(data) as second, second.client() as http:
        device.api = Api(second.settings, http)
        changes, _ = device.pull_all()
        assert acked == 50 and len([c for c in changes if c["entity"] == "client"]) == 50
        assert device.push_ok(device.new_client()[1])["acked_through"] == 51


def test_dev_insecure_http_on_loopback(tmp_path):
    with live_server(tmp_path / "srv", dev_insecure_http=True) as plain:
        assert plain.url.startswith("http://127.0.0.1:")
        with plain.client() as http:
            assert http.get("/v1/info").status_code == 200
