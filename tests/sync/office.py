"""An office server for sync tests, and devices enrolled with it.

`Office.in_process(dir)` runs the server application in this process (FastAPI TestClient: no
sockets, no TLS, fast); `Office.over_https(live)` talks to a real server subprocess
(tests/server/live.py) over HTTPS with the certificate pinned at enrollment, exactly as a
worker's laptop does. Devices are real vaults in the test's temporary folder.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from fastapi.testclient import TestClient

from app.services.vaults import Vault, create_vault
from app.sync import state
from app.sync.engine import open_transport, sync
from app.sync.enroll import Enrolled, enroll
from app.sync.receipt import Receipt
from app.sync.transport import Transport
from server import admin
from server.app import create_app
from server.config import Settings
from tests.conftest import PASSPHRASE

_names = itertools.count(1)


@dataclass
class Office:
    settings: Settings
    client: httpx.Client | None  # None: real HTTPS to settings.url, pinned
    vaults: list[Vault] = field(default_factory=list)

    @classmethod
    def in_process(cls, data_dir: Path, **overrides: object) -> Office:
        settings = Settings(data_dir=data_dir, **overrides)
        admin.initialise(settings)
        return cls(settings, TestClient(create_app(settings)))

    @classmethod
    def over_https(cls, settings: Settings) -> Office:
        return cls(settings, None)

    # -- people and devices ---------------------------------------------------------------
    def user(self, prefix: str, role: str = "worker", supervisor: str | None = None) -> str:
        """A new user with a unique name (servers are shared between tests); returns it."""
        name = f"{prefix}-{next(_names)}"
        admin.add_user(self.settings, name, role, supervisor)
        return name

    def code(self, name: str) -> str:
        return admin.make_enroll_code(self.settings, name)

    def device(self, root: Path, name: str) -> Vault:
        """A new vault, enrolled for the user `name`."""
        vault = create_vault(root, PASSPHRASE, name)
        self.vaults.append(vault)
        self.enroll(vault, name)
        return vault

    def enroll(self, vault: Vault, name: str) -> Enrolled:
        if self.client is None:
            return enroll(vault, self.code(name))
        pem = self.settings.cert_file.read_text()
        return enroll(vault, self.code(name), client=self.client, fetch=lambda _url: pem)

    def transport(self, vault: Vault, client: httpx.Client | None = None) -> Transport:
        transport = open_transport(vault, client or self.client)
        transport.sleep = lambda _seconds: None  # retries without waiting
        return transport

    def sync(self, vault: Vault, client: httpx.Client | None = None) -> Receipt:
        return sync(vault, self.transport(vault, client))

    def device_id(self, vault: Vault) -> str:
        with vault.session() as session:
            return str(state.get(session, state.DEVICE_ID))

    def close(self) -> None:
        for vault in self.vaults:
            if not vault.is_locked:
                vault.lock()
        if self.client is not None:
            self.client.close()
