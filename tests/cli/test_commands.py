"""The headless commands, as an administrator or a script runs them."""

import json

import pytest

from tests.cli.helpers import caseload
from tests.conftest import PASSPHRASE
from tests.files import snapshot

CSV = (
    "First_Name,LAST_NAME,preferred_name,date_of_birth,preferred_language,phone,safety_flags\n"
    "Marisol,Quintero,Mari,1984-05-06,es,555-0101,Dog on premises;Visit in pairs\n"
    "Tobias,Lindqvist,,1979-11-30,sv,,\n"
)


@pytest.fixture
def initialised(profile):
    result = caseload("init", "--profile", str(profile), "--passphrase-stdin", "--name", "Alex")
    assert result.returncode == 0, result.stderr
    return profile


def test_version():
    result = caseload("--version")
    assert result.returncode == 0 and result.stdout.startswith("caseload ")


def test_init_refuses_weak_passphrase(profile):
    result = caseload("init", "--profile", str(profile), "--passphrase-stdin", stdin="password1\n")
    assert result.returncode == 2
    assert "too weak" in result.stderr
    assert not (profile / "vault.json").exists()


def test_import_then_check_json_counts(initialised, tmp_path):
    csv_file = tmp_path / "clients.csv"
    csv_file.write_text(CSV)
    result = caseload("import", str(csv_file), "--profile", str(initialised), "--passphrase-stdin")
    assert result.returncode == 0, result.stderr
    assert "Imported 2 clients" in result.stdout
    check = caseload("check", "--json", "--profile", str(initialised), "--passphrase-stdin")
    assert check.returncode == 0, check.stderr
    report = json.loads(check.stdout)
    assert report["ok"] is True
    assert report["counts"]["client"] == 2
    assert {c["name"] for c in report["checks"]} >= {
        "cipher settings",
        "cipher integrity",
        "database integrity",
        "audit chain",
        "consent seals",
        "outbox",
    }


def test_bad_import_names_lines_and_saves_nothing(initialised, tmp_path):
    csv_file = tmp_path / "bad.csv"
    csv_file.write_text(
        "first_name,last_name,date_of_birth\nAda,Okoro,1990-02-30\n,Blank,1990-01-01\n"
        "Ben,Ode,1991-01-01\n"
    )
    before = snapshot(initialised)
    result = caseload("import", str(csv_file), "--profile", str(initialised), "--passphrase-stdin")
    assert result.returncode == 6
    assert "line 2: date_of_birth" in result.stderr
    assert "line 3: first_name is empty" in result.stderr
    assert "Okoro" not in result.stderr  # problems name lines, never echo values
    assert snapshot(initialised) == before  # validation happens before the vault is opened


def test_unknown_column_is_reported(initialised, tmp_path):
    csv_file = tmp_path / "bad.csv"
    csv_file.write_text("first_name,last_name,shoe_size\nA,B,9\n")
    result = caseload("import", str(csv_file), "--profile", str(initialised), "--passphrase-stdin")
    assert result.returncode == 6
    assert "line 1: column 3 is not a known column name" in result.stderr
    assert "shoe_size" not in result.stderr  # a header cell may be a client's name


def test_wrong_passphrase_exit_code(initialised):
    before = snapshot(initialised)
    result = caseload(
        "check",
        "--profile",
        str(initialised),
        "--passphrase-stdin",
        stdin="definitely wrong words\n",
    )
    assert result.returncode == 3
    assert "Wrong passphrase" in result.stderr
    after = snapshot(initialised)
    assert after.pop("unlock-attempts.json")  # the failure is counted (app/store/attempts.py)
    assert after == before  # and nothing else is written


def test_passwd_then_old_passphrase_fails(initialised):
    new = "seven purple walruses dancing"
    result = caseload(
        "passwd",
        "--profile",
        str(initialised),
        "--passphrase-stdin",
        stdin=f"{PASSPHRASE}\n{new}\n",
    )
    assert result.returncode == 0, result.stderr
    assert caseload("check", "--profile", str(initialised), "--passphrase-stdin").returncode == 3
    assert (
        caseload(
            "check", "--profile", str(initialised), "--passphrase-stdin", stdin=new + "\n"
        ).returncode
        == 0
    )


def test_check_fails_on_a_tampered_audit_chain(initialised):
    from app.store.vault import Vault

    vault = Vault.open(initialised, PASSPHRASE)
    with vault.session() as session:
        connection = session.connection()
        connection.exec_driver_sql("DROP TRIGGER audit_event_no_update")
        connection.exec_driver_sql("UPDATE audit_event SET action = 'forged' WHERE seq = 1")
    vault.lock()
    result = caseload("check", "--profile", str(initialised), "--passphrase-stdin")
    assert result.returncode == 1
    assert "broken at event 1" in result.stdout


def test_demo_creates_a_varied_caseload(profile):
    result = caseload("demo", "--profile", str(profile), "--passphrase-stdin", "--clients", "25")
    assert result.returncode == 0, result.stderr
    check = caseload("check", "--json", "--profile", str(profile), "--passphrase-stdin")
    counts = json.loads(check.stdout)["counts"]
    assert counts["client"] == 25 and counts["case_file"] == 25
    assert counts["case_note"] >= 25 and counts["task"] >= 25 and counts["visit"] >= 25


def test_no_keyring_refuses_without_flag(profile, tmp_path):
    no_bus = {"DBUS_SESSION_BUS_ADDRESS": f"unix:path={tmp_path}/no-bus"}
    result = caseload("init", "--profile", str(profile), "--passphrase-stdin", env=no_bus)
    assert result.returncode == 5
    assert "--no-keyring" in result.stderr
    assert not (profile / "vault.json").exists()
    result = caseload(
        "init", "--profile", str(profile), "--passphrase-stdin", "--no-keyring", env=no_bus
    )
    assert result.returncode == 0, result.stderr
    assert "passphrase-only" in result.stderr
    check = caseload("check", "--profile", str(profile), "--passphrase-stdin", env=no_bus)
    assert check.returncode == 0
    assert "WARN" in check.stdout and "passphrase-only" in check.stdout


def test_an_unexpected_error_has_its_own_exit_code_and_withholds_its_message(
    monkeypatch, capsys
) -> None:
    """A fault is not "check found problems" (1): exit 70, and the message (which might hold
    client data) is not printed."""
    from app import cli

    def broken(_args: object, _source: object) -> int:
        raise KeyError("Canary Clientname")

    args = cli.build_parser().parse_args(["check", "--profile", "/nonexistent"])
    monkeypatch.setitem(cli.COMMANDS, "check", (broken, cli.COMMANDS["check"][1]))
    assert cli.run_command(args) == 70
    err = capsys.readouterr().err
    assert "KeyError" in err and "Canary" not in err


def test_profile_given_before_the_command_is_the_one_used(profile, tmp_path):
    """`caseload --profile P init` once created the vault in the default folder instead."""
    default_home = tmp_path / "home"
    result = caseload(
        "--profile",
        str(profile),
        "init",
        "--passphrase-stdin",
        env={"XDG_DATA_HOME": str(default_home)},
    )
    assert result.returncode == 0, result.stderr
    assert (profile / "vault.json").exists()
    assert not default_home.exists() or not any(default_home.rglob("vault.db"))
