"""`caseload passwd` re-encrypts under a new key; `caseload recover` works from the header's
spare copy (issue 10)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.helpers import caseload
from tests.conftest import PASSPHRASE

NEW = "seven purple walruses dancing"
RECOVERED = "a recovered passphrase here"


def _run(*args: str, stdin: str = PASSPHRASE + "\n") -> int:
    result = caseload(*args, stdin=stdin)
    assert "Traceback" not in result.stderr
    return result.returncode


@pytest.fixture
def initialised(profile: Path, tmp_path: Path) -> Path:
    keys = tmp_path / "office"
    assert _run("recovery-keygen", "--out", str(keys)) == 0
    public = str(keys / "recovery-public.key")
    assert (
        _run(
            "init", "--profile", str(profile), "--passphrase-stdin", "--recovery-public-key", public
        )
        == 0
    )
    return profile


def test_passwd_leaves_an_old_vault_json_useless(initialised: Path) -> None:
    old_header = (initialised / "vault.json").read_bytes()
    passwd = ("passwd", "--profile", str(initialised), "--passphrase-stdin")
    assert _run(*passwd, stdin=f"{PASSPHRASE}\n{NEW}\n") == 0
    check = ("check", "--profile", str(initialised), "--passphrase-stdin")
    assert _run(*check, stdin=NEW + "\n") == 0
    (initialised / "vault.json").write_bytes(old_header)
    (initialised / "backups" / "vault.header.bak").write_bytes(old_header)
    assert _run(*check) != 0  # the old passphrase unwraps the old key, which reads nothing


def test_passwd_with_a_wrong_current_passphrase_changes_nothing(initialised: Path) -> None:
    header = (initialised / "vault.json").read_bytes()
    passwd = ("passwd", "--profile", str(initialised), "--passphrase-stdin")
    assert _run(*passwd, stdin=f"not the passphrase at all\n{NEW}\n") == 3
    assert (initialised / "vault.json").read_bytes() == header


def test_recover_with_a_damaged_vault_json(initialised: Path, tmp_path: Path) -> None:
    header = initialised / "vault.json"
    header.write_bytes(header.read_bytes().replace(b'"nonce": "', b'"nonce": "A', 1))
    private = str(tmp_path / "office" / "recovery-private.key")
    recover = ("recover", "--profile", str(initialised), "--passphrase-stdin")
    assert _run(*recover, "--recovery-private-key", private, stdin=RECOVERED + "\n") == 0
    check = ("check", "--profile", str(initialised), "--passphrase-stdin")
    assert _run(*check, stdin=RECOVERED + "\n") == 0
