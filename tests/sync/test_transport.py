"""The HTTPS transport: pinned trust, headers, errors as exceptions, retries with back-off."""

from __future__ import annotations

import json
import ssl
import threading
import time

import httpx
import pytest

from app.sync import errors
from app.sync.protocol import PROTOCOL_HEADER, PullRequest
from app.sync.transport import Transport, pinned_context
from server.tls import create_self_signed

PAGE = {
    "changes": [],
    "cursor": "c1",
    "more": False,
    "scopes": ["staff"],
    "checksums": {},
    "worker": {"id": "w1", "display_name": "Alex", "role": "worker"},
    "server_time_ms": 1,
}


def error(status, code, **extra):
    return httpx.Response(status, json={"error": {"code": code, "message": code, **extra}})


def scripted(*answers):
    """A transport answering each request with the next of `answers`; records requests."""
    seen, queue = [], list(answers)

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        answer = queue.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    client = httpx.Client(base_url="https://office.test", transport=httpx.MockTransport(handle))
    sleeps = []
    transport = Transport(client, "dev.secret", attempts=4, backoff_s=0.5, sleep=sleeps.append)
    return transport, seen, sleeps


def test_headers_and_body():
    transport, seen, _ = scripted(httpx.Response(200, json=PAGE))
    page = transport.pull(PullRequest(cursor=None, scopes=["staff"]))
    assert page.cursor == "c1"
    [request] = seen
    assert request.url.path == "/v1/pull"
    assert request.headers[PROTOCOL_HEADER] == "1"
    assert request.headers["Authorization"] == "Bearer dev.secret"
    assert json.loads(request.content)["scopes"] == ["staff"]


@pytest.mark.parametrize(
    ("answer", "kind"),
    [
        (error(401, "unauthenticated"), errors.Unauthenticated),
        (error(403, "device_revoked", wipe=True), errors.DeviceRevoked),
        (error(410, "cursor_expired"), errors.CursorExpired),
        (error(426, "protocol_unsupported"), errors.ProtocolError),
        (error(403, "enroll_code_invalid"), errors.EnrollRefused),
    ],
)
def test_error_answers_become_exceptions_without_retry(answer, kind):
    transport, seen, sleeps = scripted(answer)
    with pytest.raises(kind):
        transport.pull(PullRequest())
    assert len(seen) == 1 and sleeps == []


def test_clock_skew_carries_the_server_time():
    transport, _, _ = scripted(error(409, "clock_skew", server_time_ms=1234))
    with pytest.raises(errors.ClockSkew) as caught:
        transport.pull(PullRequest())
    assert caught.value.server_time_ms == 1234 and "clock is wrong" in str(caught.value)


def test_server_faults_are_retried_with_exponential_back_off():
    transport, seen, sleeps = scripted(
        httpx.Response(502, text="bad gateway"),
        error(500, "internal"),
        httpx.Response(200, json=PAGE),
    )
    assert transport.pull(PullRequest()).cursor == "c1"
    assert len(seen) == 3 and sleeps == [0.5, 1.0]


def test_rate_limit_waits_as_long_as_the_server_asks():
    transport, _, sleeps = scripted(
        error(429, "rate_limited", retry_after_s=7.0), httpx.Response(200, json=PAGE)
    )
    transport.pull(PullRequest())
    assert sleeps == [7.0]


def test_connection_errors_give_up_in_plain_words():
    failures = [httpx.ConnectError("refused") for _ in range(4)]
    transport, seen, sleeps = scripted(*failures)
    with pytest.raises(errors.ServerUnavailable, match="cannot be reached"):
        transport.pull(PullRequest())
    assert len(seen) == 4 and sleeps == [0.5, 1.0, 2.0]


def test_pinned_context_settings(live):
    context = pinned_context(live.cert_path.read_text())
    assert context.minimum_version == ssl.TLSVersion.TLSv1_2
    assert context.check_hostname and context.verify_mode == ssl.CERT_REQUIRED
    assert context.verify_flags & ssl.VERIFY_X509_PARTIAL_CHAIN


def test_another_certificate_is_refused_and_not_retried(live, tmp_path):
    create_self_signed(tmp_path / "other.pem", tmp_path / "other.key", ["127.0.0.1"])
    sleeps = []
    transport = Transport.pinned(live.url, (tmp_path / "other.pem").read_text())
    transport.sleep = sleeps.append
    with pytest.raises(errors.CertificateChanged, match="certificate changed"):
        transport.info()
    assert sleeps == []
    transport.close()


def test_the_pinned_certificate_is_trusted(live):
    with Transport.pinned(live.url, live.cert_path.read_text()) as transport:
        assert transport.info().protocol == 1


def test_stopping_cuts_the_back_off_short_and_sends_nothing_more():
    transport, seen, _ = scripted(*[httpx.ConnectError("network down")] * 4)
    transport.sleep, transport.backoff_s = None, 30.0  # real waits: 30 s, then 60 s
    threading.Timer(0.2, transport.stop.set).start()
    started = time.monotonic()
    with pytest.raises(errors.SyncStopped):
        transport.pull(PullRequest(cursor=None))
    assert time.monotonic() - started < 10  # not the 30 s back-off
    assert len(seen) == 1  # no attempt after the stop
    with pytest.raises(errors.SyncStopped):
        transport.pull(PullRequest(cursor=None))
    assert len(seen) == 1


def test_an_office_newer_than_the_laptop_still_answers_info():
    """/v1/info is read before anything else: a field a later office adds must not stop an
    older laptop from syncing (unknown fields are ignored there, and only there)."""
    body = {
        "protocol": 1,
        "min_protocol": 1,
        "server_time_ms": 1,
        "daily_sync_time": "17:30",
        "a_field_from_the_future": {"x": 1},
    }
    transport, _seen, _ = scripted(httpx.Response(200, json=body))
    info = transport.info()
    assert info.protocol == 1 and info.daily_sync_time == "17:30"
