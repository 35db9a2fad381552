"""The Case tab: opening a case, stage moves forwards and back, and transfer (closing:
tests/ui/test_closure.py)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from app.core.stages import CaseStage
from app.models import WorkerProfile
from app.services.casework import Closing, close_case, stage_history
from app.services.records import ClientDraft, create_client
from app.ui.forms import date_value
from app.ui.record.case_tab import NO_CASE
from tests.ui.conftest import open_record, rows_loaded, started


def history(tab) -> list[list[str]]:
    """The stage history as shown: newest first, [move, by, why]."""
    tree = tab.history
    return [
        [tree.topLevelItem(i).text(c) for c in (1, 2, 3)] for i in range(tree.topLevelItemCount())
    ]


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def confirm_move(qtbot, tab, target, reason) -> None:
    """A move button asks first (tests/ui/test_issue12_record_edit.py); give the reason."""
    click(qtbot, tab.move_buttons[target])
    dialog = tab.dialog
    dialog.reason.setText(reason)
    click(qtbot, dialog.ok)
    qtbot.waitUntil(lambda: tab.dialog is None)


def case_tab(make_controller, one_client, qtbot):
    controller = started(make_controller, one_client.vault, qtbot)
    record = open_record(controller, one_client.client_id)
    qtbot.keyClick(record.tabs, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # C&ase
    assert record.tabs.currentWidget() is record.case
    return record, record.case


def test_moves_forwards_and_back_are_recorded(make_controller, one_client, qtbot) -> None:
    record, tab = case_tab(make_controller, one_client, qtbot)
    assert history(tab) == [["Opened at Intake", "Alex Rivera", "Case opened"]]
    assert tab.steps.accessibleDescription() == "Intake, step 1 of 7"
    assert set(tab.move_buttons) == {
        CaseStage.ASSESSMENT,
        CaseStage.PLANNING,
        CaseStage.IMPLEMENTATION,
        CaseStage.MONITORING,
    }
    assert tab.move_buttons[CaseStage.ASSESSMENT].text() == "On to Assessment →"
    confirm_move(qtbot, tab, CaseStage.ASSESSMENT, "Documents in")
    confirm_move(qtbot, tab, CaseStage.PLANNING, "Assessed")
    back = tab.move_buttons[CaseStage.ASSESSMENT]
    assert back.text() == "← Back to Assessment"
    confirm_move(qtbot, tab, CaseStage.ASSESSMENT, "Income changed: assess again")
    assert "Assessment" in record.status.text()  # the header follows
    assert tab.steps.accessibleDescription() == "Assessment, step 2 of 7"
    assert record.tabs.currentWidget() is tab  # the worker stays where they were
    assert history(tab) == [
        ["Planning → Assessment", "Alex Rivera", "Income changed: assess again"],
        ["Assessment → Planning", "Alex Rivera", "Assessed"],
        ["Intake → Assessment", "Alex Rivera", "Documents in"],
        ["Opened at Intake", "Alex Rivera", "Case opened"],
    ]
    with one_client.vault.session() as session:
        moves = [(e.from_stage, e.to_stage) for e in stage_history(session, one_client.case_id)]
    assert moves == [
        (None, "intake"),
        ("intake", "assessment"),
        ("assessment", "planning"),
        ("planning", "assessment"),
    ]
    model = record.window().workspace.caseload.model
    qtbot.waitUntil(lambda: rows_loaded(model))
    assert model.client_row(0).stage == "assessment"  # the list was read again


def test_transfer_explains_when_no_colleague_is_known(make_controller, one_client, qtbot):
    _record, tab = case_tab(make_controller, one_client, qtbot)
    click(qtbot, tab.transfer_button)
    dialog = tab.dialog
    assert dialog.windowTitle() == "Transfer case"
    assert not dialog.ok.isEnabled() and dialog.worker.count() == 0
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.error)))
    assert "needs the other worker on this device" in texts
    dialog.reject()


def test_transfer_to_a_colleague(make_controller, one_client, qtbot) -> None:
    with one_client.vault.session() as session:
        colleague = WorkerProfile(display_name="Jordan Lee")
        session.add(colleague)
        session.flush()
        colleague_id = colleague.id
    record, tab = case_tab(make_controller, one_client, qtbot)
    click(qtbot, tab.transfer_button)
    dialog = tab.dialog
    assert dialog.worker.currentData() == colleague_id
    click(qtbot, dialog.ok)
    assert "reason and a handover note" in dialog.error.text()
    dialog.reason.setText("Caseload rebalancing")
    dialog.handover.setPlainText("Rent arrears plan agreed; next visit booked.")
    click(qtbot, dialog.ok)
    assert tab.dialog is None
    assert "worker: Jordan Lee" in tab.about.text()
    record.show_tab("timeline")
    titles = [item.text(1) for item in record.timeline.items()]
    assert any("transferred from Alex Rivera to Jordan Lee" in t for t in titles)


def test_a_client_with_no_case_gets_one_opened_at_intake(make_controller, vault, qtbot) -> None:
    with vault.session() as session:
        client_id = create_client(session, ClientDraft("Noor", "Haddad"), vault.owner_id)
    controller = started(make_controller, vault, qtbot)
    record = open_record(controller, client_id)
    qtbot.keyClick(record.tabs, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # C&ase
    tab = record.case
    assert tab.about.text() == NO_CASE and not tab.steps.isVisible()
    assert tab.open_button.isVisible() and tab.open_button.accessibleName() == "Open a case"
    assert tab.open_button.focusPolicy() & Qt.FocusPolicy.TabFocus  # reached with Tab
    tab.open_button.setFocus()
    qtbot.keyClick(tab.open_button, Qt.Key.Key_Space)  # pressed from the keyboard
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Open a case"  # never the client's name
    assert date_value(dialog.opened_on) == date.today()
    assert all(w.accessibleName() for w in (dialog.program, dialog.opened_on, dialog.reason))
    click(qtbot, dialog.ok)
    assert dialog.error.text() == "Please fill in the programme."
    dialog.program.setEditText("Family support")
    dialog.reason.setText("Referred by the school")
    click(qtbot, dialog.ok)
    assert tab.dialog is None
    assert tab.steps.isVisible()
    assert tab.steps.accessibleDescription() == "Intake, step 1 of 7"
    assert not tab.open_button.isVisible()
    assert "Family support · opened" in tab.about.text()
    assert "Intake (Family support)" in record.status.text()
    assert history(tab) == [
        ["Opened at Intake", "Alex Rivera", "Case opened: Referred by the school"]
    ]
    assert CaseStage.ASSESSMENT in tab.move_buttons


def test_a_closed_case_offers_a_new_one(make_controller, one_client, qtbot) -> None:
    record, tab = case_tab(make_controller, one_client, qtbot)
    assert tab.open_button.isHidden()  # the case is open: nothing to offer
    with one_client.vault.session() as session:
        closing = Closing("Moved away", True, follow_up_declined="Moving abroad")
        close_case(session, one_client.case_id, one_client.vault.owner_id, closing)
    record.changed.emit()  # read again, as after any change
    assert tab.case.closed_on is not None and tab.open_button.isVisible()
    click(qtbot, tab.open_button)
    dialog = tab.dialog
    assert dialog.program.currentText() == "Housing stability"  # the last case's programme
    click(qtbot, dialog.ok)
    assert tab.dialog is None
    assert tab.case.closed_on is None and tab.case.id != one_client.case_id
    assert tab.choose.isVisible() and tab.choose.count() == 2
    assert tab.steps.accessibleDescription() == "Intake, step 1 of 7"
    assert tab.open_button.isHidden()
    assert history(tab) == [["Opened at Intake", "Alex Rivera", "Case opened"]]
