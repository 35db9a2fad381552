"""`caseload check` on a vault with a damaged page in the middle of its file: a report (JSON)
that names the page, exit code 1 ("problems found"), and no traceback."""

import json
from pathlib import Path

from app.services.importer import import_clients, parse_clients_csv
from app.services.vaults import create_vault
from tests.cli.helpers import caseload
from tests.conftest import PASSPHRASE

CLIENTS = 600
PAGE_SIZE = 4096  # SQLCipher 4's default, pinned by the vault


def _vault_with_clients(profile: Path) -> None:
    rows = "".join(f"Name{n},Surname{n},555-{n:04d},{n} Long Street\n" for n in range(CLIENTS))
    drafts = parse_clients_csv("first_name,last_name,phone,address\n" + rows)
    vault = create_vault(profile, PASSPHRASE, "Alex Rivera")
    try:
        with vault.session() as session:
            import_clients(session, drafts, vault.owner_id)
    finally:
        vault.lock()


def _damage_middle_page(database: Path) -> int:
    """Flips bytes inside the middle page; returns its number (SQLite counts from 1)."""
    data = bytearray(database.read_bytes())
    pages = len(data) // PAGE_SIZE
    page = pages // 2 + 1
    start = (page - 1) * PAGE_SIZE + 100
    for offset in range(start, start + 16):
        data[offset] ^= 0xFF
    database.write_bytes(bytes(data))
    return page


def test_check_reports_a_damaged_page_as_a_problem(profile):
    _vault_with_clients(profile)
    database = profile / "vault.db"
    assert not Path(f"{database}-wal").exists() or Path(f"{database}-wal").stat().st_size == 0
    assert database.stat().st_size // PAGE_SIZE >= 20  # a real middle, away from the schema
    page = _damage_middle_page(database)
    result = caseload("check", "--json", "--profile", str(profile), "--passphrase-stdin")
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] is False
    assert {"problem": "damaged_page", "page": page} in report["problems"]
    integrity = next(c for c in report["checks"] if c["name"] == "cipher integrity")
    assert integrity["ok"] is False and str(page) in integrity["detail"]


def test_a_healthy_vault_has_no_problems(profile):
    _vault_with_clients(profile)
    result = caseload("check", "--json", "--profile", str(profile), "--passphrase-stdin")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] is True and report["problems"] == []
    assert report["counts"]["client"] == CLIENTS
