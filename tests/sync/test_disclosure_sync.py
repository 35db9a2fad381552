"""Disclosures travel over real HTTPS: a covered disclosure, one made under a legal basis (flagged
for the supervisor) and the record that the client was told reach the office and the supervisor's
laptop; the office lists the flag by ids and codes; an edit of a disclosure is refused by the
office (append-only)."""

from __future__ import annotations

import hashlib
import json
from datetime import date

import pytest
from sqlalchemy import text

from app.models import Disclosure
from app.services.disclosures import (
    DisclosureDraft,
    disclosure_history,
    record_client_told,
    record_disclosure,
    supervisor_flags,
)
from server.cli import main as server_cli
from tests.sync.factory import add_client
from tests.sync.test_consent_sync import take_consent

CLINIC = "Clínica del Valle"
CRISIS = "Equipo de crisis Zqxcanary"
REASON = "Dijo que esta noche se quitará la vida; el equipo de crisis debe saberlo."
PACKET = hashlib.sha256(b"packet").hexdigest()


@pytest.fixture
def team(https_office, tmp_path):
    """A worker's laptop and their supervisor's."""
    boss = https_office.user("sam", "supervisor")
    worker = https_office.user("wren", "worker", supervisor=boss)
    return (
        https_office.device(tmp_path / "worker", worker),
        https_office.device(tmp_path / "supervisor", boss),
    )


def share(vault, client_id, recipient, **basis):
    draft = DisclosureDraft(recipient, "Coordinate care with the clinic", ("health",), (), "both")
    with vault.session() as session:
        return record_disclosure(
            session, client_id, draft, vault.owner_id, PACKET, date.today(), **basis
        ).id


def test_disclosures_and_the_flag_reach_the_office_and_the_supervisor(https_office, team, capsys):
    worker, supervisor = team
    client_id = add_client(worker)
    consent_id = take_consent(worker, client_id)
    covered = share(worker, client_id, CLINIC)
    urgent = share(worker, client_id, CRISIS, legal_basis="imminent_risk", legal_reason=REASON)
    with worker.session() as session:
        record_client_told(session, covered, date.today(), "phone", worker.owner_id)
    assert https_office.sync(worker).rejected == []
    https_office.sync(supervisor)

    with supervisor.session() as session:
        history = {d.id: d for d in disclosure_history(session, client_id)}
        flags = supervisor_flags(session)
    assert history[covered].consent_id == consent_id and history[covered].client_told
    assert history[urgent].legal_reason == REASON and not history[urgent].client_told
    assert [(f.disclosure_id, f.legal_basis) for f in flags] == [(urgent, "imminent_risk")]

    data = str(https_office.settings.data_dir)
    assert server_cli(["disclosures", "--flagged", "--json", "--data", data]) == 0
    out = capsys.readouterr()
    [line] = out.out.splitlines()
    listed = json.loads(line)
    assert (listed["disclosure_id"], listed["legal_basis"]) == (urgent, "imminent_risk")
    assert listed["worker_id"] == worker.owner_id
    assert "Zqxcanary" not in out.out + out.err and "quitará" not in out.out


def test_an_edited_disclosure_is_refused_by_the_office(https_office, team):
    worker, supervisor = team
    client_id = add_client(worker)
    urgent = share(worker, client_id, CRISIS, legal_basis="court_order", legal_reason=REASON)
    https_office.sync(worker)
    with worker.session() as session:
        session.execute(text("DROP TRIGGER disclosure_no_update"))
        row = session.get(Disclosure, urgent)
        row.flagged_for_supervisor = False
        row.recipient_name = "Somebody else"
    receipt = https_office.sync(worker)
    assert [r["reason"] for r in receipt.rejected] == ["append_only"]
    https_office.sync(supervisor)
    with supervisor.session() as session:
        (arrived,) = disclosure_history(session, client_id)
    assert arrived.flagged_for_supervisor and arrived.recipient_name == CRISIS
