"""The case note editor: templates, autosave into the vault, the language check, signing,
signed notes staying unchanged, addenda, and what the screen lock gets from it."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from app.services import plan
from app.services.casework import open_case
from app.services.notes import NoteLocked
from app.services.records import ClientDraft, create_client
from app.services.vaults import Vault
from app.ui.notes import NoteEditor, NotesAccess
from app.ui.notes.dialogs import AddendumDialog
from app.ui.notes.text import LOCKED, SIGN_WARNING
from app.ui.tasks import SyncTaskRunner

INTERNAL = ("QScrollBar", "QWidget", "QSplitterHandle", "QComboBoxListView")  # Qt's own parts
HEADER = "Mari (she/her) · Dog on premises"
ADDICT = (
    "'addict' — consider 'person with a substance use disorder' (labels the person by a condition)"
)


@dataclass(frozen=True)
class Setup:
    vault: Vault
    notes: NotesAccess
    client_id: str
    case_id: str
    goal_id: str


def notes_setup(vault: Vault) -> Setup:
    """A client with an open case whose plan has one goal."""
    with vault.session() as session:
        draft = ClientDraft("Maria", "Lopez", preferred_name="Mari", pronouns="she/her")
        client_id = create_client(session, draft, vault.owner_id)
        case_id = open_case(session, client_id, "Housing stability", vault.owner_id)
        goal_id = plan.add_goal(session, case_id, "Keep the tenancy")
    return Setup(vault, NotesAccess(vault), client_id, case_id, goal_id)


@pytest.fixture(autouse=True)
def destroy_closed_widgets() -> Iterator[None]:
    """Delete this test's widgets (closed and deleteLater()'d by qtbot) before the test ends,
    so the objects they hold are freed inside this test, not while the next one runs (the
    None-reference guard in tests/conftest.py counts frees as losses)."""
    yield
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@pytest.fixture
def setup(vault: Vault) -> Setup:
    return notes_setup(vault)


def editor_for(qtbot, setup: Setup, **options: object) -> NoteEditor:
    editor = NoteEditor(
        SyncTaskRunner(),
        setup.notes,
        setup.client_id,
        HEADER,
        case_id=setup.case_id,
        author_id=setup.vault.owner_id,
        **options,  # type: ignore[arg-type]
    )
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()  # as when it opens on the worker's screen: shortcuts work
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def answer(editor: NoteEditor, choice: str) -> None:
    """Click a button of the editor's open question (confirmation or addendum dialog)."""
    question = editor.question
    assert question is not None and question.isVisible()
    buttons = {b.text(): b for b in question.findChildren(QPushButton)}
    buttons[choice].click()


def stored(setup: Setup, note_id: str) -> dict[str, str]:
    return setup.notes.get(note_id).note.sections


def write_and_sign(qtbot, editor: NoteEditor, text: str = "Visited at home.") -> None:
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    qtbot.keyClicks(editor.ui.form.boxes["data"], text)
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    answer(editor, "Sign anyway" if "addict" in text else "Sign note")
    assert editor.is_signed


# -- writing --------------------------------------------------------------------------------
def test_write_a_soap_note_and_autosave(qtbot, setup: Setup) -> None:
    editor = editor_for(qtbot, setup)
    form = editor.ui.form
    assert editor.windowTitle() == "Case note"
    assert editor.ui.header.client.text() == HEADER
    assert editor.note is not None and editor.note.template == "dap"
    first_id = editor.note_id
    assert setup.notes.open_drafts(setup.vault.owner_id)[0].id == first_id  # saved at once
    form.template.setFocus()
    qtbot.keyClick(form.template, Qt.Key.Key_Down)  # DAP -> SOAP, while the note is empty
    assert editor.note.template == "soap" and list(form.boxes) == [
        "subjective",
        "objective",
        "assessment",
        "plan",
    ]
    assert form.boxes["objective"].placeholderText() == "Facts you observed or verified."
    editor.autosave.timer.setInterval(50)
    form.contact.setCurrentIndex(form.contact.findData("home"))
    form.goals.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(form.boxes["subjective"], "Says the rent is paid up to date.")
    assert not form.template.isEnabled()  # sections are no longer empty
    qtbot.keyClicks(form.boxes["plan"], "Call the landlord on Monday.")
    qtbot.waitUntil(lambda: editor.ui.status.text().startswith("Saved "))
    saved = setup.notes.get(editor.note_id).note
    assert saved.sections["subjective"] == "Says the rent is paid up to date."
    assert saved.sections["plan"] == "Call the landlord on Monday."
    assert saved.contact_type == "home" and saved.goals_addressed == (setup.goal_id,)
    drafts = setup.notes.open_drafts(setup.vault.owner_id)
    assert [d.id for d in drafts] == [editor.note_id] and drafts[0].template == "soap"
    assert first_id not in {d.id for d in drafts}  # the empty DAP draft was replaced


def test_escape_saves_then_closes_and_keeps_the_draft(qtbot, setup: Setup) -> None:
    editor = editor_for(qtbot, setup)
    qtbot.keyClicks(editor.ui.form.boxes["plan"], "Bring the forms.")
    note_id = editor.note_id
    qtbot.keyClick(editor.ui.form.boxes["plan"], Qt.Key.Key_Escape)
    assert not editor.isVisible()
    assert stored(setup, note_id)["plan"] == "Bring the forms."
    assert editor.ui.form.boxes["plan"].toPlainText() == ""  # forgotten once closed
    reopened = editor_for(qtbot, setup, note_id=note_id)
    assert reopened.ui.form.boxes["plan"].toPlainText() == "Bring the forms."


def test_discard_needs_confirmation(qtbot, setup: Setup) -> None:
    editor = editor_for(qtbot, setup)
    qtbot.keyClicks(editor.ui.form.boxes["data"], "Wrong client.")
    editor.ui.discard.click()
    answer(editor, "Keep draft")
    assert editor.isVisible() and setup.notes.open_drafts(setup.vault.owner_id)
    editor.ui.discard.click()
    with qtbot.waitSignal(editor.discarded):
        answer(editor, "Discard draft")
    assert not editor.isVisible()
    assert setup.notes.open_drafts(setup.vault.owner_id) == []


# -- the language check ---------------------------------------------------------------------
def test_language_check_flags_while_typing_and_before_signing(qtbot, setup: Setup) -> None:
    editor = editor_for(qtbot, setup)
    box = editor.ui.form.boxes["assessment"]
    qtbot.keyClicks(box, "Client is an addict, says he wants help.")
    panel = editor.ui.side.findings
    qtbot.waitUntil(lambda: panel.lines() == [f"Assessment: {ADDICT}"])
    selections = box.extraSelections()
    assert len(selections) == 1 and selections[0].cursor.selectedText() == "addict"
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    question = editor.question
    assert isinstance(question, QMessageBox)
    assert ADDICT in question.text() and SIGN_WARNING in question.text()
    answer(editor, "Go back")
    assert not editor.is_signed
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(editor.signed):
        answer(editor, "Sign anyway")
    assert editor.is_signed and setup.notes.get(editor.note_id).note.is_signed


# -- signing and signed notes ------------------------------------------------------------------
def test_sign_shows_hash_and_makes_everything_read_only(qtbot, setup: Setup) -> None:
    editor = editor_for(qtbot, setup)
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert editor.question is None and "empty note" in editor.ui.status.text()
    write_and_sign(qtbot, editor)
    view = setup.notes.get(editor.note_id)
    assert view.note.is_signed and view.verified
    header = editor.ui.header
    assert view.note.content_hash in header.hash.text()
    assert "unchanged since signing" in header.hash.text()
    assert header.signature.text().startswith("Signed by Alex Rivera on ")
    form = editor.ui.form
    assert all(box.isReadOnly() for box in form.boxes.values())
    assert form.location.isReadOnly() and form.when.isReadOnly() and form.duration.isReadOnly()
    assert not form.contact.isEnabled() and not form.template.isEnabled()
    assert editor.ui.sign.isHidden() and editor.ui.save.isHidden() and editor.ui.discard.isHidden()
    assert editor.pending_save() is None


def test_typing_into_a_signed_note_does_nothing(qtbot, setup: Setup) -> None:
    editor = editor_for(qtbot, setup)
    write_and_sign(qtbot, editor)
    signed = editor_for(qtbot, setup, note_id=editor.note_id)
    box = signed.ui.form.boxes["data"]
    qtbot.keyClicks(box, " Changed later.")
    qtbot.keyClicks(signed.ui.form.location, "Elsewhere")
    assert box.toPlainText() == "Visited at home." and signed.ui.form.location.text() == ""
    assert not signed.has_unsaved_changes and signed.pending_save() is None
    with pytest.raises(NoteLocked, match="cannot be changed"):
        setup.notes.save_draft(editor.note_id, signed.ui.form.fields())
    assert stored(setup, editor.note_id)["data"] == "Visited at home."


def test_saving_a_draft_signed_elsewhere_shows_the_locked_message(qtbot, setup: Setup) -> None:
    first = editor_for(qtbot, setup)
    second = editor_for(qtbot, setup, note_id=first.note_id)  # the same draft, twice
    write_and_sign(qtbot, first)
    second.activateWindow()
    qtbot.waitUntil(second.isActiveWindow)
    qtbot.keyClicks(second.ui.form.boxes["plan"], "Typed in the other window.")
    qtbot.keyClick(second, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert second.ui.status.text() == LOCKED
    assert second.is_signed and second.ui.form.boxes["plan"].isReadOnly()
    assert not second.ui.addendum.isHidden()
    assert stored(setup, first.note_id)["plan"] == ""


def test_addendum_points_at_the_original(qtbot, setup: Setup) -> None:
    editor = editor_for(qtbot, setup)
    write_and_sign(qtbot, editor)
    original_id = editor.note_id
    editor.ui.addendum.click()
    dialog = editor.question
    assert isinstance(dialog, AddendumDialog) and not dialog.start.isEnabled()
    dialog.kind.setCurrentIndex(dialog.kind.findData("late_entry"))
    qtbot.keyClicks(dialog.reason, "Phone call on Friday was not recorded")
    answer(editor, "Start addendum")
    note = editor.note
    assert note is not None and note.id != original_id and not note.is_signed
    assert note.amends_id == original_id and note.kind == "late_entry"
    assert "Late entry to the note of" in editor.ui.header.amends.text()
    assert "Reason: Phone call on Friday was not recorded" in editor.ui.header.amends.text()
    assert "Visited at home." in editor.ui.side.related.toPlainText()  # the original beside it
    assert not editor.ui.form.template.isEnabled()
    qtbot.keyClicks(editor.ui.form.boxes["text"], "Client phoned on Friday about the rent.")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    answer(editor, "Sign note")
    assert editor.note.is_signed and editor.ui.header.what.text() == "Signed late entry"
    original = editor_for(qtbot, setup, note_id=original_id)
    assert original.ui.side.related_title.text() == "Addenda (1)"
    related = original.ui.side.related.toPlainText()
    assert related.startswith("Late entry — ") and "Client phoned on Friday" in related
    assert setup.notes.get(original_id).verified  # the original is unchanged


# -- the screen lock ---------------------------------------------------------------------------
def test_pending_save_persists_unsaved_typing(qtbot, setup: Setup) -> None:
    editor = editor_for(qtbot, setup)
    assert editor.pending_save() is None  # nothing typed yet
    qtbot.keyClicks(editor.ui.form.boxes["data"], "Typed just before the lock.")
    assert editor.has_unsaved_changes and stored(setup, editor.note_id)["data"] == ""
    job = editor.pending_save()
    assert job is not None
    job()  # what the controller runs on the worker thread before locking
    assert stored(setup, editor.note_id)["data"] == "Typed just before the lock."
    assert editor.pending_save() is None  # handed off: nothing more to save
    editor.reject()  # the lock then closes the dialog: no second save, no discard
    assert setup.notes.open_drafts(setup.vault.owner_id)[0].id == editor.note_id


def test_fits_the_screen_with_accessible_names(qtbot, setup: Setup) -> None:
    from PySide6.QtWidgets import QAbstractSpinBox, QWidget

    editor = editor_for(qtbot, setup, template="soap")
    hint = editor.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 700
    assert editor.width() <= 1366 and editor.height() <= 720
    inputs = [
        w
        for w in editor.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not isinstance(w.parent(), QAbstractSpinBox)
        and w.metaObject().className() not in INTERNAL
    ]
    unnamed = [w.metaObject().className() for w in inputs if not w.accessibleName()]
    assert not unnamed
