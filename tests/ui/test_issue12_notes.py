"""Issue 12 on the note editor, the assessment form and the close-case form: an empty draft is
discarded on close (Ctrl+N then close leaves nothing behind; one letter keeps the draft); the
screens fit 1366×768 at 125 % (1092×580) and 1280×720; every control is named and described
and Tab walks through each screen without a trap; the screens' words are translatable."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDialog, QWidget

from app.documents.instruments import newest_translations
from app.services import closure, notes
from app.services.notes import NoteFields
from app.services.vaults import Vault
from app.ui.assessment.form import AssessmentDialog, FormSetup
from app.ui.closure.dialog import CloseCaseDialog
from app.ui.notes import OpenDrafts, pending_note_saves, save_then
from app.ui.notes.dialogs import AddendumDialog
from app.ui.notes.drafts import CLIENT
from app.ui.notes.layout import opening_size
from app.ui.tasks import SyncTaskRunner
from tests.i18n_scan import UI, scan
from tests.ui.a11y import tab_walk, undescribed, unnamed
from tests.ui.test_notes import (
    Setup,
    destroy_closed_widgets,  # noqa: F401 (autouse fixture)
    editor_for,
    notes_setup,
    write_and_sign,
)

SMALL = QSize(1092, 580)  # 1366×768 at 125 % scaling, less a desktop panel
HD = QSize(1280, 720)
FOLDERS = ("notes", "assessment", "closure")


@pytest.fixture
def setup(vault: Vault) -> Setup:
    return notes_setup(vault)


def unfinished(setup: Setup) -> list[notes.NoteView]:
    with setup.vault.session() as session:
        return notes.open_drafts(session, setup.vault.owner_id)


def fits(size: QSize, screen: QSize = SMALL) -> bool:
    return size.width() <= screen.width() and size.height() <= screen.height()


# -- an empty draft is discarded on close --------------------------------------------------
CLOSES = {
    "the Close button": lambda qtbot, editor: editor.ui.close.click(),
    "Escape": lambda qtbot, editor: qtbot.keyClick(editor, Qt.Key.Key_Escape),
    "the lock (reject)": lambda qtbot, editor: editor.reject(),
}


@pytest.mark.parametrize("how", list(CLOSES))
def test_a_new_note_closed_empty_leaves_no_draft(qtbot, setup: Setup, how: str) -> None:
    editor = editor_for(qtbot, setup)  # what Ctrl+N opens: a new draft, already in the vault
    assert [d.id for d in unfinished(setup)] == [editor.note_id]
    CLOSES[how](qtbot, editor)
    assert not editor.isVisible()
    assert unfinished(setup) == []


def test_one_letter_keeps_the_draft(qtbot, setup: Setup) -> None:
    editor = editor_for(qtbot, setup)
    qtbot.keyClicks(editor.ui.form.boxes["data"], "a")
    editor.ui.close.click()
    assert [d.sections["data"] for d in unfinished(setup)] == ["a"]


def test_a_detail_without_text_keeps_the_draft(qtbot, setup: Setup) -> None:
    editor = editor_for(qtbot, setup)
    qtbot.keyClicks(editor.ui.form.location, "Library")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert [d.location for d in unfinished(setup)] == ["Library"]


def test_text_typed_then_deleted_is_empty_again(qtbot, setup: Setup) -> None:
    editor = editor_for(qtbot, setup)
    box = editor.ui.form.boxes["plan"]
    qtbot.keyClicks(box, "x")
    editor.save_now()  # the letter reached the vault
    qtbot.keyClick(box, Qt.Key.Key_Backspace)
    editor.ui.close.click()
    assert unfinished(setup) == []


def test_the_lock_discards_an_empty_editor_and_keeps_a_written_one(qtbot, setup: Setup) -> None:
    written = editor_for(qtbot, setup)
    empty = editor_for(qtbot, setup)
    qtbot.keyClicks(written.ui.form.boxes["plan"], "Call the landlord.")
    saves = pending_note_saves()
    written.reject()
    empty.reject()  # the lock's "close dialogs" step, before its own job runs
    save_then(saves, lambda: None)()
    assert [d.id for d in unfinished(setup)] == [written.note_id]


def test_a_resumed_draft_with_text_is_never_discarded(qtbot, setup: Setup) -> None:
    started = setup.notes.start(setup.client_id, "dap", setup.vault.owner_id, setup.case_id)
    setup.notes.save_draft(started.note.id, NoteFields(sections={"data": "Kept"}))
    editor = editor_for(qtbot, setup, note_id=started.note.id)
    editor.ui.close.click()
    assert [d.id for d in unfinished(setup)] == [started.note.id]


def test_unfinished_notes_say_which_client_they_are_about(qtbot, setup: Setup) -> None:
    editor = editor_for(qtbot, setup)
    qtbot.keyClicks(editor.ui.form.boxes["data"], "Met at the library")
    editor.ui.close.click()
    drafts = OpenDrafts(SyncTaskRunner())
    qtbot.addWidget(drafts)
    drafts.attach(setup.notes, setup.vault.owner_id)
    assert drafts.list.topLevelItem(0).text(CLIENT) == "Mari Lopez"
    assert drafts.list.header().visualIndex(CLIENT) == 1  # the client before the template


def test_the_service_refuses_to_discard_content_or_a_signed_note(setup: Setup) -> None:
    owner = setup.vault.owner_id
    empty = setup.notes.start(setup.client_id, "dap", owner).note
    written = setup.notes.start(setup.client_id, "dap", owner).note
    setup.notes.save_draft(written.id, NoteFields(participants="client"))
    signed = setup.notes.start(setup.client_id, "free", owner).note
    setup.notes.sign(signed.id, owner, NoteFields(sections={"text": "Done."}))
    with setup.vault.session() as session:
        assert notes.discard_empty_draft(session, written.id) is False
        assert notes.discard_empty_draft(session, signed.id) is False
        assert notes.discard_empty_draft(session, empty.id) is True
        assert notes.discard_empty_draft(session, empty.id) is False  # already gone
    assert [d.id for d in unfinished(setup)] == [written.id]


# -- layout ----------------------------------------------------------------------------------
def test_the_editor_opens_within_small_and_hd_screens(qtbot, setup: Setup) -> None:
    for screen in (SMALL, HD):
        opened = opening_size(screen + QSize(0, 34))  # a 125 % screen's free space
        assert fits(opened, screen + QSize(0, 34)) and opened.width() >= 700
    editor = editor_for(qtbot, setup, template="soap")
    assert fits(editor.size()) and fits(editor.minimumSize())
    assert fits(editor.minimumSizeHint()), editor.minimumSizeHint()
    editor.resize(SMALL)
    qtbot.wait(10)
    assert editor.size() == SMALL  # nothing forces it larger: the form scrolls instead
    for box in editor.ui.form.boxes.values():
        assert box.minimumHeight() >= 60  # each section stays a usable text box


def test_a_signed_note_with_its_hash_fits_too(qtbot, setup: Setup) -> None:
    editor = editor_for(qtbot, setup)
    write_and_sign(qtbot, editor)
    assert fits(editor.minimumSizeHint()), editor.minimumSizeHint()


def test_the_assessment_and_close_case_forms_fit(qtbot, setup: Setup) -> None:
    for dialog in (assessment_form(qtbot, setup), close_case_form(qtbot, setup)):
        assert fits(dialog.minimumSizeHint()), (type(dialog).__name__, dialog.minimumSizeHint())
        assert fits(dialog.size()), (type(dialog).__name__, dialog.size())


# -- accessibility ---------------------------------------------------------------------------
def assert_accessible(qtbot, dialog: QWidget) -> None:
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert unnamed(dialog) == []
    assert undescribed(dialog) == []
    walk = tab_walk(dialog)  # a group of radio buttons counts as one Tab stop (tests/ui/a11y.py)
    assert walk.traps == [] and walk.unreached == []


def test_the_note_editor_is_named_described_and_walkable(qtbot, setup: Setup) -> None:
    editor = editor_for(qtbot, setup)
    qtbot.waitUntil(lambda: editor.ui.form.goals.count() == 1)
    assert all(box.tabChangesFocus() for box in editor.ui.form.boxes.values())
    assert_accessible(qtbot, editor)


def test_the_tab_order_runs_down_the_form_then_to_the_buttons(qtbot, setup: Setup) -> None:
    editor = editor_for(qtbot, setup)
    form, ui = editor.ui.form, editor.ui
    order = [form.location, form.participants, form.goals, *form.boxes.values()]
    order += [ui.discard, ui.save]
    form.location.setFocus()
    for expected in order[1:]:
        qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_Tab)
        assert editor.focusWidget() is expected, editor.focusWidget()


def test_the_addendum_dialog_is_accessible(qtbot, setup: Setup) -> None:
    dialog = AddendumDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert_accessible(qtbot, dialog)


def test_the_assessment_form_is_accessible(qtbot, setup: Setup) -> None:
    dialog = assessment_form(qtbot, setup)
    assert_accessible(qtbot, dialog)
    dialog.go_to_step(1)  # a domain: the rating, the three text boxes
    assert_accessible(qtbot, dialog)


def test_the_close_case_form_is_accessible(qtbot, setup: Setup) -> None:
    assert_accessible(qtbot, close_case_form(qtbot, setup))


def assessment_form(qtbot, setup: Setup) -> AssessmentDialog:
    form = FormSetup(setup.case_id, newest_translations(), "en", "low", ("Dog on premises",))
    dialog = AssessmentDialog(form, None)
    return shown(qtbot, dialog)


def close_case_form(qtbot, setup: Setup) -> CloseCaseDialog:
    with setup.vault.session() as session:
        review = closure.closure_review(session, setup.case_id, date.today())
    return shown(qtbot, CloseCaseDialog("C-0001", review, None))


def shown(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


# -- translation -----------------------------------------------------------------------------
@pytest.mark.parametrize("folder", FOLDERS)
def test_every_word_on_these_screens_is_translatable(folder: str) -> None:
    assert [str(hit) for hit in scan(UI / folder)] == []


def test_the_note_hooks_words_are_translatable() -> None:
    from tests.i18n_scan import scan_file

    assert [str(hit) for hit in scan_file(UI / "note_hooks.py")] == []
