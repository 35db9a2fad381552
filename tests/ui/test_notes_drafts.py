"""Unfinished drafts to resume, and the screen lock saving open editors before the key goes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.services.notes import NoteFields
from app.services.vaults import Vault, open_vault
from app.ui.notes import NoteEditor, OpenDrafts, pending_note_saves, save_then
from app.ui.notes.access import NotesAccess
from app.ui.notes.lock import open_editors
from app.ui.notes.text import EMPTY
from app.ui.tasks import SyncTaskRunner, ThreadedTaskRunner
from tests.conftest import PASSPHRASE
from tests.ui.test_notes import (
    destroy_closed_widgets,  # noqa: F401 (autouse fixture)
    editor_for,
    notes_setup,
)


def test_open_drafts_lists_and_resumes(qtbot, vault: Vault) -> None:
    setup = notes_setup(vault)
    owner = vault.owner_id
    empty = setup.notes.start(setup.client_id, "birp", owner, setup.case_id).note
    written = setup.notes.start(setup.client_id, "dap", owner, setup.case_id).note
    fields = setup.notes.save_draft(written.id, _fields("Met at the library about the lease"))
    signed = setup.notes.start(setup.client_id, "free", owner).note
    setup.notes.sign(signed.id, owner, _fields("Done.", key="text"))
    drafts = OpenDrafts(SyncTaskRunner())
    qtbot.addWidget(drafts)
    assert drafts.count() == 0 and drafts.empty.isVisibleTo(drafts)
    drafts.attach(setup.notes, owner)
    rows = [
        [drafts.list.topLevelItem(row).text(column) for column in (1, 2)]
        for row in range(drafts.count())
    ]
    assert sorted(rows) == sorted([["BIRP", EMPTY], ["DAP", "Met at the library about the lease"]])
    assert fields.sections["data"].startswith("Met")
    target = next(
        drafts.list.topLevelItem(r)
        for r in range(2)
        if drafts.list.topLevelItem(r).text(1) == "DAP"
    )
    drafts.list.setCurrentItem(target)
    with qtbot.waitSignal(drafts.resume_requested) as resumed:
        drafts.resume_button.click()
    assert resumed.args == [written.id, setup.client_id]
    with qtbot.waitSignal(drafts.resume_requested) as resumed:
        qtbot.keyClick(drafts.list, Qt.Key.Key_Return)
    assert resumed.args == [written.id, setup.client_id]
    assert empty.id != written.id
    drafts.clear()
    assert drafts.count() == 0 and not drafts.resume_button.isEnabled()


def test_lock_saves_open_editors_then_locks(qtbot, vault: Vault, profile: Path) -> None:
    setup = notes_setup(vault)
    editor = editor_for(qtbot, setup)
    untouched = editor_for(qtbot, setup)
    qtbot.keyClicks(editor.ui.form.boxes["plan"], "Typed a moment before the lock.")
    saves = pending_note_saves()  # what the controller collects before invalidating jobs
    assert len(saves) == 1  # the untouched editor has nothing to save
    editor.reject()  # close_dialogs() then rejects every dialog: no second save
    untouched.reject()
    save_then(saves, vault.lock)()  # the one job the controller submits
    assert vault.is_locked
    reopened = open_vault(profile, PASSPHRASE)
    try:
        text = NotesAccess(reopened).get(editor.note_id).note.sections["plan"]
        assert text == "Typed a moment before the lock."
    finally:
        reopened.lock()


def test_a_failing_save_does_not_stop_the_lock(vault: Vault) -> None:
    def broken() -> None:
        raise RuntimeError("disk full")

    save_then([broken], vault.lock)()
    assert vault.is_locked


def _fields(text: str, key: str = "data") -> NoteFields:
    return NoteFields(sections={key: text})


def test_controller_lock_saves_the_open_editor(qtbot, make_controller, vault, profile) -> None:
    """Even before the controller calls pending_save(), its lock (invalidate, reject every
    dialog, then lock on the worker) keeps what was typed, and leaves no text on screen."""
    setup = notes_setup(vault)
    runner = ThreadedTaskRunner()
    controller = make_controller(runner)
    controller.start_unlocked(vault)
    editor = NoteEditor(
        runner,
        setup.notes,
        setup.client_id,
        "Mari (she/her)",
        case_id=setup.case_id,
        author_id=vault.owner_id,
        parent=controller.window,
    )
    editor.show()
    qtbot.waitUntil(lambda: editor.note_id is not None and not editor.ui.form.goals.isHidden())
    qtbot.keyClicks(editor.ui.form.boxes["data"], "Typed, then the lid was closed.")
    note_id = editor.note_id
    assert editor in open_editors()  # found by pending_note_saves() although it has a parent
    controller.lock()
    qtbot.waitUntil(lambda: vault.is_locked)
    assert not editor.isVisible()
    assert editor.ui.form.boxes["data"].toPlainText() == "" and editor.ui.header.client.text() == ""
    reopened = open_vault(profile, PASSPHRASE)
    try:
        assert NotesAccess(reopened).get(note_id).note.sections["data"] == (
            "Typed, then the lid was closed."
        )
    finally:
        reopened.lock()


def test_threaded_escape_waits_for_the_save(qtbot, vault: Vault) -> None:
    setup = notes_setup(vault)
    runner = ThreadedTaskRunner()
    try:
        editor = NoteEditor(runner, setup.notes, setup.client_id, "Mari", author_id=vault.owner_id)
        qtbot.addWidget(editor)
        editor.show()
        qtbot.waitUntil(lambda: editor.note_id is not None)
        qtbot.keyClicks(editor.ui.form.boxes["plan"], "Book the interpreter.")
        qtbot.keyClick(editor.ui.form.boxes["plan"], Qt.Key.Key_Escape)
        assert editor.isVisible() and editor.ui.status.text() == "Saving…"  # GUI not blocked
        qtbot.waitUntil(lambda: not editor.isVisible())
        assert setup.notes.get(editor.note_id).note.sections["plan"] == "Book the interpreter."
    finally:
        runner.shutdown()
