"""No plaintext at rest, for intake: a client named with a canary is taken in through the
app's own window (New client, the duplicate step for a sound-alike of them, Edit details), a
household member named with another canary is added on the Intake tab, and a screening's
reason holds a third; all in a child process with HOME, the XDG folders, TMPDIR and its
working directory in a sandbox. Afterwards no file anywhere in the sandbox holds a canary
(tests/leakscan.py also decodes base64, UTF-16, compressed streams).

Run as a child: `python -m tests.test_intake_leaks FIRST LAST MEMBER REASON`.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from tests.leakscan import scan
from tests.ui.printing.test_print_leaks import PLACES, run_in_sandbox, sandbox  # noqa: F401

FIRST, LAST = "Zqxintakefirst", "Vmwintakelast"
MEMBER = "Kjqhouseholdcanary"
REASON = "Pzvscreeningreason"
PASSPHRASE = "orange tractor seventeen lanterns"


def test_intake_leaves_no_canary_on_disk(sandbox: dict[str, Path]) -> None:  # noqa: F811
    report = run_in_sandbox("tests.test_intake_leaks", sandbox, FIRST, LAST, MEMBER, REASON)
    assert report["clients"] == 2 and report["duplicates_shown"] == 1
    assert report["people"] == [MEMBER] and report["locked"]
    assert report["title"] == "Caseload"  # no client in a window title
    for canary in (FIRST, LAST, MEMBER, REASON):
        assert scan([sandbox[name] for name in (*PLACES, "runtime")], canary) == [], canary


def test_the_scan_sees_a_canary_where_it_is(tmp_path: Path) -> None:
    """Negative control: a canary written in the clear, and base64-encoded, is found."""
    import base64

    (tmp_path / "plain.txt").write_text(f"client: {FIRST} {LAST}")
    (tmp_path / "b64.txt").write_bytes(base64.b64encode(MEMBER.encode()))
    assert scan([tmp_path], LAST) == [tmp_path / "plain.txt"]
    assert scan([tmp_path], MEMBER) == [tmp_path / "b64.txt"]


# -- the child process ---------------------------------------------------------------------


def _take_in(controller: object, first: str, last: str, answer: bool = False) -> int:
    """New client through the window; returns how many possible duplicates were shown."""
    window = controller.window  # type: ignore[attr-defined]
    window.new_client_action.trigger()
    dialog = controller.intake.desk.dialog  # type: ignore[attr-defined]
    dialog.first.setText(first)
    dialog.last.setText(last)
    dialog.phone.setText("555-0142")
    dialog.ok.click()
    shown = dialog.duplicates.list.topLevelItemCount() if dialog.duplicates.isVisible() else 0
    if answer:
        dialog.duplicates.different.click()
    return shown


def _intake_tab(controller: object, member: str, reason: str) -> list[str]:
    from app.ui.intake.tab import IntakeTab

    record = controller.window.workspace.record  # type: ignore[attr-defined]
    record.show_tab("intake")
    tab: IntakeTab = record.intake
    tab.add_person("household")
    tab.dialog.name.setText(member)
    tab.dialog.relationship.setText("son")
    tab.dialog.ok.click()
    tab.record_screening()
    tab.dialog.program.setCurrentText("Housing stability")
    tab.dialog.reason.setPlainText(reason)
    tab.dialog.ok.click()
    return [p.details.name for p in tab.shown.people] if tab.shown else []


def main(first: str, last: str, member: str, reason: str) -> None:
    from app.ui.printing.spool import confine_temp_files, empty_temp_dir

    confine_temp_files()  # as app/ui/bootstrap.py does, before Qt starts
    from PySide6.QtWidgets import QApplication

    from app.services.vaults import create_vault
    from app.ui.controller import AppController
    from app.ui.tasks import SyncTaskRunner

    app = QApplication(sys.argv[:1])
    profile = Path(os.environ["XDG_DATA_HOME"]) / "profile"
    vault = create_vault(profile, PASSPHRASE, "Alex Rivera")
    controller = AppController(profile, SyncTaskRunner())
    controller.start_unlocked(vault)
    _take_in(controller, first, last)
    shown = _take_in(controller, first + "h", last, answer=True)  # a sound-alike: asked
    controller.intake.edit_open_client()
    edit = controller.intake.desk.dialog
    edit.preferred.setText(first[:6])
    edit.ok.click()
    people = _intake_tab(controller, member, reason)
    from app.services.intake import ClientDetails, find_duplicates

    with vault.session() as session:
        clients = len(find_duplicates(session, ClientDetails(first, last)))
    title = controller.window.windowTitle()
    controller.lock()
    report = {
        "clients": clients,
        "duplicates_shown": shown,
        "people": people,
        "locked": vault.is_locked,
        "title": title,
    }
    controller.shutdown()
    print(json.dumps(report), flush=True)
    app.quit()
    empty_temp_dir()


if __name__ == "__main__":
    main(*sys.argv[1:5])
