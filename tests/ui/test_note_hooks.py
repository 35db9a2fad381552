"""The note editor inside the app: Ctrl+N on a record, locking with a draft open, the draft
waiting on the Today view, and a signed note opened from the timeline."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from app.services.notes import NoteFields, open_drafts, save_draft, sign_note, start_note
from app.services.vaults import Vault
from app.ui.notes import NoteEditor
from tests.conftest import PASSPHRASE
from tests.ui.conftest import open_record, started


@pytest.fixture(autouse=True)
def destroy_closed_widgets() -> Iterator[None]:
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, NoteEditor):
            widget.reject()
            widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def editors() -> list[NoteEditor]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, NoteEditor) and w.isVisible()
    ]


def test_ctrl_n_writes_a_note_that_survives_the_lock(make_controller, one_client, qtbot) -> None:
    controller = started(make_controller, one_client.vault, qtbot)
    open_record(controller, one_client.client_id)
    qtbot.keyClick(controller.window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(editors()) == 1)
    editor = editors()[0]
    assert editor.windowTitle() == "Case note"  # no client data in titles
    qtbot.keyClicks(editor.ui.form.boxes["data"], "Met at the food bank.")
    controller.lock()  # Ctrl+L with an unsaved draft open
    assert editors() == []
    assert one_client.vault.is_locked
    reopened = Vault.open(one_client.vault.paths.root, PASSPHRASE)
    with reopened.session() as session:
        drafts = open_drafts(session, reopened.owner_id)
    assert [d.sections["data"] for d in drafts] == ["Met at the food bank."]
    controller.start_unlocked(reopened)
    qtbot.waitUntil(lambda: controller.notes.drafts.count() == 1)
    controller.notes.drafts.resume_requested.emit(drafts[0].id, one_client.client_id)
    qtbot.waitUntil(lambda: len(editors()) == 1)
    assert editors()[0].ui.form.boxes["data"].toPlainText() == "Met at the food bank."
    controller.lock()


def test_a_signed_note_opens_read_only_from_the_timeline(make_controller, one_client, qtbot):
    vault = one_client.vault
    with vault.session() as session:
        note = start_note(session, one_client.client_id, "free", vault.owner_id, one_client.case_id)
        save_draft(session, note.id, NoteFields(sections={"text": "Phone check-in."}))
        sign_note(session, note.id, vault.owner_id)
    controller = started(make_controller, vault, qtbot)
    record = open_record(controller, one_client.client_id)
    record.show_tab("timeline")
    timeline = record.timeline
    qtbot.waitUntil(lambda: any(e.record_id == note.id for e in timeline.entries))
    item = next(i for i in timeline.items() if i.data(0, Qt.ItemDataRole.UserRole) == note.id)
    timeline.list.itemActivated.emit(item, 0)
    qtbot.waitUntil(lambda: len(editors()) == 1)
    editor = editors()[0]
    assert editor.is_signed
    assert editor.ui.form.boxes["text"].isReadOnly()
    controller.lock()
