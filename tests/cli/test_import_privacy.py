"""`caseload import` names lines and columns, never what a cell holds, and leaves one audit
event per import (with the count), not one per row."""

from pathlib import Path

import pytest
from sqlalchemy import select

from app.models.meta import AuditEvent
from app.services.vaults import open_vault
from tests.cli.helpers import caseload
from tests.conftest import PASSPHRASE

CANARY_NAME, CANARY_SURNAME, CANARY_PHONE = "Zephyrinecanary", "Quillbrook", "555-0199-4417"


@pytest.fixture
def initialised(profile: Path) -> Path:
    result = caseload("init", "--profile", str(profile), "--passphrase-stdin", "--name", "Alex")
    assert result.returncode == 0, result.stderr
    return profile


def _import(profile: Path, csv_file: Path) -> tuple[int, str]:
    result = caseload("import", str(csv_file), "--profile", str(profile), "--passphrase-stdin")
    return result.returncode, result.stdout + result.stderr


def _audit_actions(profile: Path) -> list[tuple[str, dict]]:
    """Every audit event but the vault's own unlock and lock events (each open adds them)."""
    vault = open_vault(profile, PASSPHRASE)
    try:
        with vault.session() as session:
            rows = session.execute(select(AuditEvent.action, AuditEvent.detail)).all()
    finally:
        vault.lock()
    return [
        (action, dict(detail or {})) for action, detail in rows if not action.startswith("vault.")
    ]


def test_a_file_without_its_header_row_prints_no_cell(initialised, tmp_path):
    csv_file = tmp_path / "no-header.csv"
    csv_file.write_text(
        f"{CANARY_NAME},{CANARY_SURNAME},{CANARY_PHONE}\nTobias,Lindqvist,555-0102\n"
    )
    code, output = _import(initialised, csv_file)
    assert code == 6
    for canary in (CANARY_NAME, CANARY_SURNAME, CANARY_PHONE):
        assert canary not in output
    assert "line 1: column 1" in output and "line 1: column 3" in output


def test_duplicate_and_unknown_columns_are_named_by_position(initialised, tmp_path):
    csv_file = tmp_path / "odd.csv"
    csv_file.write_text(f"first_name,last_name,{CANARY_NAME},last_name\nA,B,C,D\n")
    code, output = _import(initialised, csv_file)
    assert code == 6 and CANARY_NAME not in output
    assert "line 1: column 3" in output and "line 1: column 4" in output


def test_one_audit_event_per_import(initialised, tmp_path):
    rows = 7
    csv_file = tmp_path / "clients.csv"
    csv_file.write_text(
        "first_name,last_name\n" + "".join(f"Name{n},Surname{n}\n" for n in range(rows))
    )
    before = [action for action, _ in _audit_actions(initialised)]
    code, output = _import(initialised, csv_file)
    assert code == 0, output
    added = list(_audit_actions(initialised))[len(before) :]
    assert [action for action, _ in added] == ["clients.imported"]
    assert added[0][1].get("count") == rows
