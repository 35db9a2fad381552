"""The Plan tab monitors the plan with real widgets: progress recorded on an objective shows in
the tree with its history, interventions sit under their objective, a goal's status, the
client's agreement in their words, and the notes that addressed a goal (Enter opens one on
the timeline)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.core.timeutil import utcnow
from app.models import ObjectiveProgress
from app.services.notes import NoteFields, save_draft, sign_note, start_note
from app.services.plan import add_goal, add_objective
from app.ui.record.plan_tree import KIND_ROLE
from tests.ui.conftest import open_record, started
from tests.ui.test_caseload import KINDS, inside


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def with_goal(one_client) -> tuple[str, str]:
    with one_client.vault.session() as session:
        goal = add_goal(session, one_client.case_id, "Keep the flat")
        objective = add_objective(
            session, goal, "Pay rent on time", "months paid on time", "0 of 3", "3 of 3"
        )
    return goal, objective


def plan_tab(make_controller, one_client, qtbot):
    controller = started(make_controller, one_client.vault, qtbot)
    record = open_record(controller, one_client.client_id)
    qtbot.keyClick(record.tabs, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # &Plan
    assert record.tabs.currentWidget() is record.plan
    return record, record.plan


def item_of(tab, kind: str, record_id: str | None = None):
    return next(
        item
        for item in tab.items()
        if item.data(0, KIND_ROLE) == kind
        and (record_id is None or item.data(0, Qt.ItemDataRole.UserRole) == record_id)
    )


def test_progress_on_an_objective_is_shown_in_the_plan(make_controller, one_client, qtbot):
    _goal, objective = with_goal(one_client)
    record, tab = plan_tab(make_controller, one_client, qtbot)
    assert not tab.progress_button.isEnabled()  # nothing chosen yet
    tab.goals.setCurrentItem(item_of(tab, "objective", objective))
    qtbot.keyClick(record.tabs, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # Recor&d
    qtbot.waitUntil(lambda: tab.dialog is not None)  # a mnemonic clicks after a short flash
    dialog = tab.dialog
    assert dialog.windowTitle() == "Record progress"
    click(qtbot, dialog.ok)
    assert "value reached" in dialog.error.text()  # refused in plain words; the form stays
    dialog.value.setText("2 of 3")
    dialog.note.setPlainText("February paid late, March on time")
    click(qtbot, dialog.ok)
    assert tab.dialog is None, dialog.error.text()
    shown = item_of(tab, "objective", objective)
    assert shown.text(1) == "active · now 2 of 3\nmonths paid on time: 0 of 3 → 3 of 3"
    entry = item_of(tab, "progress")
    assert entry.parent() is shown and entry.text(0) == "Progress: 2 of 3"
    assert entry.text(1) == "active\nFebruary paid late, March on time"
    with one_client.vault.session() as session:
        stored = session.query(ObjectiveProgress).one()
        assert (stored.value, stored.recorded_by_id) == ("2 of 3", one_client.vault.owner_id)


def test_intervention_under_an_objective_and_the_goals_status(make_controller, one_client, qtbot):
    goal, objective = with_goal(one_client)
    _record, tab = plan_tab(make_controller, one_client, qtbot)
    tab.goals.setCurrentItem(item_of(tab, "objective", objective))
    click(qtbot, tab.add_intervention_button)
    dialog = tab.dialog
    dialog.description.setText("Standing order for the rent")
    dialog.responsible.setText("client")
    dialog.frequency.setText("monthly")
    click(qtbot, dialog.ok)
    assert tab.dialog is None, dialog.error.text()
    under = item_of(tab, "intervention")
    assert under.parent() is item_of(tab, "objective", objective)
    assert under.text(0) == "Intervention: Standing order for the rent"
    tab.goals.setCurrentItem(item_of(tab, "goal", goal))
    click(qtbot, tab.status_button)
    dialog = tab.dialog
    dialog.status.setCurrentIndex(dialog.status.findData("met"))
    assert dialog.percent.value() == 100
    click(qtbot, dialog.ok)
    assert item_of(tab, "goal", goal).text(1) == "100% · met"


def test_the_clients_agreement_is_recorded_in_their_words(make_controller, one_client, qtbot):
    with_goal(one_client)
    _record, tab = plan_tab(make_controller, one_client, qtbot)
    assert tab.agreement.text() == "Client's agreement to the plan: not recorded yet."
    click(qtbot, tab.agreement_button)
    dialog = tab.dialog
    assert dialog.windowTitle() == "Client's agreement to the plan"
    dialog.answer.setCurrentIndex(dialog.answer.findData("disagreed"))
    click(qtbot, dialog.ok)
    assert "what the client said" in dialog.error.text()
    dialog.words.setPlainText("I want to stay in this flat, not a smaller one")
    click(qtbot, dialog.ok)
    assert tab.dialog is None
    assert tab.agreement.text().startswith("Client's agreement to the plan: Disagreed (")
    assert tab.agreement.text().endswith("“I want to stay in this flat, not a smaller one”")


def test_a_goal_lists_the_notes_that_addressed_it(make_controller, one_client, qtbot):
    goal, _objective = with_goal(one_client)
    owner = one_client.vault.owner_id
    with one_client.vault.session() as session:
        note = start_note(
            session, one_client.client_id, "free", owner, one_client.case_id, utcnow()
        )
        fields = NoteFields(
            contact_type="home", goals_addressed=(goal,), sections={"text": "Rent plan agreed."}
        )
        save_draft(session, note.id, fields)
        sign_note(session, note.id, owner)
    record, tab = plan_tab(make_controller, one_client, qtbot)
    group = item_of(tab, "notes")
    assert group.text(0) == "Notes about this goal (1)" and group.parent().text(0).endswith("flat")
    shown = item_of(tab, "note", note.id)
    assert [shown.text(0), shown.text(1)] == ["Home visit", "signed"]
    tab.goals.setCurrentItem(shown)
    tab.goals.itemActivated.emit(shown, 0)  # Enter or a double click
    assert record.tabs.currentWidget() is record.timeline
    assert record.timeline.list.currentItem().data(0, Qt.ItemDataRole.UserRole) == note.id
    assert utcnow() - timedelta(minutes=5) < record.timeline.entries[0].at


def unnamed(root) -> list[str]:
    """Interactive widgets without an accessible name (tests/ui/test_record_tabs.py too)."""
    return [
        f"{type(w).__name__} in {type(w.parent()).__name__}"
        for w in root.findChildren(QWidget)
        if isinstance(w, KINDS)
        and not w.objectName().startswith("qt_")
        and not inside(w, KINDS)
        and not w.accessibleName()
    ]


def test_the_plan_forms_name_every_control_and_never_the_client(make_controller, one_client, qtbot):
    goal, objective = with_goal(one_client)
    _record, tab = plan_tab(make_controller, one_client, qtbot)
    assert unnamed(tab) == []
    tab.goals.setCurrentItem(item_of(tab, "objective", objective))
    for opener in (
        tab.add_intervention,
        tab.record_progress,
        tab.goal_status,
        tab.record_agreement,
    ):
        opener()
        dialog = tab.dialog
        assert unnamed(dialog) == [] and "Rosa" not in dialog.windowTitle()
        assert dialog.height() <= 768 and dialog.width() <= 1366
        dialog.reject()
        assert tab.dialog is None
