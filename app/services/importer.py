"""Importing clients from a spreadsheet export (CSV).

All rows are validated before anything is written, and the rows are written in one
transaction: a bad file imports nothing. Problems name the line and column, never the value
(the terminal of an office PC is not the place to echo a client's details).
"""

from __future__ import annotations

import csv
import io
from dataclasses import fields
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app.core.ids import uuid7
from app.models import Client
from app.services.dto import ImportResult
from app.services.records import ClientDraft
from app.store.audit import record_event
from app.store.errors import ImportRejected

# CSV column -> ClientDraft field. Matched case-insensitively, surrounding spaces ignored.
COLUMNS = {
    "first_name": "legal_first_name",
    "last_name": "legal_last_name",
    "preferred_name": "preferred_name",
    "pronouns": "pronouns",
    "date_of_birth": "date_of_birth",
    "preferred_language": "preferred_language",
    "interpreter_needed": "interpreter_needed",
    "phone": "phone",
    "email": "email",
    "address": "address",
    "do_not_call": "do_not_call",
    "safe_contact_times": "safe_contact_times",
    "contact_rules": "contact_rules",
    "safety_flags": "safety_flags",
    "cultural_considerations": "cultural_considerations",
    "risk_level": "risk_level",
}
REQUIRED = ("first_name", "last_name")
TRUE_WORDS, FALSE_WORDS = {"yes", "y", "true", "1", "x"}, {"no", "n", "false", "0", ""}
RISK_LEVELS = {"low", "medium", "high"}
BOOLEAN_FIELDS = {"interpreter_needed", "do_not_call"}


def _header_map(header: list[str]) -> tuple[dict[int, str], list[str]]:
    """Columns by position. Problems name a column by its position, never by its text: in a
    file without its header row, the first line is a client's details."""
    mapping: dict[int, str] = {}
    problems = []
    for index, raw in enumerate(header):
        name = raw.strip().lower()
        if name not in COLUMNS:
            problems.append(f"line 1: column {index + 1} is not a known column name")
        elif name in mapping.values():
            problems.append(f"line 1: column {index + 1} repeats the column {name!r}")
        else:
            mapping[index] = name
    missing = [name for name in REQUIRED if name not in mapping.values()]
    problems += [f"line 1: required column {name!r} is missing" for name in missing]
    if len(mapping) < len(header):
        problems.append("line 1 must name the columns (see docs/import.md)")
    return mapping, problems


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError("must be a date written YYYY-MM-DD") from None


def _convert(column: str, text: str) -> object:
    """The typed value for one cell; ValueError with a reason when it does not fit."""
    field_name = COLUMNS[column]
    if field_name == "date_of_birth":
        return _iso_date(text) if text else None
    if field_name in BOOLEAN_FIELDS:
        word = text.lower()
        if word not in TRUE_WORDS | FALSE_WORDS:
            raise ValueError("must be yes or no")
        return word in TRUE_WORDS
    if field_name == "safety_flags":
        return [flag.strip() for flag in text.split(";") if flag.strip()]
    if field_name == "risk_level":
        if text.lower() not in RISK_LEVELS | {""}:
            raise ValueError("must be low, medium or high")
        return text.lower() or "low"
    if field_name == "preferred_language":
        return text or "en"
    return text or None


def _row_draft(line: int, cells: list[str], mapping: dict[int, str]) -> ClientDraft | str:
    if len(cells) != len(mapping):
        return f"line {line}: expected {len(mapping)} cells, found {len(cells)}"
    values: dict[str, object] = {}
    for index, column in mapping.items():
        try:
            values[COLUMNS[column]] = _convert(column, cells[index].strip())
        except ValueError as exc:  # our own messages: they never quote the cell's value
            return f"line {line}: {column} {exc}"
    for column in REQUIRED:
        if not values.get(COLUMNS[column]):
            return f"line {line}: {column} is empty"
    known = {f.name for f in fields(ClientDraft)}
    return ClientDraft(**{k: v for k, v in values.items() if k in known})  # type: ignore[arg-type]


def parse_clients_csv(text: str) -> list[ClientDraft]:
    """Validate a whole file; raise ImportRejected listing every problem found."""
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        return _parse(reader)
    except csv.Error:  # its message may quote part of the line: name the line only
        raise ImportRejected([f"line {reader.line_num}: not valid CSV"]) from None


def _parse(reader: Any) -> list[ClientDraft]:
    header = next(reader, None)
    if header is None:
        raise ImportRejected(["the file is empty"])
    mapping, problems = _header_map(header)
    if problems:
        raise ImportRejected(problems)
    drafts, problems = _rows(reader, mapping)
    if problems:
        raise ImportRejected(problems)
    return drafts


def _rows(reader: Any, mapping: dict[int, str]) -> tuple[list[ClientDraft], list[str]]:
    """Every data row: (drafts, problems). A row's line is where it starts (a quoted cell
    may span lines); blank rows are skipped."""
    drafts: list[ClientDraft] = []
    problems: list[str] = []
    line = reader.line_num
    for cells in reader:
        line, start = reader.line_num, line + 1
        if not any(cell.strip() for cell in cells):
            continue
        result = _row_draft(start, cells, mapping)
        if isinstance(result, str):
            problems.append(result)
        else:
            drafts.append(result)
    return drafts, problems


def read_csv_file(path: Path) -> str:
    try:
        return Path(path).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportRejected(["the file is not UTF-8 text (save it as CSV UTF-8)"]) from exc
    except OSError as exc:
        raise ImportRejected([f"the file cannot be read ({exc.strerror})"]) from exc


def import_clients(session: Session, drafts: list[ClientDraft], worker_id: str) -> ImportResult:
    """Write validated drafts; the caller's transaction makes it all-or-nothing. One audit
    event tells of the whole import (with its count), not one per row: an import of 5,000
    clients is one act, and its rows are in the outbox and the records themselves."""
    ids = tuple(_add_client(session, draft, worker_id) for draft in drafts)
    record_event(session, "clients.imported", count=len(ids))
    return ImportResult(imported=len(ids), client_ids=ids)


def _add_client(session: Session, draft: ClientDraft, worker_id: str) -> str:
    """records.create_client without its per-client audit event."""
    client = Client(id=uuid7(), **vars(draft), assigned_worker_id=worker_id)
    session.add(client)
    return client.id
