"""The assessment form in a process of its own, for the leak test (test_assessment_leaks.py).

Run as `python -m tests.ui.assessment_child CANARY` with HOME, the XDG folders, TMPDIR and
the working directory in a sandbox. It starts as app/ui/bootstrap.py does (temporary files
confined first), makes a vault in XDG_DATA_HOME, opens the Assessment tab of a client, types
the canary into the form (needs, the client's own words, a new safety flag) and saves it,
reads it back on screen, locks, and prints one JSON line: what it saw.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from app.ui.printing.spool import confine_temp_files, confined_dir, empty_temp_dir

PASSPHRASE = "orange tractor seventeen lanterns"


def _client(vault: object) -> tuple[str, str]:
    from app.services.casework import open_case
    from app.services.records import ClientDraft, create_client

    with vault.session() as session:  # type: ignore[attr-defined]
        client_id = create_client(session, ClientDraft("Test", "Client"), vault.owner_id)  # type: ignore[attr-defined]
        return client_id, open_case(session, client_id, "Housing", vault.owner_id)  # type: ignore[attr-defined]


def _fill_and_save(tab: object, canary: str) -> None:
    from PySide6.QtTest import QTest

    dialog = tab.dialog  # type: ignore[attr-defined]
    page = dialog.show_section("housing")
    page.rating.set_value(3)
    QTest.keyClicks(page.needs, f"Needs {canary}")
    QTest.keyClicks(page.words, f"In my words {canary}")
    QTest.keyClicks(dialog.risk.new_flags, f"Flag {canary}")
    dialog.ok.click()


def main(canary: str) -> None:
    confine_temp_files()
    from PySide6.QtWidgets import QApplication

    from app.services.vaults import create_vault
    from app.ui.access import VaultAccess
    from app.ui.assessment.tab import AssessmentTab
    from app.ui.tasks import SyncTaskRunner

    app = QApplication(sys.argv[:1])
    vault = create_vault(Path(os.environ["XDG_DATA_HOME"]) / "profile", PASSPHRASE, "Alex Rivera")
    access = VaultAccess(vault)
    client_id, case_id = _client(vault)
    tab = AssessmentTab(SyncTaskRunner())
    tab.attach(access)
    tab.set_record(access.client_record(client_id), case_id)
    tab.show()
    tab.new_assessment()
    _fill_and_save(tab, canary)
    saved = tab.dialog is None
    tab.load()
    tab.list.setCurrentItem(tab.list.topLevelItem(0))
    app.processEvents()
    tab.grab()  # paints the client's words
    shown = canary in tab.details.toPlainText()
    flagged = any(canary in flag for flag in access.client_record(client_id).safety_flags)
    tab.clear()
    vault.lock()
    report = {"saved": saved, "shown": shown, "flagged": flagged}
    report["left"] = sorted(os.listdir(confined_dir() or "."))
    print(json.dumps(report), flush=True)
    app.quit()
    empty_temp_dir()


if __name__ == "__main__":
    main(sys.argv[1])
