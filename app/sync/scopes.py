"""Which scope each local record belongs to, and every record of a scope.

The paths (docs/sync-protocol.md, "Scopes"): a client is `client:<id>`; a record with a
client is in its client's scope, one with only a case in the case's client's scope, a goal's
objectives and interventions in the scope of the goal's case; a task or a conflict declaration
about no client is in `worker:<worker id>`; worker profiles are `staff`. An attachment is in
the scope of the record it is attached to.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any, cast

from sqlalchemy import ColumnElement, Select, and_, false, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from app.models import (
    Attachment,
    Case,
    Client,
    ConflictDeclaration,
    Goal,
    Intervention,
    Objective,
    Synced,
    Task,
    WorkerProfile,
)
from app.store.inspect import synced_models
from app.sync.protocol import (
    CLIENT_SCOPE_PREFIX,
    STAFF_SCOPE,
    WORKER_SCOPE_PREFIX,
    client_scope,
    worker_scope,
)
from app.sync.records import model_for

# Records about no client belong to a worker: this column names them (a task nobody is
# assigned to belongs to the device's owner, who made it).
WORKER_OF: dict[type[Synced], str] = {Task: "assigned_to_id", ConflictDeclaration: "worker_id"}


def _has(model: type[Synced], column: str) -> bool:
    return column in model.__table__.columns


def _column(model: type[Synced], name: str) -> InstrumentedAttribute[Any]:
    """A column of `model` beyond those every Synced record has (checked with _has)."""
    return cast(InstrumentedAttribute[Any], getattr(model, name))


# The columns a record's scope is found from (besides its id).
PATH_COLUMNS = ("client_id", "case_id", "goal_id", "owner_entity", "owner_id", *WORKER_OF.values())


class ScopeResolver:
    """Finds records' scopes, remembering which client each case and goal leads to (a push
    batch or a checksum pass asks about the same few cases many times)."""

    def __init__(self, session: Session, owner_id: str) -> None:
        self.session, self.owner_id = session, owner_id
        self.case_client: dict[str, str | None] = {}
        self.goal_case: dict[str, str | None] = {}

    def preload(self) -> None:
        """Every case's client and goal's case at once (for a pass over all records)."""
        for case_id, client_id in self.session.execute(select(Case.id, Case.client_id)):
            self.case_client[case_id] = client_id
        for goal_id, case_id in self.session.execute(select(Goal.id, Goal.case_id)):
            self.goal_case[goal_id] = case_id

    def client_of_case(self, case_id: str) -> str | None:
        if case_id not in self.case_client:
            case = self.session.get(Case, case_id)
            self.case_client[case_id] = case.client_id if case is not None else None
        return self.case_client[case_id]

    def client_of_goal(self, goal_id: str) -> str | None:
        if goal_id not in self.goal_case:
            goal = self.session.get(Goal, goal_id)
            self.goal_case[goal_id] = goal.case_id if goal is not None else None
        case_id = self.goal_case[goal_id]
        return self.client_of_case(case_id) if case_id else None

    def scope(self, entity: str, values: Mapping[str, Any]) -> str | None:
        """The scope of a record from its values (a live record's, or those its outbox
        entries carried). None when the path leads to a record this device does not hold."""
        model = model_for(entity)
        if model is None:
            return None
        if model is WorkerProfile:
            return STAFF_SCOPE
        if model is Client:
            return client_scope(values["id"])
        if model is Attachment:
            return self._attachment_scope(values)
        client_id = self._client_of_values(values)
        if client_id is not None:
            return client_scope(client_id)
        if model in WORKER_OF:
            return worker_scope(values.get(WORKER_OF[model]) or self.owner_id)
        return None

    def _attachment_scope(self, values: Mapping[str, Any]) -> str | None:
        owner = model_for(values.get("owner_entity") or "")
        record = self.session.get(owner, values.get("owner_id")) if owner else None
        return self.record_scope(record) if record is not None else None

    def _client_of_values(self, values: Mapping[str, Any]) -> str | None:
        if values.get("client_id"):
            client_id: str = values["client_id"]
            return client_id
        if values.get("case_id"):
            return self.client_of_case(values["case_id"])
        if values.get("goal_id"):
            return self.client_of_goal(values["goal_id"])
        return None

    def record_scope(self, record: Synced) -> str | None:
        return self.scope(type(record).__tablename__, RecordValues(record))


class RecordValues(Mapping[str, Any]):
    """A live record read as a mapping of its column values (no copy)."""

    def __init__(self, record: Synced) -> None:
        self.record = record

    def __getitem__(self, name: str) -> Any:
        if name not in self.record.__table__.columns:
            raise KeyError(name)
        return getattr(self.record, name)

    def __iter__(self) -> Iterator[str]:
        return iter(self.record.__table__.columns.keys())

    def __len__(self) -> int:
        return len(self.record.__table__.columns)


def scope_of(session: Session, entity: str, values: Mapping[str, Any], owner_id: str) -> str | None:
    return ScopeResolver(session, owner_id).scope(entity, values)


def record_scope(session: Session, record: Synced, owner_id: str) -> str | None:
    return ScopeResolver(session, owner_id).record_scope(record)


def records_by_scope(
    session: Session, owner_id: str, *, live: bool = False
) -> dict[str, list[tuple[str, str, str]]]:
    """(entity, record id, record clock) of every record (with `live`, tombstones left out),
    grouped by scope, in one pass (one query per table, whatever the number of scopes)."""
    resolver = ScopeResolver(session, owner_id)
    resolver.preload()
    grouped: dict[str, list[tuple[str, str, str]]] = {}
    for model in scope_models():
        paths = [c for c in PATH_COLUMNS if _has(model, c)]
        query = select(model.id, model.hlc, *(getattr(model, c) for c in paths))
        if live:
            query = query.where(model.deleted.is_(False))
        rows: Iterable[tuple[Any, ...]] = session.execute(query)  # columns chosen at run time
        for record_id, clock, *path in rows:
            values = {"id": record_id, **dict(zip(paths, path, strict=True))}
            scope = resolver.scope(model.__tablename__, values)
            if scope is not None:
                grouped.setdefault(scope, []).append((model.__tablename__, record_id, clock))
    return grouped


# -- every record of a scope ----------------------------------------------------------------


def _cases_of(client_id: str) -> Select[str]:
    return select(Case.id).where(Case.client_id == client_id)


def _client_condition(model: type[Synced], client_id: str) -> ColumnElement[bool]:
    """Rows of `model` in scope client:<client_id> (follows the same paths as scope_of)."""
    if model is Client:
        return Client.id == client_id
    cases = _cases_of(client_id)
    if model in (Objective, Intervention):
        return _column(model, "goal_id").in_(select(Goal.id).where(Goal.case_id.in_(cases)))
    conditions = []
    if _has(model, "client_id"):
        conditions.append(_column(model, "client_id") == client_id)
    if _has(model, "case_id"):
        by_case: ColumnElement[bool] = _column(model, "case_id").in_(cases)
        if conditions:  # it has a client column too: by case only where that is empty
            by_case = and_(_column(model, "client_id").is_(None), by_case)
        conditions.append(by_case)
    return or_(*conditions) if conditions else false()


def _worker_condition(model: type[Synced], worker_id: str, owner_id: str) -> ColumnElement[bool]:
    column = WORKER_OF.get(model)
    if column is None:
        return false()
    owner = func.coalesce(getattr(model, column), owner_id)
    no_client, no_case = _column(model, "client_id").is_(None), _column(model, "case_id").is_(None)
    return and_(no_client, no_case, owner == worker_id)


def member_condition(model: type[Synced], scope: str, owner_id: str) -> ColumnElement[bool]:
    """A WHERE clause selecting the records of `model` that belong to `scope`."""
    if model is Attachment:
        return _attachment_condition(scope, owner_id)
    if scope == STAFF_SCOPE:
        return WorkerProfile.id.is_not(None) if model is WorkerProfile else false()
    if scope.startswith(CLIENT_SCOPE_PREFIX):
        return _client_condition(model, scope.removeprefix(CLIENT_SCOPE_PREFIX))
    if scope.startswith(WORKER_SCOPE_PREFIX):
        return _worker_condition(model, scope.removeprefix(WORKER_SCOPE_PREFIX), owner_id)
    return false()


def _attachment_condition(scope: str, owner_id: str) -> ColumnElement[bool]:
    owners = [
        and_(
            Attachment.owner_entity == model.__tablename__,
            Attachment.owner_id.in_(
                select(model.id).where(member_condition(model, scope, owner_id))
            ),
        )
        for model in synced_models()
        if model is not Attachment
    ]
    return or_(*owners)


def scope_models() -> list[type[Synced]]:
    """Every synced model, attachments last (their owners must still exist to find them)."""
    return sorted(synced_models(), key=lambda model: model is Attachment)


def scope_records(
    session: Session, scope: str, owner_id: str, *, live: bool = False
) -> Iterator[tuple[str, str, str]]:
    """(entity, record id, record clock) of every record of `scope` (with `live`,
    tombstones left out)."""
    for model in scope_models():
        query = select(model.id, model.hlc).where(member_condition(model, scope, owner_id))
        if live:
            query = query.where(model.deleted.is_(False))
        for record_id, clock in session.execute(query):
            yield model.__tablename__, record_id, clock
