"""Who may hold and write what (docs/sync-protocol.md "Scopes and authorisation").

Granted scopes are computed on every request from the assignments: "staff", the worker scope
of every worker the device acts for, and every client scope those workers own. A supervisor
acts for themself and every worker whose supervisor they are.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, select

from app.core.hlc import Timestamp
from app.sync.protocol import (
    CLIENT_SCOPE_PREFIX,
    STAFF_SCOPE,
    WORKER_SCOPE_PREFIX,
    RejectReason,
    WorkerInfo,
    worker_scope,
)
from server.db import insert_or_ignore
from server.models import ScopeHandover, ScopeOwner, User

# The synced entities of protocol version 1 (tests/server/test_schema.py keeps this equal to
# the app's synced tables). A change to any other entity is refused ("unknown_entity").
KNOWN_ENTITIES = frozenset(
    {
        "worker_profile", "client", "related_person", "case_file", "stage_change",
        "case_transfer", "assessment", "goal", "objective", "objective_progress",
        "intervention", "task", "visit",
        "referral", "case_note", "consent", "attachment", "conflict_declaration",
        "duplicate_decision", "screening", "safety_plan", "mandated_report",
        "disclosure", "disclosure_notice",
    }
)  # fmt: skip
PROFILE_ENTITY = "worker_profile"
# A client id in a scope: the protocol's id characters, without ":" (keeps scopes unambiguous).
SCOPE_ID_CHARS = frozenset("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ._-")


@dataclass(frozen=True)
class Principal:
    """An authenticated device and the worker it acts as."""

    device_id: str
    replica_id: str
    user_id: str
    name: str
    role: str
    supervisor_id: str | None
    team: frozenset[str]  # worker ids this device acts for, its own included

    def worker_info(self) -> WorkerInfo:
        return WorkerInfo(
            id=self.user_id,
            display_name=self.name,
            role=self.role,  # type: ignore[arg-type]
            supervisor_id=self.supervisor_id,
        )


def team_of(connection: Connection, user_id: str, role: str) -> frozenset[str]:
    if role != "supervisor":
        return frozenset({user_id})
    rows = connection.scalars(select(User.id).where(User.supervisor_id == user_id))
    return frozenset({user_id, *rows})


def granted_scopes(connection: Connection, principal: Principal) -> list[str]:
    owned = connection.scalars(
        select(ScopeOwner.scope).where(ScopeOwner.worker_id.in_(sorted(principal.team)))
    )
    return sorted({STAFF_SCOPE, *(worker_scope(w) for w in principal.team), *owned})


def client_id_of(scope: str) -> str | None:
    """The client id of a well-formed client scope, else None."""
    if not scope.startswith(CLIENT_SCOPE_PREFIX):
        return None
    client_id = scope[len(CLIENT_SCOPE_PREFIX) :]
    ok = 0 < len(client_id) <= 64 and set(client_id) <= SCOPE_ID_CHARS
    return client_id if ok else None


class Access:
    """Decides, change by change within one push transaction, whether the device may write.

    A client scope nobody owns yet is claimed by the pushing worker ("a case created on a
    device belongs to its creator"). `prepare` looks up, and claims, every client scope of a
    batch in a few statements rather than two per scope; a scope is thereby claimed even if
    the change naming it is then refused for another reason, which grants nothing the
    worker could not take by pushing any record there.

    A scope handed over to another worker (`case assign`) stays writable for its former
    owner's changes stamped before the handover, give or take the clock-skew bound: a device
    pushes its pending changes before it learns the case went away (docs/sync-protocol.md,
    "Scope changes": a scope is purged only after its changes are pushed), and they must not
    be lost."""

    def __init__(self, connection: Connection, principal: Principal, skew_ms: int) -> None:
        self.connection, self.principal, self.skew_ms = connection, principal, skew_ms
        self.owners: dict[str, str] = {}
        self.handovers: dict[str, dict[str, int]] = {}  # scope -> former owner -> when

    def prepare(self, targets: Iterable[tuple[str, str]]) -> None:
        """Owners of the client scopes of these (entity, scope) pairs, claiming free ones."""
        scopes = {s for e, s in targets if e in KNOWN_ENTITIES and client_id_of(s) is not None}
        self._load(scopes - self.owners.keys())
        free = sorted(scopes - self.owners.keys())
        if free:
            claims = [{"scope": scope, "worker_id": self.principal.user_id} for scope in free]
            insert_or_ignore(self.connection, ScopeOwner, claims)
            self._load(set(free))  # a concurrent claim may have won: read what holds

    def _load(self, scopes: set[str]) -> None:
        ordered = sorted(scopes)
        for start in range(0, len(ordered), 400):
            chunk = ordered[start : start + 400]
            owners = select(ScopeOwner.scope, ScopeOwner.worker_id).where(
                ScopeOwner.scope.in_(chunk)
            )
            self.owners.update(
                {row.scope: row.worker_id for row in self.connection.execute(owners)}
            )
            handovers = select(ScopeHandover).where(ScopeHandover.scope.in_(chunk))
            for row in self.connection.execute(handovers):
                self.handovers.setdefault(row.scope, {})[row.worker_id] = row.handed_over_ms

    def check(
        self, entity: str, record_id: str, scope: str, held_scope: str | None, hlc: str
    ) -> RejectReason | None:
        if entity not in KNOWN_ENTITIES:
            return "unknown_entity"
        if entity == PROFILE_ENTITY:
            return self._check_profile(record_id, scope)
        if held_scope is not None and held_scope != scope:
            return "scope_mismatch"
        return None if self._may_write(scope, hlc) else "forbidden_scope"

    def _check_profile(self, record_id: str, scope: str) -> RejectReason | None:
        if record_id != self.principal.user_id:
            return "not_your_profile"
        return None if scope == STAFF_SCOPE else "scope_mismatch"

    def _may_write(self, scope: str, hlc: str) -> bool:
        if scope.startswith(WORKER_SCOPE_PREFIX):
            return scope[len(WORKER_SCOPE_PREFIX) :] in self.principal.team
        if client_id_of(scope) is None:
            return False  # "staff" (server-written) and anything unknown
        if self.owner(scope) in self.principal.team:
            return True
        written = Timestamp.decode(hlc).wall_ms
        former = self.handovers.get(scope, {})
        return any(written < former[w] + self.skew_ms for w in self.principal.team & former.keys())

    def owner(self, scope: str) -> str:
        if scope not in self.owners:
            self._load({scope})
        if scope not in self.owners:
            self.owners[scope] = claim_scope(self.connection, scope, self.principal.user_id)
        return self.owners[scope]


def claim_scope(connection: Connection, scope: str, worker_id: str) -> str:
    """The scope's owner, making `worker_id` the owner if it has none (race-safe: a
    concurrent claim waits for the other transaction, then keeps its owner)."""
    insert_or_ignore(connection, ScopeOwner, {"scope": scope, "worker_id": worker_id})
    owner = select(ScopeOwner.worker_id).where(ScopeOwner.scope == scope)
    return connection.execute(owner).scalar_one()
