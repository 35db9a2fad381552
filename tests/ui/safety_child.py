"""The safety section in a process of its own, for the leak test (test_safety_leaks.py).

Run as `python -m tests.ui.safety_child CANARY` with HOME, the XDG folders, TMPDIR and the
working directory in a sandbox. It starts as app/ui/bootstrap.py does (temporary files
confined first), makes a vault, types the canary into the safety plan (the client's words)
and a mandated report (what was disclosed), saves both, reads them back on screen, locks,
and prints one JSON line: what it saw.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from app.ui.printing.spool import confine_temp_files, confined_dir, empty_temp_dir
from tests.ui.assessment_child import PASSPHRASE, _client


def _fill(section: object, canary: str) -> bool:
    from PySide6.QtTest import QTest

    section.edit_plan()  # type: ignore[attr-defined]
    QTest.keyClicks(section.dialog.words, f"In my words {canary}")  # type: ignore[attr-defined]
    section.dialog.ok.click()  # type: ignore[attr-defined]
    saved = section.dialog is None  # type: ignore[attr-defined]
    section.new_report()  # type: ignore[attr-defined]
    dialog = section.dialog  # type: ignore[attr-defined]
    QTest.keyClicks(dialog.agency, "Child protection")
    QTest.keyClicks(dialog.disclosed, f"Disclosed {canary}")
    QTest.keyClicks(dialog.basis, "Mandated reporter")
    dialog.ok.click()
    return saved and section.dialog is None  # type: ignore[attr-defined]


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
    saved = _fill(tab.safety, canary)
    tab.load()
    section = tab.safety
    section.reports.setCurrentItem(section.reports.topLevelItem(0))
    app.processEvents()
    tab.grab()  # paints the client's words and the disclosure
    shown = canary in section.plan.toPlainText() and canary in section.report.toPlainText()
    tab.clear()
    vault.lock()
    report = {"saved": saved, "shown": shown, "left": sorted(os.listdir(confined_dir() or "."))}
    print(json.dumps(report), flush=True)
    app.quit()
    empty_temp_dir()


if __name__ == "__main__":
    main(sys.argv[1])
