"""Full-text search from the caseload: matches in notes and tasks, highlighted, opened by Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services.activity import add_task
from app.services.notes import NoteFields, save_draft, start_note
from app.services.search import HIT_END, HIT_START
from app.ui.caseload.hits import HTML_ROLE, MARK_STYLE, highlight_html
from tests.ui.conftest import OneClient, started

MARK = f"<span style='{MARK_STYLE}'>"


def write_note(one: OneClient, text: str) -> str:
    vault = one.vault
    with vault.session() as session:
        note = start_note(session, one.client_id, "free", vault.owner_id, one.case_id)
        save_draft(session, note.id, NoteFields(contact_type="home", sections={"text": text}))
    return note.id


def test_highlight_marks_hits_and_escapes_everything_else() -> None:
    snippet = f"<b>kettle</b> & the {HIT_START}boiler{HIT_END} repairs"
    html = highlight_html(snippet)
    assert html == f"&lt;b&gt;kettle&lt;/b&gt; &amp; the {MARK}boiler</span> repairs"


def test_note_word_is_highlighted_and_enter_opens_the_note(make_controller, one_client, qtbot):
    note_id = write_note(one_client, "Talked about the <b>kettle</b> & the boiler repairs.")
    controller = started(make_controller, one_client.vault, qtbot)
    window = controller.window
    panel, record = window.workspace.caseload, window.workspace.record
    window.workspace.show_today()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.lists.currentWidget() is panel and panel.search.hasFocus()
    qtbot.keyClicks(panel.search, "boil")
    qtbot.waitUntil(lambda: len(panel.hits.items()) == 1, timeout=2000)
    assert panel.model.rowCount() == 0  # no client is called "boil"
    assert not panel.hits.isHidden()
    [hit] = panel.hits.items()
    html = hit.data(0, HTML_ROLE)
    assert f"{MARK}boiler</span>" in html  # the matched word, highlighted
    assert "&lt;b&gt;kettle&lt;/b&gt; &amp;" in html  # the note's own text, never markup
    assert hit.text(0).startswith("⚠ Rosie Delgado (she/her) · note of ")
    assert HIT_START not in hit.text(0) and HIT_END not in hit.text(0)
    headings = [
        panel.hits.tree.topLevelItem(i).text(0) for i in range(panel.hits.tree.topLevelItemCount())
    ]
    assert headings[0] == "Case notes (1)"
    qtbot.keyClick(panel.search, Qt.Key.Key_Down)  # no rows: Down goes to the matches
    assert panel.hits.tree.hasFocus() and panel.hits.tree.currentItem() is hit
    with qtbot.waitSignal(controller.note_open_requested) as opened:
        qtbot.keyClick(panel.hits.tree, Qt.Key.Key_Return)
    assert opened.args == [one_client.client_id, note_id]
    assert record.client_id == one_client.client_id
    assert record.tabs.currentWidget() is record.timeline
    assert record.timeline.list.currentItem().data(0, Qt.ItemDataRole.UserRole) == note_id


def test_task_hits_are_grouped_and_open_the_tasks_tab(make_controller, one_client, qtbot):
    write_note(one_client, "Landlord agreed to fix the window.")
    with one_client.vault.session() as session:
        add_task(session, "Call landlord about the window", client_id=one_client.client_id)
    controller = started(make_controller, one_client.vault, qtbot)
    panel, record = controller.window.workspace.caseload, controller.window.workspace.record
    qtbot.keyClicks(panel.search, "landlord window")
    qtbot.waitUntil(lambda: len(panel.hits.items()) == 2, timeout=2000)
    tree = panel.hits.tree
    headings = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert headings[0] == "Case notes (1)" and headings[2] == "Tasks (1)"
    task_hit = panel.hits.items()[1]
    assert task_hit.text(0).startswith("⚠ Rosie Delgado (she/her) · task: ")  # no due date
    assert task_hit.data(0, HTML_ROLE).count(MARK) == 2  # both words
    qtbot.keyClick(panel.search, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    assert tree.hasFocus()  # Alt+M: the matches
    qtbot.waitUntil(lambda: tree.visualItemRect(task_hit).height() > 0)
    spot = tree.visualItemRect(task_hit).center()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert record.client_id is None  # one click only selects
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=spot)  # the second click
    assert record.client_id == one_client.client_id
    assert record.tabs.currentWidget() is record.activity


def test_one_character_searches_names_only(make_controller, one_client, qtbot) -> None:
    write_note(one_client, "Rosie was out.")
    controller = started(make_controller, one_client.vault, qtbot)
    panel = controller.window.workspace.caseload
    qtbot.keyClicks(panel.search, "r")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=2000)
    assert panel.hits.isHidden() and panel.hits.items() == []
    qtbot.keyClicks(panel.search, "o")
    qtbot.waitUntil(lambda: len(panel.hits.items()) == 2, timeout=2000)  # her name, her note
    qtbot.keyClick(panel.search, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: panel.hits.isHidden(), timeout=2000)
