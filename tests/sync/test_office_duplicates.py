"""The office repeats the duplicate check across every laptop's clients and lists likely
duplicates for review, never merging them: two workers who took in the same person on two
laptops are listed; a pair a worker answered "a different person" for is not."""

import json
import subprocess
import sys
from datetime import date

from app.services import intake
from app.services.intake import ClientDetails
from server.duplicates import likely_duplicates
from tests.cli.helpers import ROOT

BORN = date(1979, 12, 1)


def take_in(vault, first, last, born=BORN, phone=None, different_from=()) -> str:
    details = ClientDetails(first, last, date_of_birth=born, phone=phone)
    with vault.session() as session:
        result = intake.create_client(session, details, vault.owner_id, different_from)
    assert result.client_id is not None, result.duplicates
    return result.client_id


def test_the_same_person_taken_in_on_two_laptops_is_listed_not_merged(local_office, tmp_path):
    alex = local_office.device(tmp_path / "alex", local_office.user("alex"))
    sam = local_office.device(tmp_path / "sam", local_office.user("sam"))
    rosa = take_in(alex, "Rosa", "Delgado")
    roza = take_in(sam, "Roza", "Delgadoh")
    take_in(sam, "Tomasz", "Kowalski", born=date(1990, 5, 5))
    for vault in (alex, sam):
        local_office.sync(vault)
    [pair] = likely_duplicates(local_office.settings)
    assert {pair.first_id, pair.second_id} == {rosa, roza}
    assert "date_of_birth" in pair.reasons and len(pair.reasons) >= 2
    assert sorted(w.split("-")[0] for w in pair.workers) == ["alex", "sam"]
    local_office.sync(alex)  # nothing was merged: each laptop still holds its own client
    with alex.session() as session:
        assert intake.client_details(session, rosa).legal_first_name == "Rosa"


def test_a_pair_answered_different_is_left_out(local_office, tmp_path):
    alex = local_office.device(tmp_path / "alex", local_office.user("alex"))
    first = take_in(alex, "Rosa", "Delgado", phone="555-0101")
    take_in(alex, "Rosa", "Delgado", phone="555-0101", different_from=(first,))
    local_office.sync(alex)
    assert likely_duplicates(local_office.settings) == []


def test_the_admin_command_lists_ids_and_reasons_only(local_office, tmp_path):
    alex = local_office.device(tmp_path / "alex", local_office.user("alex"))
    take_in(alex, "Zqxcanary", "Delgado")
    sam = local_office.device(tmp_path / "sam", local_office.user("sam"))
    take_in(sam, "Zqxcanary", "Delgado")
    for vault in (alex, sam):
        local_office.sync(vault)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "server",
            "duplicates",
            "--data",
            str(local_office.settings.data_dir),
            "--json",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    [line] = result.stdout.splitlines()
    assert json.loads(line)["reasons"] == ["name_sound", "date_of_birth"]
    assert "Zqxcanary" not in result.stdout + result.stderr  # ids and codes, never names
