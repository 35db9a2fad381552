"""`caseload enroll` and `caseload sync` as real subprocesses, passphrase on standard input,
against the live HTTPS server."""

from __future__ import annotations

import json
import signal

import pytest

from app.services.vaults import open_vault
from app.sync.protocol import MAX_BATCH
from server import admin
from server.enroll import decode_code, encode_code
from tests.cli.helpers import caseload
from tests.conftest import PASSPHRASE
from tests.sync.kill9_helpers import (
    finish,
    log_size,
    seed_tasks,
    start_sync,
    sync_until_done,
    unacknowledged,
    wait_for_requests,
)


@pytest.fixture
def initialised(profile):
    result = caseload("init", "--profile", str(profile), "--passphrase-stdin", "--name", "Cleo")
    assert result.returncode == 0, result.stderr
    return profile


def test_enroll_then_sync_prints_the_receipt(initialised, https_office, live):
    name = https_office.user("cleo")
    enrolled = caseload(
        "enroll", "--profile", str(initialised), "--passphrase-stdin", https_office.code(name)
    )
    assert enrolled.returncode == 0, enrolled.stderr
    assert "Enrolled with https://127.0.0.1" in enrolled.stdout
    synced = caseload("sync", "--profile", str(initialised), "--passphrase-stdin")
    assert synced.returncode == 0, synced.stderr
    receipt = json.loads(synced.stdout)
    assert receipt["rejected"] == [] and receipt["wiped"] is False
    assert receipt["checksums"] and all(c["match"] for c in receipt["checksums"].values())
    assert receipt["pushed"] == 0 and receipt["duration_ms"] >= 0


def test_enroll_with_a_forged_fingerprint_fails_in_plain_words(initialised, https_office):
    fields = decode_code(https_office.code(https_office.user("cleo")))
    forged = encode_code(fields["url"], "ab" * 32, fields["secret"])
    result = caseload("enroll", "--profile", str(initialised), "--passphrase-stdin", forged)
    assert result.returncode == 8
    assert "certificate does not match" in result.stderr
    assert "Traceback" not in result.stderr


def test_sync_before_enrolling_says_so(initialised):
    result = caseload("sync", "--profile", str(initialised), "--passphrase-stdin")
    assert result.returncode == 8
    assert "not enrolled" in result.stderr and result.stdout == ""


def test_revoked_device_is_wiped_with_its_own_exit_code(initialised, https_office, live):
    name = https_office.user("cleo")
    args = ("--profile", str(initialised), "--passphrase-stdin")
    assert caseload("enroll", *args, https_office.code(name)).returncode == 0
    [device] = [d for d in admin.list_devices(live.settings) if d["worker"] == name]
    admin.revoke_device(live.settings, device["id"])
    result = caseload("sync", *args)
    assert result.returncode == 10
    assert json.loads(result.stdout)["wiped"] is True
    assert "revoked this device" in result.stderr
    assert not initialised.exists()


def test_ctrl_c_stops_the_sync_between_batches_and_the_next_sync_finishes(
    initialised, https_office, live
):
    name = https_office.user("cleo")
    args = ("--profile", str(initialised), "--passphrase-stdin")
    assert caseload("enroll", *args, https_office.code(name)).returncode == 0
    vault = open_vault(initialised, PASSPHRASE)
    seed_tasks(vault, MAX_BATCH * 3)  # three batches at least
    vault.lock()
    offset = log_size(live)
    child = start_sync(initialised)
    assert wait_for_requests(live, offset, "/v1/push", 1, child) is not None
    child.send_signal(signal.SIGINT)
    code, stdout, stderr = finish(child)
    assert code == 7 and "Sync stopped" in stderr and "Traceback" not in stderr
    left = unacknowledged(initialised)
    assert 0 < left < MAX_BATCH * 3  # the first batch was kept, the rest waits
    receipt = sync_until_done(initialised)
    assert receipt["pushed"] == left and all(c["match"] for c in receipt["checksums"].values())
