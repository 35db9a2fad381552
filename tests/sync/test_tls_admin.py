"""`caseload-server tls rotate/activate/status/install` on a data directory, what the server
announces to devices at each step, and `caseload enroll --repin` as a real subprocess."""

from __future__ import annotations

import json

import pytest

from app.services.vaults import open_vault
from server import rotation
from server.cli import main as server_cli
from server.launch import prepare
from server.serve import warn_if_expiring
from server.tls import certificate_names
from server.tls import fingerprint as file_fingerprint
from tests.cli.helpers import caseload
from tests.conftest import PASSPHRASE
from tests.server.live import live_server
from tests.sync.factory import add_client
from tests.sync.office import Office
from tests.sync.tls_helpers import Authority, Running


@pytest.fixture
def data(tmp_path):
    prepare(tmp_path / "office")
    return tmp_path / "office"


def tls(data, *args: str) -> int:
    return server_cli(["tls", *args, "--data", str(data)])


def status(data, capsys) -> dict:
    capsys.readouterr()
    assert tls(data, "status", "--json") == 0
    return json.loads(capsys.readouterr().out)


def test_status_rotate_and_activate(data, capsys):
    settings = prepare(data)
    first = status(data, capsys)
    current = file_fingerprint(settings.cert_file)
    assert first["current"]["fingerprint"] == current and first["next"] is None
    assert first["current"]["days_left"] >= 824  # the self-signed lifetime, shown plainly

    assert tls(data, "rotate") == 0
    rotating = status(data, capsys)
    upcoming = rotating["next"]["fingerprint"]
    assert rotating["current"]["fingerprint"] == current != upcoming
    files = rotation.TlsFiles.of(settings)
    assert certificate_names(files.next_cert) == certificate_names(files.cert)
    assert files.next_key.stat().st_mode & 0o077 == 0
    assert tls(data, "rotate") == 2  # one rotation at a time
    assert "already waiting" in capsys.readouterr().err

    old_key = files.key.read_bytes()
    assert tls(data, "activate") == 0
    switched = status(data, capsys)
    assert switched["current"]["fingerprint"] == upcoming and switched["next"] is None
    assert switched["previous"]["fingerprint"] == current
    assert files.key.read_bytes() != old_key and not files.next_key.exists()
    assert tls(data, "activate") == 2
    assert "no next certificate" in capsys.readouterr().err


def test_plain_text_status_names_each_certificate_and_its_expiry(data, capsys):
    assert tls(data, "rotate", "--days", "90") == 0
    capsys.readouterr()
    assert tls(data, "status") == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == ["current", "next"]
    assert "(89 days)" in lines[1] or "(90 days)" in lines[1]


def test_what_devices_are_told_at_each_step(data):
    settings = prepare(data)
    served = rotation.presented_anchor(settings)
    assert rotation.announced_pins(served, settings) == [served]
    rotation.rotate(settings)
    upcoming = rotation.TlsFiles.of(settings).next_cert.read_text()
    assert rotation.announced_pins(served, settings) == [served, upcoming]
    rotation.activate(settings)  # not restarted: the old one is still presented
    assert rotation.announced_pins(served, settings) == [served, upcoming]
    restarted = rotation.presented_anchor(settings)
    assert rotation.announced_pins(restarted, settings) == [upcoming]


def test_office_ca_install_checks_the_certificate(data, tmp_path, capsys):
    authority = Authority.create(tmp_path / "ca")
    leaf, key = authority.issue(tmp_path / "ca", "leaf")
    other, other_key = authority.issue(tmp_path / "ca", "other")
    assert tls(data, "install", "--cert", str(leaf), "--key", str(key)) == 2  # no CA yet
    mismatched = ["--cert", str(leaf), "--key", str(other_key), "--ca", str(authority.cert)]
    assert tls(data, "install", *mismatched) == 2
    assert "key does not belong" in capsys.readouterr().err
    assert tls(data, "install", "--cert", str(leaf), "--key", str(key),
               "--ca", str(authority.cert)) == 0  # fmt: skip
    assert status(data, capsys)["office_ca"]["fingerprint"] == file_fingerprint(authority.cert)
    assert tls(data, "rotate") == 2  # a CA-issued certificate is renewed by the CA
    assert rotation.anchor_fingerprint(prepare(data)) == file_fingerprint(authority.cert)


def test_cli_repin_of_a_stranded_enrolled_vault(tmp_path):
    profile = tmp_path / "profile"
    with live_server(tmp_path / "office", enroll_rate_limit=10_000) as started:
        running = Running(started)
        try:
            _cli_flow(running, profile)
        finally:
            running.server.stop()


def _cli_flow(running: Running, profile) -> None:
    office = Office.over_https(running.server.settings)
    name = office.user("cleo")
    args = ("--profile", str(profile), "--passphrase-stdin")
    assert caseload("init", *args, "--name", "Cleo").returncode == 0
    assert caseload("enroll", *args, office.code(name)).returncode == 0
    vault = open_vault(profile, PASSPHRASE)
    add_client(vault)  # unsent when the office's certificate changes
    vault.lock()
    assert server_cli(["tls", "rotate", "--activate", "--data", str(office.settings.data_dir)]) == 0
    running.restart()

    stranded = caseload("sync", *args)
    assert stranded.returncode == 11 and "Traceback" not in stranded.stderr
    assert "certificate changed. Ask your supervisor for a re-connection code" in stranded.stderr
    plain = caseload("enroll", *args, office.code(name))  # what the review found: refused
    assert plain.returncode == 8 and "enroll --repin" in plain.stderr
    repinned = caseload("enroll", "--repin", *args, office.code(name))
    assert repinned.returncode == 0, repinned.stderr
    assert "unsent changes go at the next" in repinned.stdout
    synced = caseload("sync", *args)
    assert synced.returncode == 0, synced.stderr
    assert json.loads(synced.stdout)["pushed"] >= 1


def test_the_server_warns_at_start_when_its_certificate_expires_soon(data, caplog):
    settings = prepare(data)
    warn_if_expiring(settings)
    assert "tls rotate" not in caplog.text  # 825 days left: nothing to say
    assert tls(data, "rotate", "--days", "30", "--activate") == 0
    warn_if_expiring(settings)
    assert "expires in 29 days" in caplog.text or "expires in 30 days" in caplog.text
