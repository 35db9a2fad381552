"""Certificate rotation over real HTTPS on loopback (issue 10, item 5): the office announces
its next certificate inside the authenticated session, laptops pin both through the overlap
and follow the switch without action; a laptop stranded by a certificate replaced without
overlap (or expired) is told plainly and re-pinned with a fresh one-time code, losing nothing;
a certificate from the office's own CA is accepted when the laptop pinned that CA."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from app.models import CaseNote
from app.services.vaults import create_vault
from app.sync import outgoing, state
from app.sync.enroll import repin
from app.sync.errors import CertificateChanged, CertificateExpired, EnrollRefused
from server import rotation
from server.cli import main as server_cli
from server.enroll import decode_code, encode_code
from server.tls import create_self_signed
from server.tls import fingerprint as file_fingerprint
from tests.conftest import PASSPHRASE
from tests.server.live import live_server, prepare
from tests.sync.factory import add_caseload, write_note
from tests.sync.office import Office
from tests.sync.tls_helpers import Authority, Running, pinned, presenting

CHANGED = (
    "The office's certificate changed. Ask your supervisor for a re-connection code; your "
    "unsent work is kept."
)
SERVER_OVERRIDES = {"enroll_rate_limit": 10_000}


@pytest.fixture
def running(tmp_path) -> Iterator[Running]:
    with live_server(tmp_path / "office", **SERVER_OVERRIDES) as server:
        current = Running(server)
        yield current
        current.server.stop()


@pytest.fixture
def office(running) -> Iterator[Office]:
    office = Office.over_https(running.server.settings)
    yield office
    office.close()


def tls(running: Running, *args: str) -> int:
    return server_cli(["tls", *args, "--data", str(running.server.settings.data_dir)])


def unsent(vault) -> int:
    with vault.session() as session:
        return outgoing.pending_changes(session)


# -- rotation with an overlap -----------------------------------------------------------------


def test_laptops_follow_a_rotation_and_the_old_certificate_is_retired(running, office, tmp_path):
    first = office.device(tmp_path / "first", office.user("ana"))
    second = office.device(tmp_path / "second", office.user("ben"))
    old = running.server.fingerprint
    for laptop in (first, second):
        office.sync(laptop)
    assert tls(running, "rotate") == 0
    upcoming = rotation.status(running.server.settings)["next"]["fingerprint"]

    for laptop in (first, second):  # the overlap: both learn the next certificate
        office.sync(laptop)
        assert pinned(laptop) == [old, upcoming]
    files = rotation.TlsFiles.of(running.server.settings)
    shutil.copyfile(files.cert, tmp_path / "old-cert.pem")
    shutil.copyfile(files.key, tmp_path / "old-key.pem")

    assert tls(running, "activate") == 0
    assert running.restart().fingerprint == upcoming
    mine = add_caseload(first)  # written after the switch, goes through without any action
    for laptop in (first, second):
        assert office.sync(laptop).rejected == []
        assert pinned(laptop) == [upcoming]  # the old one is dropped: no longer presented
    assert unsent(first) == 0 and mine.note_id

    shutil.copyfile(tmp_path / "old-cert.pem", files.cert)  # the retired certificate again
    shutil.copyfile(tmp_path / "old-key.pem", files.key)
    running.restart()
    with pytest.raises(CertificateChanged, match="certificate changed"):
        office.sync(second)


def test_an_activated_certificate_stays_announced_until_the_server_presents_it(
    running, office, tmp_path
):
    laptop = office.device(tmp_path / "laptop", office.user("cy"))
    old = running.server.fingerprint
    assert tls(running, "rotate", "--activate") == 0  # switched on disk, not yet restarted
    office.sync(laptop)
    new = file_fingerprint(running.server.settings.cert_file)
    assert pinned(laptop) == [old, new]
    running.restart()
    office.sync(laptop)
    assert pinned(laptop) == [new]


# -- a stranded laptop --------------------------------------------------------------------


def test_stranded_laptop_is_repinned_with_a_fresh_code_and_nothing_is_lost(
    running, office, tmp_path
):
    boss = office.user("sam", "supervisor")
    name = office.user("wren", supervisor=boss)
    laptop = office.device(tmp_path / "laptop", name)
    office.sync(laptop)
    device_id = office.device_id(laptop)
    mine = add_caseload(laptop)
    write_note(laptop, mine.note_id, "Rent arrears discussed at home.", sign=True)
    waiting = unsent(laptop)

    assert tls(running, "rotate", "--activate") == 0  # replaced with no overlap
    running.restart()
    with pytest.raises(CertificateChanged) as refused:
        office.sync(laptop)
    assert str(refused.value) == CHANGED
    assert unsent(laptop) == waiting  # nothing lost

    repinned = repin(laptop, office.code(name))
    assert repinned.device_id == office.device_id(laptop) == device_id
    assert pinned(laptop) == [running.server.fingerprint]
    receipt = office.sync(laptop)
    assert receipt.pushed == waiting and receipt.rejected == []
    assert unsent(laptop) == 0

    supervisor = office.device(tmp_path / "supervisor", boss)
    office.sync(supervisor)
    with supervisor.session() as session:
        note = session.scalars(select(CaseNote).where(CaseNote.id == mine.note_id)).one()
    assert note.status == "signed" and "Rent arrears" in note.sections["data"]


def test_repin_needs_a_fresh_code_for_the_same_worker(running, office, tmp_path):
    name, other = office.user("lou"), office.user("max")
    laptop = office.device(tmp_path / "laptop", name)
    assert tls(running, "rotate", "--activate") == 0
    running.restart()
    with pytest.raises(EnrollRefused, match="wrong, used or expired"):
        repin(laptop, office.code(other))  # a code for someone else
    code = office.code(name)
    repin(laptop, code)
    with pytest.raises(EnrollRefused, match="wrong, used or expired"):
        repin(laptop, code)  # one use only
    assert office.sync(laptop).rejected == []


def test_an_expired_pinned_certificate_is_never_accepted(https_office, tmp_path):
    laptop = https_office.device(tmp_path / "laptop", https_office.user("eve"))
    add_caseload(laptop)
    waiting = unsent(laptop)
    cert, key = tmp_path / "expired.pem", tmp_path / "expired.key"
    create_self_signed(cert, key, [], lifetime=-dt.timedelta(minutes=1))
    with presenting(cert, key) as url:
        with laptop.session() as session:  # the pinned certificate, now past its end date
            state.put(session, state.SERVER_URL, url)
            state.put(session, state.SERVER_CERT, cert.read_text())
        with pytest.raises(CertificateExpired) as refused:
            https_office.sync(laptop)
    assert str(refused.value) == CHANGED.replace("changed.", "has expired.")
    assert unsent(laptop) == waiting


def test_a_code_naming_an_expired_certificate_is_refused(https_office, tmp_path):
    cert, key = tmp_path / "expired.pem", tmp_path / "expired.key"
    fp = create_self_signed(cert, key, [], lifetime=-dt.timedelta(minutes=1))
    name = https_office.user("flo")
    laptop = https_office.device(tmp_path / "laptop", name)
    fields = decode_code(https_office.code(name))
    code = encode_code(fields["url"], fp, fields["secret"])
    with pytest.raises(EnrollRefused, match="certificate has expired"):
        repin(laptop, code, fetch=lambda _url: cert.read_text())


# -- the office's own CA ------------------------------------------------------------------


def test_a_laptop_pinning_the_office_ca_accepts_a_reissued_certificate(tmp_path):
    data = tmp_path / "office"
    authority = Authority.create(tmp_path / "ca")
    leaf, leaf_key = authority.issue(tmp_path / "ca", "server-1")
    prepare(data)
    files = ["--ca", str(authority.cert), "--cert", str(leaf), "--key", str(leaf_key)]
    assert server_cli(["tls", "install", *files, "--data", str(data)]) == 0
    with live_server(data, **SERVER_OVERRIDES) as started:
        running = Running(started)
        _office_ca_flow(running, authority, tmp_path)
        running.server.stop()


def _office_ca_flow(running: Running, authority: Authority, tmp_path) -> None:
    office = Office.over_https(running.server.settings)
    try:
        laptop = office.device(tmp_path / "laptop", office.user("hal"))
        ca_fp = file_fingerprint(authority.cert)
        assert pinned(laptop) == [ca_fp]
        add_caseload(laptop)
        assert office.sync(laptop).rejected == []

        reissued, reissued_key = authority.issue(tmp_path / "ca", "server-2")  # a new key
        assert tls(running, "install", "--cert", str(reissued), "--key", str(reissued_key)) == 0
        running.restart()
        assert running.server.fingerprint == file_fingerprint(reissued)
        add_caseload(laptop, "Noor", "Haddad")
        assert office.sync(laptop).pushed > 0 and pinned(laptop) == [ca_fp]

        stranger = Authority.create(tmp_path / "other", "Another CA")
        foreign, foreign_key = stranger.issue(tmp_path / "other", "server")
        assert tls(running, "install", "--cert", str(foreign), "--key", str(foreign_key)) == 2
        files = rotation.TlsFiles.of(running.server.settings)
        shutil.copyfile(foreign, files.cert)  # forced past the check: laptops still refuse
        shutil.copyfile(foreign_key, files.key)
        running.restart()
        with pytest.raises(CertificateChanged):
            office.sync(laptop)
    finally:
        office.close()


def test_a_vault_enrolled_before_stays_refused_by_plain_enroll(https_office, tmp_path):
    name = https_office.user("ida")
    vault = create_vault(tmp_path / "laptop", PASSPHRASE, name)
    https_office.vaults.append(vault)
    https_office.enroll(vault, name)
    with pytest.raises(EnrollRefused, match="enroll --repin"):
        https_office.enroll(vault, name)
