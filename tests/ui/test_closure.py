"""Closing a case from the Case tab: the checklist read from the record, a refusal while a
referral has no outcome, closing anyway with an exception (flagged to the supervisor), the
goals' outcomes and the client's feedback, and a supervisor marking the exception reviewed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from app.core.stages import CaseStage
from app.models import Case, Task, WorkerProfile
from app.services.activity import make_referral
from app.services.casework import Closing, close_case, move_stage
from app.services.plan import add_goal
from app.ui.closure.dialog import CloseCaseDialog
from tests.ui.conftest import open_record, started


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def checklist(dialog: CloseCaseDialog) -> dict[str, list[str]]:
    """Each checklist line as shown, with the lines under it."""
    tree = dialog.checklist
    shown = {}
    for row in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(row)
        shown[item.text(0)] = [item.child(i).text(0) for i in range(item.childCount())]
    return shown


def open_close_form(make_controller, one_client, qtbot):
    controller = started(make_controller, one_client.vault, qtbot)
    record = open_record(controller, one_client.client_id)
    qtbot.keyClick(record.tabs, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # C&ase
    tab = record.case
    click(qtbot, tab.close_button)
    dialog = tab.dialog
    assert isinstance(dialog, CloseCaseDialog) and dialog.isVisible()
    assert dialog.windowTitle() == "Close case"  # never the client's name
    return record, tab, dialog


def test_an_open_referral_stops_the_closure_until_an_exception_is_given(
    make_controller, one_client, qtbot
) -> None:
    vault = one_client.vault
    with vault.session() as session:
        goal = add_goal(session, one_client.case_id, "Keep the flat")
        make_referral(
            session, one_client.case_id, "Food bank", "Eastside Pantry", "No food", date(2025, 3, 1)
        )
    record, tab, dialog = open_close_form(make_controller, one_client, qtbot)
    assert checklist(dialog)["✗ 1 referral without an outcome"] == [
        "Food bank, Eastside Pantry · made 1 Mar 2025"
    ]
    assert "✗ 1 goal without an outcome" in checklist(dialog)
    dialog.informed.setChecked(True)
    dialog.goals[goal].setCurrentIndex(dialog.goals[goal].findData("achieved"))
    assert "✓ Every goal has an outcome" in checklist(dialog)  # re-checked as it is filled in
    assert "✓ Follow-up booked or declined" in checklist(dialog)  # booking one is the default
    qtbot.keyClicks(dialog.feedback, "You never gave up on me.")
    qtbot.keyClicks(dialog.reason, "Housed; goals met")
    click(qtbot, dialog.ok)
    assert dialog.isVisible()
    assert dialog.error.text() == (
        "This case cannot close yet: 1 referral without an outcome. Resolve these, or close "
        "with an exception and say why (your supervisor is told)."
    )
    assert "Intake" in record.status.text()
    assert dialog.exception.isEnabled() and dialog.focusWidget() is dialog.exception
    qtbot.keyClicks(dialog.exception, "Pantry closed for good; no reply expected")
    click(qtbot, dialog.ok)
    assert tab.dialog is None
    assert "Closure" in record.status.text()
    panel = tab.outcome
    assert panel.flag.isVisible()
    assert panel.flag.text() == (
        "Closed with items missing: flagged for supervisor review. "
        "Why: Pantry closed for good; no reply expected"
    )
    assert "Goals: Achieved: Keep the flat" in panel.summary.text()
    assert "The client said: “You never gave up on me.”" in panel.summary.text()
    assert not panel.review_button.isVisible()  # the worker is not a supervisor
    with vault.session() as session:
        case = session.get(Case, one_client.case_id)
        assert case.closure_flagged and case.client_feedback == "You never gave up on me."
        follow_up = session.query(Task).filter_by(kind="follow_up").one()
        assert follow_up.case_id == one_client.case_id and follow_up.due_on > date.today()


def test_declining_follow_up_needs_the_clients_reason(make_controller, one_client, qtbot):
    _record, tab, dialog = open_close_form(make_controller, one_client, qtbot)
    assert "✗ The client is not told yet" in checklist(dialog)
    assert "This case has no goals" in " ".join(
        label.text() for label in dialog.findChildren(type(dialog.error))
    )
    dialog.informed.setChecked(True)
    dialog.follow_up.declined.setChecked(True)
    assert "✗ No follow-up arranged" in checklist(dialog)
    assert not dialog.follow_up.day.isEnabled() and dialog.follow_up.reason.isEnabled()
    qtbot.keyClicks(dialog.follow_up.reason, "Moving abroad next week")
    assert "✓ Follow-up booked or declined" in checklist(dialog)
    assert not dialog.exception.isEnabled()  # nothing missing: no exception to give
    qtbot.keyClicks(dialog.reason, "Moving abroad")
    click(qtbot, dialog.ok)
    assert tab.dialog is None
    assert tab.outcome.summary.isVisible() and not tab.outcome.flag.isVisible()
    with one_client.vault.session() as session:
        case = session.get(Case, one_client.case_id)
        assert case.follow_up_declined == "Moving abroad next week" and not case.closure_flagged


def test_a_supervisor_marks_the_exception_reviewed(make_controller, one_client, qtbot) -> None:
    vault = one_client.vault
    with vault.session() as session:
        session.get(WorkerProfile, vault.owner_id).role = "supervisor"
        closing = Closing("Moved away", exception="Lost contact with the client")
        close_case(session, one_client.case_id, vault.owner_id, closing)
    controller = started(make_controller, vault, qtbot)
    record = open_record(controller, one_client.client_id)
    record.show_tab("case")
    panel = record.case.outcome
    assert "flagged for supervisor review" in panel.flag.text()
    assert panel.review_button.isVisible() and panel.review_button.accessibleName()
    click(qtbot, panel.review_button)
    assert "(reviewed by a supervisor)" in panel.flag.text()
    assert not panel.review_button.isVisible()
    with vault.session() as session:
        assert not session.get(Case, one_client.case_id).closure_flagged


def test_ending_the_follow_up_asks_for_no_new_one(make_controller, one_client, qtbot) -> None:
    vault = one_client.vault
    with vault.session() as session:
        closing = Closing("Goals met", True, follow_up_declined="Prefers to call us herself")
        close_case(session, one_client.case_id, vault.owner_id, closing)
        move_stage(session, one_client.case_id, CaseStage.FOLLOW_UP, vault.owner_id, "Follow-up")
    _record, tab, dialog = open_close_form(make_controller, one_client, qtbot)
    assert dialog.follow_up.isHidden() and dialog.follow_up_heading.isHidden()
    assert "✓ Follow-up booked or declined" in checklist(dialog)
    dialog.informed.setChecked(True)
    qtbot.keyClicks(dialog.reason, "Follow-up call done")
    click(qtbot, dialog.ok)
    assert tab.dialog is None and "Closed" in tab.outcome.summary.text()
    with vault.session() as session:
        assert session.query(Task).filter_by(kind="follow_up").count() == 0
