"""The record's tabs: timeline, plan, tasks and visits, conflicts of interest, and Ctrl+N."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.core.timeutil import utcnow
from app.services.notes import NoteFields, add_addendum, save_draft, sign_note, start_note
from app.ui.widgets import local_moment
from tests.ui.conftest import open_record, started

REASON = "The first note gives the wrong day for the visit"


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def with_record(make_controller, one_client, qtbot):
    controller = started(make_controller, one_client.vault, qtbot)
    return controller, open_record(controller, one_client.client_id)


def signed_note_with_addendum(one_client) -> tuple[str, str]:
    vault, owner = one_client.vault, one_client.vault.owner_id
    when = utcnow() - timedelta(days=2)
    with vault.session() as session:
        note = start_note(session, one_client.client_id, "free", owner, one_client.case_id, when)
        text = {"text": "Home visit on Tuesday; rent arrears discussed."}
        save_draft(session, note.id, NoteFields(contact_type="home", sections=text))
        original = sign_note(session, note.id, owner)
        addendum = add_addendum(session, note.id, owner, REASON)
        fix = {"text": "The visit was on Monday."}
        save_draft(session, addendum.id, NoteFields(contact_type="home", sections=fix))
        sign_note(session, addendum.id, owner)
    return original.id, addendum.id


def test_timeline_shows_the_addendum_and_its_reason(make_controller, one_client, qtbot) -> None:
    original_id, addendum_id = signed_note_with_addendum(one_client)
    controller, record = with_record(make_controller, one_client, qtbot)
    assert record.timeline.entries == []  # read only when the worker looks (it is audited)
    qtbot.keyClick(record.tabs, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert record.tabs.currentWidget() is record.timeline
    by_id = {item.data(0, Qt.ItemDataRole.UserRole): item for item in record.timeline.items()}
    original = next(e for e in record.timeline.entries if e.record_id == original_id)
    addendum = by_id[addendum_id]
    assert addendum.text(0).endswith("Note: Addendum, Signed")  # statuses as words
    assert addendum.text(1) == (
        f"Addendum to the note of {local_moment(original.at)}\nReason: {REASON}"
    )
    assert by_id[original_id].text(0).endswith("Note: Signed")
    moments = [entry.at for entry in record.timeline.entries]
    assert moments == sorted(moments, reverse=True)  # newest first
    record.timeline.show_kind.setCurrentIndex(record.timeline.show_kind.findData("stage"))
    assert [item.text(1) for item in record.timeline.items()] == [
        f"{record.case.cases[0].case_number}: Intake\nCase opened · by Alex Rivera"
    ]


def test_declared_conflict_shows_pending_in_the_record(make_controller, one_client, qtbot):
    _controller, record = with_record(make_controller, one_client, qtbot)
    assert record.conflict.isHidden()
    record.show_tab("conflicts")
    tab = record.conflicts
    click(qtbot, tab.declare_button)
    dialog = tab.dialog
    assert dialog.windowTitle() == "Declare a conflict of interest"
    click(qtbot, dialog.ok)
    assert "relationship" in dialog.error.text()  # said in plain words; the form stays open
    dialog.relationship.setText("Neighbour")
    dialog.description.setPlainText("She lives two doors from my mother.")
    click(qtbot, dialog.ok)
    assert tab.dialog is None
    assert tab.statuses() == ["Pending supervisor review"]
    row = tab.list.topLevelItem(0)
    assert [row.text(1), row.text(3)] == ["Neighbour", "Pending supervisor review"]
    assert not record.conflict.isHidden()
    assert "pending supervisor review" in record.conflict.text()
    assert record.tabs.currentWidget() is tab


def test_plan_goal_and_objective(make_controller, one_client, qtbot) -> None:
    _controller, record = with_record(make_controller, one_client, qtbot)
    record.show_tab("plan")
    tab = record.plan
    assert not tab.add_objective_button.isEnabled()
    click(qtbot, tab.add_goal_button)
    tab.dialog.title.setText("Keep the flat")
    click(qtbot, tab.dialog.ok)
    assert tab.dialog is None
    goal = tab.goals.topLevelItem(0)
    assert goal.text(0) == "Goal: Keep the flat" and goal.text(1) == "0% · active"
    tab.goals.setCurrentItem(goal)
    click(qtbot, tab.add_objective_button)
    dialog = tab.dialog
    assert dialog.for_goal.text() == "Keep the flat"
    dialog.description.setText("Pay rent on time")
    dialog.measure.setText("months paid on time")
    dialog.baseline.setText("0 of 3")
    dialog.target_value.setText("3 of 3")
    click(qtbot, dialog.ok)
    objective = tab.goals.topLevelItem(0).child(0)
    assert objective.text(0) == "Objective: Pay rent on time"
    assert objective.text(1) == "active\nmonths paid on time: 0 of 3 → 3 of 3"


def test_add_task_and_schedule_visit(make_controller, one_client, qtbot) -> None:
    _controller, record = with_record(make_controller, one_client, qtbot)
    record.show_tab("tasks")
    tab = record.activity
    qtbot.keyClicks(tab.new_task, "Book the interpreter")
    qtbot.keyClick(tab.new_task, Qt.Key.Key_Return)
    assert tab.new_task.text() == ""
    assert tab.tasks.topLevelItem(0).text(1) == "Book the interpreter"
    click(qtbot, tab.visit_button)
    tab.dialog.location.setText("Client's home")
    click(qtbot, tab.dialog.ok)
    assert tab.dialog is None
    visit = tab.visits.topLevelItem(0)
    assert visit.text(0).endswith("10:00") and visit.text(1) == "Home visit"
    assert [visit.text(2), visit.text(4)] == ["Scheduled", "Client's home"]


def test_ctrl_n_asks_for_a_note_for_the_open_record(make_controller, one_client, qtbot) -> None:
    controller = started(make_controller, one_client.vault, qtbot)
    window = controller.window
    assert not window.new_note_action.isEnabled()  # no record open
    open_record(controller, one_client.client_id)
    assert window.new_note_action.isEnabled()
    assert window.new_note_action.shortcut().toString() == "Ctrl+N"
    with qtbot.waitSignal(controller.new_note_requested) as asked:
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert asked.args == [one_client.client_id, one_client.case_id]
    with qtbot.waitSignal(controller.new_note_requested):
        click(qtbot, window.workspace.record.header.new_note)
    controller.lock()
    assert not window.new_note_action.isEnabled()


def test_forms_and_tabs_name_every_control(make_controller, one_client, qtbot) -> None:
    from tests.ui.test_caseload import KINDS, inside

    controller, record = with_record(make_controller, one_client, qtbot)
    record.show_tab("case")

    def unnamed(root) -> list[str]:
        return [
            f"{type(w).__name__} in {type(w.parent()).__name__}"
            for w in root.findChildren(QWidget)
            if isinstance(w, KINDS)
            and not w.objectName().startswith("qt_")
            and not inside(w, KINDS)
            and not w.accessibleName()
        ]

    assert unnamed(controller.window) == []
    openers = (
        (record.case, record.case.close_case),
        (record.case, record.case.transfer),
        (record.plan, record.plan.add_goal),
        (record.activity, record.activity.schedule_visit),
        (record.conflicts, record.conflicts.declare),
    )
    for tab, opener in openers:
        opener()
        dialog = tab.dialog
        assert dialog is not None and dialog.windowTitle() in (
            "Close case",
            "Transfer case",
            "Add a goal",
            "Schedule a visit",
            "Declare a conflict of interest",
        )
        assert unnamed(dialog) == []
        dialog.reject()
        assert tab.dialog is None
