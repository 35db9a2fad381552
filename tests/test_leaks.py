"""No plaintext at rest: a canary client name never reaches any file the app could touch."""

import os
import subprocess
import sys

import pytest

from tests.cli.helpers import ROOT, caseload
from tests.conftest import PASSPHRASE
from tests.leakscan import scan

CANARY_FIRST, CANARY_LAST = "Zqxcanaryfirst", "Vmwcanarylast"

SESSION_SCRIPT = """
import sys
from app.services.caseload import CaseloadQuery, caseload_ids, caseload_rows
from app.services.records import get_client_record
from app.services.vaults import open_vault
for _ in range(2):  # unlock, read, lock, twice
    vault = open_vault(sys.argv[1], sys.argv[2])
    with vault.session() as session:
        ids = caseload_ids(session, CaseloadQuery(search=sys.argv[3]))
        rows = caseload_rows(session, ids)
        record = get_client_record(session, ids[0])
    assert record.legal_name.startswith(sys.argv[3])
    vault.lock()
print("ok")
"""


@pytest.fixture
def sandbox(tmp_path):
    """Every place the app may write: profile, HOME, XDG dirs and TMPDIR, all under tmp_path."""
    dirs = {name: tmp_path / name for name in ("home", "config", "cache", "data", "tmp")}
    for path in dirs.values():
        path.mkdir()
    env = {
        "HOME": str(dirs["home"]),
        "XDG_CONFIG_HOME": str(dirs["config"]),
        "XDG_CACHE_HOME": str(dirs["cache"]),
        "XDG_DATA_HOME": str(dirs["data"]),
        "TMPDIR": str(dirs["tmp"]),
    }
    return tmp_path, env


def test_canary_client_never_on_disk(sandbox):
    root, env = sandbox
    profile = root / "data" / "profile"
    csv_file = root / "import.csv"
    csv_file.write_text(f"first_name,last_name,phone\n{CANARY_FIRST},{CANARY_LAST},555-0199\n")
    assert (
        caseload("init", "--profile", str(profile), "--passphrase-stdin", env=env).returncode == 0
    )
    result = caseload(
        "import", str(csv_file), "--profile", str(profile), "--passphrase-stdin", env=env
    )
    assert result.returncode == 0, result.stderr
    csv_file.unlink()  # the spreadsheet itself is the office's file, not the app's
    assert (
        caseload("check", "--profile", str(profile), "--passphrase-stdin", env=env).returncode == 0
    )
    session = subprocess.run(
        [sys.executable, "-c", SESSION_SCRIPT, str(profile), PASSPHRASE, CANARY_FIRST],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **env},
        timeout=120,
    )
    assert session.stdout.strip() == "ok", session.stderr
    assert not (profile / "vault.db").read_bytes().startswith(b"SQLite format 3")
    for canary in (CANARY_FIRST, CANARY_LAST):
        assert scan([root], canary) == []


def test_scan_would_catch_a_plaintext_copy(sandbox):
    """Negative control: the same scan flags a canary written the way a careless app would."""
    root, _ = sandbox
    (root / "tmp" / "draft.txt").write_text(f"note about {CANARY_FIRST}", encoding="utf-16")
    assert scan([root], CANARY_FIRST) == [root / "tmp" / "draft.txt"]


NOTES_SCRIPT = """
import sys
from app.services.casework import open_case
from app.services.notes import NoteFields, add_addendum, save_draft, sign_note, start_note
from app.services.records import ClientDraft, create_client
from app.services.vaults import create_vault
profile, passphrase, canary = sys.argv[1:4]
vault = create_vault(profile, passphrase, "Alex Rivera")
with vault.session() as s:
    client = create_client(s, ClientDraft("Ines", "Quarrow"), vault.owner_id)
    case = open_case(s, client, "Housing", vault.owner_id)
    draft = start_note(s, client, "dap", vault.owner_id, case)
    save_draft(s, draft.id, NoteFields(sections={"data": f"draft mentions {canary}"}))
    signed = start_note(s, client, "soap", vault.owner_id, case)
    save_draft(s, signed.id, NoteFields(sections={"subjective": f"signed {canary} text"}))
    sign_note(s, signed.id, vault.owner_id)
    extra = add_addendum(s, signed.id, vault.owner_id, reason="Correction")
    save_draft(s, extra.id, NoteFields(sections={"text": f"addendum {canary}"}))
    sign_note(s, extra.id, vault.owner_id)
for _ in range(3):  # autosave-like churn: many small committed updates of the draft
    with vault.session() as s:
        save_draft(s, draft.id, NoteFields(sections={"data": f"draft v2 {canary} more"}))
vault.lock()
print("ok")
"""


def test_canary_in_notes_never_on_disk(sandbox):
    root, env = sandbox
    canary = "Wqxnotecanary"
    result = subprocess.run(
        [sys.executable, "-c", NOTES_SCRIPT, str(root / "data" / "p"), PASSPHRASE, canary],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **env},
        timeout=120,
    )
    assert result.stdout.strip() == "ok", result.stderr
    assert scan([root], canary) == []
