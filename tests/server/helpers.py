"""Test helpers: an API handle (in-process TestClient, or a live server's httpx client), users
and enrolled devices that build and push changes with their own clocks and outbox seqs."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from fastapi.testclient import TestClient

from app.core.audit_chain import GENESIS, event_hash
from app.core.hlc import HybridClock
from app.core.ids import uuid7
from app.sync.protocol import client_scope
from server import admin
from server.app import create_app
from server.config import Settings
from server.enroll import decode_code

PROTOCOL = {"Caseload-Protocol": "1"}


def now_ms() -> int:
    return int(time.time() * 1000)


class Api:
    """`http` is a TestClient or an httpx.Client pointed at the server."""

    def __init__(self, settings: Settings, http: Any = None) -> None:
        self.settings = settings
        self._owned = http is None
        self.http = http or TestClient(create_app(settings), headers=PROTOCOL)

    def __enter__(self) -> Api:
        if self._owned:
            self.http.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._owned:
            self.http.__exit__(*exc)

    def user(self, name: str, role: str = "worker", supervisor: str | None = None) -> str:
        return admin.add_user(self.settings, name, role, supervisor)

    def enroll(self, name: str, replica_id: str | None = None) -> DeviceHandle:
        code = admin.make_enroll_code(self.settings, name)
        replica = replica_id or uuid7()
        body = {"code": decode_code(code)["secret"], "replica_id": replica, "device_name": "laptop"}
        response = self.http.post("/v1/enroll", json=body, headers=PROTOCOL)
        assert response.status_code == 200, response.text
        data = response.json()
        return DeviceHandle(self, data["device_id"], data["token"], replica, data["worker"]["id"])


@dataclass
class DeviceHandle:
    api: Api
    device_id: str
    token: str
    replica_id: str
    worker_id: str
    seq: int = 0
    clock: HybridClock = field(init=False)
    audit: list[dict[str, Any]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.clock = HybridClock(self.replica_id)

    @property
    def headers(self) -> dict[str, str]:
        return {**PROTOCOL, "Authorization": f"Bearer {self.token}"}

    def stamp(self, offset_ms: int = 0) -> str:
        return self.clock.now(now_ms() + offset_ms).encode()

    def change(
        self, entity: str, record_id: str, scope: str, op: str = "insert", hlc: str | None = None,
        **fields: Any,
    ) -> dict[str, Any]:  # fmt: skip
        self.seq += 1
        return {
            "seq": self.seq, "entity": entity, "record_id": record_id, "scope": scope, "op": op,
            "hlc": hlc or self.stamp(), "fields": fields,
        }  # fmt: skip

    def new_client(self, **fields: Any) -> tuple[str, dict[str, Any]]:
        """A client insert in its own new scope: (client id, change)."""
        client_id = uuid7()
        values = {"legal_first_name": "Ann", "legal_last_name": "Lee", "deleted": False, **fields}
        return client_id, self.change("client", client_id, client_scope(client_id), **values)

    def audit_event(self, action: str = "viewed", **overrides: Any) -> dict[str, Any]:
        prev = self.audit[-1]["hash"] if self.audit else GENESIS
        event = {
            "seq": len(self.audit) + 1, "id": uuid7(), "at": "2026-01-01T10:00:00",
            "actor": self.worker_id, "action": action, "entity": None, "record_id": None,
            "detail": {},
        }  # fmt: skip
        event = {**event, "prev_hash": prev, **overrides}
        event["hash"] = overrides.get("hash") or event_hash(prev, event)
        self.audit.append(event)
        return event

    def push(self, *changes: dict[str, Any], audit: list[dict[str, Any]] | None = None) -> Any:
        body = {"replica_id": self.replica_id, "changes": list(changes), "audit": audit or []}
        return self.api.http.post("/v1/push", json=body, headers=self.headers)

    def push_ok(self, *changes: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
        response = self.push(*changes, **kwargs)
        assert response.status_code == 200, response.text
        return response.json()

    def pull(
        self, cursor: str | None = None, scopes: list[str] | None = None, limit: int = 1000
    ) -> Any:
        body = {"cursor": cursor, "scopes": scopes, "limit": limit}
        return self.api.http.post("/v1/pull", json=body, headers=self.headers)

    def pull_all(
        self, cursor: str | None = None, scopes: list[str] | None = None, limit: int = 1000
    ) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        """Every page from `cursor`: (changes, last page)."""
        changes: list[dict[str, Any]] = []
        while True:
            response = self.pull(cursor, scopes, limit)
            assert response.status_code == 200, response.text
            page = response.json()
            changes += page["changes"]
            cursor = page["cursor"]
            if not page["more"]:
                return changes, page


def statuses(response: dict[str, Any]) -> list[tuple[str, str | None]]:
    return [(r["status"], r["reason"]) for r in response["results"]]
