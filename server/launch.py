"""A real server in a subprocess, for tests and benchmarks: `live_server(data_dir)` runs
`python -m server serve` over real HTTPS on 127.0.0.1 and a free port, and stops it afterwards.

    with live_server(tmp_path / "srv") as server:
        admin.add_user(server.settings, "Ada", "worker")
        with server.client() as http:
            http.get("/v1/info")
        server.process.kill()  # kill -9 at any moment, then:
        server = restart(server)  # same data, same port

The data directory is initialised on first use (server.json, data key, self-signed
certificate); later calls reuse it, so a test can kill the server and start it again on the
same data. Keyword overrides (enroll_code_ttl_s=1, auth_rate_limit=3, cursor_mode=...) are
written to server.json, which the subprocess reads. Tests (tests/server/live.py) and the sync
benchmark use it.
"""

from __future__ import annotations

import dataclasses
import os
import socket
import ssl
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from app.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from server.admin import initialise
from server.config import Settings
from server.tls import fingerprint as cert_fingerprint

ROOT = Path(__file__).resolve().parents[1]
READY_TIMEOUT_S = 30.0


@dataclass
class LiveServer:
    url: str
    settings: Settings
    cert_path: Path
    fingerprint: str
    process: subprocess.Popen[bytes]
    log_path: Path

    def ssl_context(self) -> ssl.SSLContext:
        """Trusts only this server's certificate, as an enrolled device does (the partial
        chain flag lets it be the anchor when the office CA issued it)."""
        context = ssl.create_default_context(cafile=str(self.cert_path))
        context.verify_flags |= ssl.VERIFY_X509_PARTIAL_CHAIN
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        return context

    def client(self, token: str | None = None, **kwargs: Any) -> httpx.Client:
        """An httpx client for this server, with the protocol header (and a device token)."""
        headers = {PROTOCOL_HEADER: str(PROTOCOL_VERSION)}
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        verify: Any = False if self.url.startswith("http:") else self.ssl_context()
        return httpx.Client(base_url=self.url, headers=headers, verify=verify, **kwargs)

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)


def prepare(data_dir: Path, database_url: str | None = None, **overrides: Any) -> Settings:
    """Initialise `data_dir` if needed; return its settings with the overrides (not saved)."""
    data_dir = Path(data_dir)
    if not (data_dir / "server.json").exists():
        initialise(Settings(data_dir=data_dir, database_url=database_url))
    settings = Settings.load(data_dir)
    if database_url is not None:
        overrides["database_url"] = database_url
    return dataclasses.replace(settings, **overrides)


@contextmanager
def live_server(
    data_dir: Path, database_url: str | None = None, **settings_overrides: Any
) -> Iterator[LiveServer]:
    settings = prepare(Path(data_dir), database_url, **settings_overrides)
    server = _start(settings)
    try:
        yield server
    finally:
        server.stop()


def _start(settings: Settings, attempts: int = 3) -> LiveServer:
    """Start on a free port; another process may grab the port first, so retry."""
    for attempt in range(attempts):
        port = free_port()
        scheme = "http" if settings.dev_insecure_http else "https"
        url = f"{scheme}://127.0.0.1:{port}"
        current = dataclasses.replace(settings, host="127.0.0.1", port=port, public_url=url)
        current.save()
        server = _spawn(current, url)
        if _wait_ready(server):
            return server
        server.stop()
        if attempt == attempts - 1 or "address already in use" not in server.log().lower():
            raise RuntimeError(f"server did not start:\n{server.log()[-4000:]}")
    raise AssertionError("unreachable")


def restart(server: LiveServer, timeout_s: float = READY_TIMEOUT_S) -> LiveServer:
    """Start a server that was killed again, on the same data directory AND the same port:
    enrolled devices keep their URL (with its port), so a restarted office must answer on
    it. The port may take a moment to be free again after a kill, so this retries."""
    if server.process.poll() is None:
        raise RuntimeError("restart() is for a server that has stopped")
    settings = Settings.load(server.settings.data_dir)
    if settings.url != server.url:
        raise RuntimeError(f"server.json names {settings.url}, not {server.url}")
    deadline = time.monotonic() + timeout_s
    while True:
        started = _spawn(settings, server.url)
        if _wait_ready(started):
            return started
        started.stop()
        if time.monotonic() > deadline or "address already in use" not in started.log().lower():
            raise RuntimeError(f"server did not restart:\n{started.log()[-4000:]}")
        time.sleep(0.2)


def _spawn(settings: Settings, url: str) -> LiveServer:
    log_path = settings.data_dir / "server.log"
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    with log_path.open("ab") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "server", "serve", "--data", str(settings.data_dir)],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    cert = settings.cert_file
    fp = cert_fingerprint(cert) if cert.exists() else ""
    return LiveServer(url, settings, cert, fp, process, log_path)


def _wait_ready(server: LiveServer) -> bool:
    deadline = time.monotonic() + READY_TIMEOUT_S
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            return False
        try:
            with server.client(timeout=2) as http:
                if http.get("/v1/info").status_code == 200:
                    return True
        except httpx.TransportError:
            pass
        time.sleep(0.05)
    return False


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
