"""The Tasks & visits tab: a visit completed and its note started for that client; a visit
cancelled or missed with the reason; a task given to a colleague when the case is shared."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from app.models import Task, Visit, WorkerProfile
from app.services.activity import schedule_visit
from app.ui.notes import NoteEditor
from app.ui.record.visits import CompleteVisitDialog, MissedVisitDialog
from tests.ui.conftest import open_record, started


@pytest.fixture(autouse=True)
def destroy_editors() -> Iterator[None]:
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, NoteEditor):
            widget.reject()
            widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def editors() -> list[NoteEditor]:
    shown = QApplication.topLevelWidgets()
    return [w for w in shown if isinstance(w, NoteEditor) and w.isVisible()]


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def book(one_client, kind: str = "home") -> str:
    vault = one_client.vault
    with vault.session() as session:
        return schedule_visit(
            session,
            one_client.client_id,
            vault.owner_id,
            kind,
            datetime.now() - timedelta(hours=1),
            45,
            "Flat 3",
            "Budget review",
            one_client.case_id,
        )


def tasks_tab(make_controller, one_client, qtbot):
    controller = started(make_controller, one_client.vault, qtbot)
    record = open_record(controller, one_client.client_id)
    qtbot.keyClick(record.tabs, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)  # Tas&ks
    assert record.tabs.currentWidget() is record.activity
    return controller, record.activity


def select_visit(tab, visit_id: str) -> None:
    tree = tab.visits
    item = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == visit_id
    )
    tree.setCurrentItem(item)


def test_a_completed_visit_starts_the_note_for_that_client(make_controller, one_client, qtbot):
    visit = book(one_client)
    controller, tab = tasks_tab(make_controller, one_client, qtbot)
    assert not tab.complete_button.isEnabled()  # nothing selected yet
    select_visit(tab, visit)
    assert tab.complete_button.isEnabled() and tab.missed_button.isEnabled()
    tab.complete_button.setFocus()
    qtbot.keyClick(tab.complete_button, Qt.Key.Key_Space)  # from the keyboard
    dialog = tab.dialog
    assert isinstance(dialog, CompleteVisitDialog) and dialog.isVisible()
    assert dialog.windowTitle() == "Complete visit"  # never the client's name
    assert dialog.write_note.isChecked() and dialog.write_note.accessibleName()
    click(qtbot, dialog.ok)
    assert tab.dialog is None
    qtbot.waitUntil(lambda: len(editors()) == 1)
    editor = editors()[0]
    assert (editor.client_id, editor.case_id) == (one_client.client_id, one_client.case_id)
    assert "Rosie Delgado" in editor.ui.header.client.text()
    with one_client.vault.session() as session:
        assert session.get(Visit, visit).status == "done"
    select_visit(tab, visit)
    assert tab.visits.currentItem().text(2) == "Done"
    assert not tab.complete_button.isEnabled()  # a visit ends once
    controller.lock()


def test_a_visit_not_held_needs_the_reason(make_controller, one_client, qtbot) -> None:
    visit = book(one_client, "phone")
    controller, tab = tasks_tab(make_controller, one_client, qtbot)
    select_visit(tab, visit)
    click(qtbot, tab.missed_button)
    dialog = tab.dialog
    assert isinstance(dialog, MissedVisitDialog) and dialog.cancelled.isChecked()
    click(qtbot, dialog.ok)
    assert dialog.isVisible()
    assert dialog.error.text() == "Please fill in the reason the visit was cancelled."
    dialog.no_show.setChecked(True)
    qtbot.keyClicks(dialog.reason, "Nobody answered the phone")
    click(qtbot, dialog.ok)
    assert tab.dialog is None and editors() == []  # no note asked for
    select_visit(tab, visit)
    shown = tab.visits.currentItem()
    assert (shown.text(2), shown.text(3)) == ("No-show", "Nobody answered the phone")
    assert not tab.missed_button.isEnabled()
    with one_client.vault.session() as session:
        saved = session.get(Visit, visit)
        assert (saved.status, saved.outcome_reason) == ("no_show", "Nobody answered the phone")
    controller.lock()


def test_a_task_goes_to_a_colleague_once_the_case_is_shared(make_controller, one_client, qtbot):
    vault = one_client.vault
    with vault.session() as session:
        lead = WorkerProfile(display_name="Sam Okafor", role="supervisor")
        session.add(lead)
        session.flush()
        colleague = WorkerProfile(display_name="Jordan Lee", supervisor_id=lead.id)
        session.add(colleague)
        session.get(WorkerProfile, vault.owner_id).supervisor_id = lead.id
        session.flush()
        colleague_id = colleague.id
    controller, tab = tasks_tab(make_controller, one_client, qtbot)
    assert tab.assigning.isHidden()  # only the worker: nothing to choose
    record = controller.window.workspace.record
    record.show_tab("case")
    case_tab = record.case
    assert case_tab.outcome.shared.isVisible() and not case_tab.outcome.shared.isChecked()
    click(qtbot, case_tab.outcome.shared)
    assert case_tab.outcome.shared.isChecked()
    record.show_tab("tasks")
    assert tab.assigning.isVisible()
    names = [tab.assignee.itemText(i) for i in range(tab.assignee.count())]
    assert names == ["Me", "Jordan Lee", "Sam Okafor"]
    tab.assignee.setCurrentIndex(1)
    qtbot.keyClicks(tab.new_task, "Drop off the food voucher")
    qtbot.keyClick(tab.new_task, Qt.Key.Key_Return)
    with vault.session() as session:
        task = session.query(Task).filter_by(title="Drop off the food voucher").one()
        assert task.assigned_to_id == colleague_id
