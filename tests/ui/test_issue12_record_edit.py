"""Issue 12 on the record's Case and Plan tabs: a stage move asks first and needs a reason, a
visit outside the client's safe times (or against their permissions, or on a closed case) warns
before it saves, and every control of these screens and their forms is named, described,
reachable with Tab and fits a 1366×768 screen at 125 % (1092×580)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from sqlalchemy import select

from app.core.stages import CaseStage
from app.models import Case, Client, Visit
from app.services.casework import StageMoveRefused, move_stage, stage_history
from app.services.conflicts import ConflictView
from app.services.monitoring import PlanAgreement
from app.services.plan import add_goal, add_objective, case_plan
from app.services.visit_checks import VisitFacts
from app.ui.record.dialogs import (
    ConflictDialog,
    OpenCaseDialog,
    ReviewConflictDialog,
    StageMoveDialog,
    TransferDialog,
)
from app.ui.record.plan_dialogs import (
    AgreementDialog,
    GoalDialog,
    GoalStatusDialog,
    InterventionDialog,
    ObjectiveDialog,
    ProgressDialog,
)
from app.ui.record.visits import VisitDialog
from tests.ui import a11y
from tests.ui.conftest import open_record, started

FIT = (1092, 580)


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def record_at(make_controller, one_client, qtbot, key: Qt.Key):
    controller = started(make_controller, one_client.vault, qtbot)
    record = open_record(controller, one_client.client_id)
    qtbot.keyClick(record.tabs, key, Qt.KeyboardModifier.AltModifier)
    return record


def stage_of(one_client) -> str:
    with one_client.vault.session() as session:
        return session.get(Case, one_client.case_id).stage


# -- stage moves -------------------------------------------------------------------------
def test_a_stage_move_asks_first_and_cancel_changes_nothing(make_controller, one_client, qtbot):
    tab = record_at(make_controller, one_client, qtbot, Qt.Key.Key_A).case
    click(qtbot, tab.move_buttons[CaseStage.ASSESSMENT])
    dialog = tab.dialog
    assert isinstance(dialog, StageMoveDialog) and dialog.isVisible()
    assert "Move this case from Intake to Assessment?" in texts(dialog)
    assert "Rosa" not in dialog.windowTitle() and "Rosie" not in dialog.windowTitle()
    click(qtbot, dialog.cancel)
    assert tab.dialog is None and stage_of(one_client) == "intake"


def test_a_stage_move_needs_a_reason_and_keeps_it(make_controller, one_client, qtbot):
    tab = record_at(make_controller, one_client, qtbot, Qt.Key.Key_A).case
    click(qtbot, tab.move_buttons[CaseStage.PLANNING])
    dialog = tab.dialog
    click(qtbot, dialog.ok)  # no reason: the service refuses, the form stays
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert "reason for moving the case" in dialog.error.text()
    assert tab.dialog is dialog and stage_of(one_client) == "intake"
    qtbot.keyClicks(dialog.reason, "Assessment done at the first visit")
    click(qtbot, dialog.ok)
    qtbot.waitUntil(lambda: tab.dialog is None)
    assert stage_of(one_client) == "planning"
    qtbot.waitUntil(lambda: tab.history.topLevelItemCount() == 2)
    newest = tab.history.topLevelItem(0)
    assert [newest.text(1), newest.text(3)] == [
        "Intake → Planning",
        "Assessment done at the first visit",
    ]


def test_the_service_refuses_a_move_without_a_reason(one_client) -> None:
    vault = one_client.vault
    with vault.session() as session:
        for empty in (None, "", "   "):
            with pytest.raises(StageMoveRefused, match="reason for moving the case"):
                move_stage(session, one_client.case_id, CaseStage.ASSESSMENT, vault.owner_id, empty)
        move_stage(session, one_client.case_id, CaseStage.ASSESSMENT, vault.owner_id, " Seen ")
        assert stage_history(session, one_client.case_id)[-1].reason == "Seen"


# -- visit warnings ----------------------------------------------------------------------
def next_monday(hour: int) -> datetime:
    today = date.today()
    day = today + timedelta(days=7 - today.weekday())
    return datetime(day.year, day.month, day.day, hour)


def test_a_visit_outside_the_safe_times_warns_and_go_back_saves_nothing(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = VisitDialog(parent, VisitFacts(safe_times="Weekdays 9-12"))
    submitted: list[bool] = []
    dialog.submitted.connect(lambda: submitted.append(True))
    dialog.open()
    dialog.set_start(next_monday(18))
    click(qtbot, dialog.ok)
    box = dialog.confirm
    assert box is not None and box.isVisible()
    assert "safe times are “Weekdays 9-12”" in box.text() and "18:00" in box.text()
    assert box.text().endswith("Schedule it anyway?")
    click(qtbot, box.escapeButton())
    assert submitted == [] and dialog.isVisible() and dialog.ok.isEnabled()
    click(qtbot, dialog.ok)
    anyway = next(b for b in dialog.confirm.buttons() if b is not dialog.confirm.escapeButton())
    click(qtbot, anyway)
    assert submitted == [True]


def test_a_visit_inside_the_safe_times_saves_without_asking(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = VisitDialog(parent, VisitFacts(safe_times="Weekdays 9-12"))
    submitted: list[bool] = []
    dialog.submitted.connect(lambda: submitted.append(True))
    dialog.open()
    dialog.set_start(next_monday(10))
    click(qtbot, dialog.ok)
    assert dialog.confirm is None and submitted == [True]


def test_the_visit_form_warns_about_the_client_and_a_closed_case(qtbot) -> None:
    facts = VisitFacts(do_not_call=True, case_stage="closure", case_closed_on=date(2025, 3, 1))
    dialog = VisitDialog(None, facts)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("phone"))
    said = dialog.warnings()
    assert said[0].startswith("This case was closed on") and "1 Mar 2025" in said[0]
    assert said[1] == "This client has asked not to be phoned."


def test_scheduling_from_the_tab_reads_the_safe_times(make_controller, one_client, qtbot):
    with one_client.vault.session() as session:
        session.get(Client, one_client.client_id).safe_contact_times = "Weekdays 9-12"
    tab = record_at(make_controller, one_client, qtbot, Qt.Key.Key_K).activity
    tab.schedule_visit()
    dialog = tab.dialog
    qtbot.waitUntil(dialog.ok.isEnabled)  # the client's details were read
    assert "Safe times: Weekdays 9-12" in dialog.reminder.text()
    dialog.set_start(next_monday(19))
    click(qtbot, dialog.ok)
    click(qtbot, dialog.confirm.escapeButton())
    assert tab.dialog is dialog
    with one_client.vault.session() as session:
        assert session.scalars(select(Visit)).all() == []


# -- accessibility and fit ---------------------------------------------------------------
def texts(dialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def assert_accessible(root, qtbot, elsewhere: QWidget | None = None) -> None:
    """`elsewhere`: a part owned and tested by another screen (the Case tab's closure panel,
    tests/ui/test_closure.py), left out of the name and description checks here."""
    skipped = {a11y.describe(w) for w in a11y.controls(elsewhere)} if elsewhere else set()
    assert [w for w in a11y.unnamed(root) if w not in skipped] == []
    assert [w for w in a11y.undescribed(root) if w not in skipped] == []
    walk = a11y.tab_walk(root)  # a lone control is no trap (tests/ui/a11y.py)
    assert walk.traps == [] and walk.unreached == []


def assert_fits(dialog) -> None:
    hint = dialog.minimumSizeHint()
    assert hint.width() <= FIT[0] and hint.height() <= FIT[1], hint
    assert dialog.width() <= FIT[0] and dialog.height() <= FIT[1], dialog.size()


def test_the_case_and_plan_tabs_are_named_described_and_walkable(
    make_controller, one_client, qtbot
):
    with one_client.vault.session() as session:
        add_goal(session, one_client.case_id, "Keep the flat")
    record = record_at(make_controller, one_client, qtbot, Qt.Key.Key_A)
    assert_accessible(record.case, qtbot, elsewhere=record.case.outcome)
    qtbot.keyClick(record.tabs, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: record.plan.goals.topLevelItemCount() == 1)
    record.plan.goals.setCurrentItem(record.plan.goals.topLevelItem(0))
    assert_accessible(record.plan, qtbot)


def the_forms(vault, case_id: str, parent: QWidget) -> list:
    with vault.session() as session:
        goal_id = add_goal(session, case_id, "Keep the flat")
        add_objective(session, goal_id, "Pay rent", "months paid", "0 of 3", "3 of 3")
        plan = case_plan(session, case_id)
    goal = plan.goals[0]
    objective = goal.objectives[0]
    conflict = ConflictView(
        "c1", "w1", None, case_id, "neighbour", "Lives next door", date(2025, 3, 1),
        "pending", None, None, None, None, worker_name="Alex Rivera",
    )  # fmt: skip
    return [
        StageMoveDialog(CaseStage.ASSESSMENT, CaseStage.PLANNING, parent),
        OpenCaseDialog(["Housing stability"], None, parent),
        TransferDialog([], parent),
        ConflictDialog(parent),
        ReviewConflictDialog(conflict, parent),
        GoalDialog(parent),
        ObjectiveDialog(goal.title, parent),
        InterventionDialog(goal, objective, parent),
        ProgressDialog(objective, parent),
        GoalStatusDialog(goal, parent),
        AgreementDialog(PlanAgreement(None, None, None), parent),
        VisitDialog(parent, VisitFacts(safe_times="Weekdays 9-12", contact_rules="Text first")),
    ]


def test_every_form_is_named_described_walkable_and_fits(one_client, qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    for dialog in the_forms(one_client.vault, one_client.case_id, parent):
        dialog.open()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
        assert_accessible(dialog, qtbot)
        assert_fits(dialog)
        dialog.reject()
