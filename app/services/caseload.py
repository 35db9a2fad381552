"""The caseload list: ordered, filtered ids first, then rows fetched page by page.

Sorting, filtering and search happen in SQL, so a list model can hold 50,000 ids and fetch
only the rows on screen.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session

from app.core.stages import STAGE_ORDER
from app.core.timeutil import local_today, utcnow
from app.models import Case, Client, Consent, Task, Visit
from app.models.people import CLIENT_LISTED, CLIENT_SORT_NAME
from app.services.dto import ClientRow
from app.services.fields import consent_in_force

SORT_KEYS = ("name", "stage", "risk", "next_visit", "overdue")
# instr() over these strings gives a sortable rank in process order / severity order.
STAGE_RANK = " ".join(stage.value for stage in STAGE_ORDER) + " ~"


@dataclass(frozen=True)
class CaseloadQuery:
    search: str = ""
    sort: str = "name"
    descending: bool = False
    stage: str | None = None
    risk_level: str | None = None
    safety_flagged_only: bool = False


def _current_stage():  # noqa: ANN202 - a correlated scalar subquery
    return (
        select(Case.stage)
        .where(Case.client_id == Client.id, Case.deleted.is_(False))
        .order_by(Case.closed_on.is_not(None), Case.opened_on.desc())
        .limit(1)
        .scalar_subquery()
    )


def _next_visit(now: datetime):  # noqa: ANN202
    return (
        select(func.min(Visit.scheduled_at))
        .where(
            Visit.client_id == Client.id,
            Visit.scheduled_at >= now,
            Visit.status == "scheduled",
            Visit.deleted.is_(False),
        )
        .scalar_subquery()
    )


EXPIRY_WINDOW_DAYS = 30


def _consent_expiring(today: date):  # noqa: ANN202
    """The earliest expiry within the window among the client's consents in force."""
    return (
        select(func.min(Consent.expires_on))
        .where(
            Consent.client_id == Client.id,
            Consent.expires_on >= today,
            Consent.expires_on <= today + timedelta(days=EXPIRY_WINDOW_DAYS),
            consent_in_force(),
        )
        .scalar_subquery()
    )


def _overdue(today: date):  # noqa: ANN202
    return (
        select(func.count(Task.id))
        .where(
            Task.client_id == Client.id,
            Task.done_at.is_(None),
            Task.due_on < today,
            Task.deleted.is_(False),
        )
        .scalar_subquery()
    )


def _sort_column(query: CaseloadQuery, now: datetime):  # noqa: ANN202
    risk = func.coalesce(func.nullif(func.instr("high medium low", Client.risk_level), 0), 99)
    columns = {
        "name": CLIENT_SORT_NAME,  # read in order from ix_client_sort_name
        "stage": func.instr(STAGE_RANK, func.coalesce(_current_stage(), "~")),
        "risk": risk,
        "next_visit": func.coalesce(_next_visit(now), datetime.max),
        "overdue": -_overdue(local_today()),
    }
    column = columns.get(query.sort, columns["name"])
    return column.desc() if query.descending else column.asc()


def _listed(query: CaseloadQuery) -> ColumnElement[bool]:
    """Not deleted. For the name order as `deleted = 0`, which lets SQLite read the clients in
    order from ix_client_sort_name; for other orders as `deleted IS 0`, which keeps it off
    that index: visiting clients in name order would visit their cases, tasks and visits in
    random order too (50k clients: sorts 2-3x slower encrypted, more pages decrypted)."""
    by_name = query.sort == "name" or query.sort not in SORT_KEYS  # unknown: name order
    return CLIENT_LISTED if by_name else Client.deleted.is_(False)


def _filtered(statement: Select, query: CaseloadQuery) -> Select:
    conditions = [_listed(query)]
    text = query.search.strip().lower()
    if text:
        pattern = f"%{text}%"
        full = func.lower(
            Client.legal_first_name
            + " "
            + Client.legal_last_name
            + " "
            + func.coalesce(Client.preferred_name, "")
        )
        conditions.append(or_(full.like(pattern), Client.phone.like(pattern)))
    if query.stage:
        conditions.append(_current_stage() == query.stage)
    if query.risk_level:
        conditions.append(Client.risk_level == query.risk_level)
    if query.safety_flagged_only:
        conditions.append(func.json_array_length(Client.safety_flags) > 0)
    return statement.where(and_(*conditions))


def caseload_ids(
    session: Session, query: CaseloadQuery, now: datetime | None = None, limit: int | None = None
) -> list[str]:
    """Matching client ids in display order (ids only). With `limit`, only the first ones:
    the first screen of the name order comes straight off an index, so a list can show
    `caseload_ids(..., limit=100)` at once and load all ids after the first paint."""
    now = now or utcnow()
    statement = _filtered(select(Client.id), query)
    statement = statement.order_by(_sort_column(query, now), Client.id).limit(limit)
    return list(session.scalars(statement))


def caseload_rows(
    session: Session, ids: Sequence[str], now: datetime | None = None
) -> list[ClientRow]:
    """Rows for the given ids, in the same order (one page of the list)."""
    now = now or utcnow()
    today = local_today()
    statement = select(
        Client, _current_stage(), _next_visit(now), _overdue(today), _consent_expiring(today)
    ).where(Client.id.in_(list(ids)))
    # The row type, which mypy does not read from a select() of subqueries.
    rows: Iterable[tuple[Client, str | None, datetime | None, int, date | None]]
    rows = session.execute(statement)
    by_id = {
        client.id: _row(client, stage, visit, overdue, expiring)
        for client, stage, visit, overdue, expiring in rows
    }
    return [by_id[i] for i in ids if i in by_id]


def _row(
    client: Client, stage: str | None, visit: datetime | None, overdue: int, expiring: date | None
) -> ClientRow:
    return ClientRow(
        id=client.id,
        display_name=client.display_name,
        legal_name=f"{client.legal_first_name} {client.legal_last_name}",
        pronouns=client.pronouns,
        preferred_language=client.preferred_language,
        interpreter_needed=client.interpreter_needed,
        stage=stage,
        risk_level=client.risk_level,
        safety_flags=tuple(client.safety_flags or ()),
        do_not_call=client.do_not_call,
        next_visit=visit,
        overdue_tasks=overdue or 0,
        consent_expires_on=expiring,
    )
