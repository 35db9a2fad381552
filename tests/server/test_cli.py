"""`caseload-server` commands: the main paths as a subprocess (`python -m server`), the
refusals in-process through server.cli.main (same code, without the start-up cost)."""

import json
import os
import subprocess
import sys

import pytest

from server.cli import main
from server.config import Settings
from server.enroll import decode_code
from tests.server.live import ROOT


def cli(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "server", *args]
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env, timeout=60)


@pytest.fixture
def data(tmp_path):
    return str(tmp_path / "srv")


def test_admin_commands(tmp_path, data):
    init = cli("init", "--data", data, "--host", "office.example", "--port", "9443")
    assert init.returncode == 0, init.stderr
    fingerprint = init.stdout.split("fingerprint: ")[1].strip()
    assert len(fingerprint) == 64
    assert Settings.load(data).url == "https://office.example:9443"
    for secret in ("keys/data.key", "tls/key.pem", "server.json", "server.db"):
        assert oct((tmp_path / "srv" / secret).stat().st_mode)[-3:] == "600", secret

    assert cli("user", "add", "--data", data, "--role", "supervisor", "Sue").returncode == 0
    add = cli("user", "add", "--data", data, "--role", "worker", "--supervisor", "Sue", "Ann")
    assert add.returncode == 0 and len(add.stdout.strip()) == 36
    code = cli("enroll-code", "--data", data, "Ann")
    assert code.returncode == 0 and code.stdout.startswith("CL1.")
    fields = decode_code(code.stdout.strip())
    assert fields["fp"] == fingerprint and fields["url"] == "https://office.example:9443"
    listed = cli("device", "list", "--data", data, "--json")
    assert listed.returncode == 0 and json.loads(listed.stdout) == []


def test_refusals_and_options(data, capsys):
    assert main(["init", "--data", data]) == 0
    assert main(["init", "--data", data]) == 2  # never overwrites keys
    assert main(["user", "add", "--data", data, "--role", "worker", "Ann"]) == 0
    assert main(["user", "add", "--data", data, "--role", "worker", "Ann"]) == 2
    assert main(["user", "add", "--data", data, "--role", "worker", "--supervisor", "X", "B"]) == 2
    with pytest.raises(SystemExit):
        main(["user", "add", "--data", data, "--role", "boss", "Max"])
    capsys.readouterr()
    assert main(["enroll-code", "--data", data, "--url", "https://10.1.2.3:9443", "Ann"]) == 0
    assert decode_code(capsys.readouterr().out.strip())["url"] == "https://10.1.2.3:9443"
    assert main(["enroll-code", "--data", data, "Nobody"]) == 2
    assert main(["device", "list", "--data", data]) == 0
    assert capsys.readouterr().out.startswith("id")
    assert main(["device", "revoke", "--data", data, "no-such-device"]) == 2
    assert "no device" in capsys.readouterr().err
    assert main(["case", "assign", "--data", data, "no-such-case", "Ann"]) == 2
    assert main(["compact", "--data", data, "--horizon-days", "30"]) == 0
    assert json.loads(capsys.readouterr().out)["records"] == 0
    assert main(["compact", "--data", data + "-missing"]) == 2
    assert main([]) == 2


def test_serve_refuses_unsafe_configurations(tmp_path, data, capsys):
    assert main(["init", "--data", data]) == 0
    refused = cli("serve", "--data", data, "--dev-insecure-http", "--host", "0.0.0.0")
    assert refused.returncode == 2 and "loopback" in refused.stderr
    missing = ["serve", "--data", data, "--cert", str(tmp_path / "no.pem"), "--key", "k.pem"]
    assert main(missing) == 2 and "missing" in capsys.readouterr().err
    assert main(["serve", "--data", data, "--cert", "only-a-cert.pem"]) == 2


def test_daily_sync_time_is_kept_and_served(data, capsys):
    from server.config import Settings

    assert main(["init", "--data", data]) == 0
    assert main(["daily-sync-time", "--data", data, "25:00"]) == 2  # not a time of day
    assert Settings.load(data).daily_sync_time is None
    assert main(["daily-sync-time", "--data", data, "17:30"]) == 0
    assert Settings.load(data).daily_sync_time == "17:30"
    assert main(["daily-sync-time", "--data", data, "off"]) == 0
    assert Settings.load(data).daily_sync_time is None
