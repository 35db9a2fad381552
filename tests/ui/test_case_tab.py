"""The Case tab: stage moves forwards and back, closing with the checklist, and transfer."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.core.stages import CaseStage
from app.models import WorkerProfile
from app.services.casework import stage_history
from tests.ui.conftest import open_record, rows_loaded, started


def history(tab) -> list[list[str]]:
    """The stage history as shown: newest first, [move, by, why]."""
    tree = tab.history
    return [
        [tree.topLevelItem(i).text(c) for c in (1, 2, 3)] for i in range(tree.topLevelItemCount())
    ]


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


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
    click(qtbot, tab.move_buttons[CaseStage.ASSESSMENT])
    click(qtbot, tab.move_buttons[CaseStage.PLANNING])
    back = tab.move_buttons[CaseStage.ASSESSMENT]
    assert back.text() == "← Back to Assessment"
    tab.reason.setText("Income changed: assess again")
    click(qtbot, back)
    assert tab.reason.text() == ""
    assert "Assessment" in record.status.text()  # the header follows
    assert tab.steps.accessibleDescription() == "Assessment, step 2 of 7"
    assert record.tabs.currentWidget() is tab  # the worker stays where they were
    assert history(tab) == [
        ["Planning → Assessment", "Alex Rivera", "Income changed: assess again"],
        ["Assessment → Planning", "Alex Rivera", ""],
        ["Intake → Assessment", "Alex Rivera", ""],
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


def test_closing_is_refused_until_the_checklist_is_complete(make_controller, one_client, qtbot):
    record, tab = case_tab(make_controller, one_client, qtbot)
    click(qtbot, tab.close_button)
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Close case"
    for key in ("goals_reviewed", "client_informed", "referrals_made"):
        dialog.checks[key].setChecked(True)
    dialog.reason.setText("Goals met; moved in with her sister")
    click(qtbot, dialog.ok)
    assert dialog.isVisible()
    assert dialog.error.text() == "Before closing, confirm: follow-up scheduled."
    assert "Intake" in record.status.text()
    dialog.checks["follow_up_scheduled"].setChecked(True)
    click(qtbot, dialog.ok)
    assert tab.dialog is None  # closed
    assert "Closure" in record.status.text()
    assert history(tab)[0] == [
        "Intake → Closure",
        "Alex Rivera",
        "Goals met; moved in with her sister",
    ]
    assert {t.text() for t in tab.move_buttons.values()} == {
        "On to Follow-up →",
        "Reopen at Intake",
        "Reopen at Monitoring",
    }
    assert not tab.transfer_button.isEnabled()  # a closed case is not handed over


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
