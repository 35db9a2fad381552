"""An autosaved draft survives the app being killed (SIGKILL: no cleanup, no close events).

A child process opens the vault, shows a NoteEditor on the real worker thread, types, waits
until the status line says "Saved", reports it and keeps running; the test kills it.
"""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
from pathlib import Path

from app.services.vaults import Vault, open_vault
from app.ui.notes import NoteEditor, NotesAccess
from app.ui.tasks import SyncTaskRunner
from tests.conftest import PASSPHRASE
from tests.ui.test_notes import (
    destroy_closed_widgets,  # noqa: F401 (autouse fixture)
    notes_setup,
)

ROOT = Path(__file__).resolve().parents[2]
TYPED = "Kitchen was cold; heating broken since Tuesday. Landlord not told yet."
CHILD = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from app.services.vaults import open_vault
from app.ui.notes import NoteEditor, NotesAccess
from app.ui.tasks import ThreadedTaskRunner

profile, client_id, case_id, typed = sys.argv[1:5]
passphrase = sys.stdin.readline().rstrip("\n")
app = QApplication([])
vault = open_vault(profile, passphrase)
runner = ThreadedTaskRunner()
editor = NoteEditor(
    runner, NotesAccess(vault), client_id, "Client", case_id=case_id, author_id=vault.owner_id
)
editor.show()

def type_when_started():
    if editor.note_id is None:
        QTimer.singleShot(20, type_when_started)
        return
    QTest.keyClicks(editor.ui.form.boxes["data"], typed)
    report_when_saved()

def report_when_saved():
    if editor.ui.status.text().startswith("Saved ") and not editor.has_unsaved_changes:
        print("saved", editor.note_id, flush=True)  # then keep running until killed
        return
    QTimer.singleShot(20, report_when_saved)

QTimer.singleShot(0, type_when_started)
app.exec()
"""


def read_line(process: subprocess.Popen[str], timeout: float) -> str:
    assert process.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        if not selector.select(timeout):
            return ""
    return process.stdout.readline()


def start_child(profile: Path, client_id: str, case_id: str) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}  # same keyring session as the tests
    process = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(profile), client_id, case_id, TYPED],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=env,
    )
    assert process.stdin is not None
    process.stdin.write(PASSPHRASE + "\n")
    process.stdin.flush()
    return process


def test_autosaved_draft_survives_sigkill(qtbot, vault: Vault, profile: Path) -> None:
    setup = notes_setup(vault)
    vault.lock()  # the child process is the app now
    child = start_child(profile, setup.client_id, setup.case_id)
    try:
        line = read_line(child, timeout=60)
        if not line.startswith("saved "):
            child.kill()
            _out, err = child.communicate(timeout=10)
            raise AssertionError(f"child did not save: {line!r}\n{err[-2000:]}")
        note_id = line.split()[1]
        assert child.poll() is None  # still running, editor open, when it is killed
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL

    reopened = open_vault(profile, PASSPHRASE)
    try:
        notes = NotesAccess(reopened)
        drafts = notes.open_drafts(reopened.owner_id)
        assert [d.id for d in drafts] == [note_id]
        assert drafts[0].first_words.startswith("Kitchen was cold;")
        editor = NoteEditor(
            SyncTaskRunner(),
            notes,
            setup.client_id,
            "Client",
            note_id=note_id,
            author_id=reopened.owner_id,
        )
        qtbot.addWidget(editor)
        assert editor.ui.form.boxes["data"].toPlainText() == TYPED
        assert not editor.is_signed and editor.ui.form.goals.count() == 1  # plan loaded too
    finally:
        reopened.lock()
