"""The Today view: the worker's day, its shortcuts, and opening a client from it."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout

from app.core.timeutil import local_today
from app.services.activity import add_task
from app.services.records import ClientDraft, create_client
from app.ui.locale_format import short_day
from app.ui.pane import ID_ROLE
from tests.ui.conftest import OneClient, started

CHASE = "Chase the housing benefit form"
NO_CONSENT = ("", "⚠ Rosie Delgado (she/her)", "No consent to services: take it at the next visit")


def add_overdue_task(one: OneClient) -> str:
    with one.vault.session() as session:
        return add_task(
            session,
            CHASE,
            local_today() - timedelta(days=3),
            client_id=one.client_id,
            assigned_to_id=one.vault.owner_id,
        )


def line_texts(today) -> list[tuple[str, str, str]]:
    return [(item.text(0), item.text(1), item.text(2)) for item in today.lines()]


def test_overdue_task_is_listed_until_it_is_done(make_controller, one_client, qtbot) -> None:
    task_id = add_overdue_task(one_client)
    controller = started(make_controller, one_client.vault, qtbot)
    window = controller.window
    today = window.workspace.today
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.lists.currentWidget() is today
    assert today.list.hasFocus()
    due = local_today() - timedelta(days=3)
    [(when, who, what), no_consent] = line_texts(today)
    # the day in the worker's locale; "3 days late" ("3 day(s) late" without the English .qm)
    assert when.startswith(f"{short_day(due)} (3 day") and when.endswith(" late)")
    assert (who, what) == ("⚠ Rosie Delgado (she/her)", CHASE) and no_consent == NO_CONSENT
    item = today.lines()[0]
    tree = today.list
    above = tree.topLevelItem(tree.indexOfTopLevelItem(item) - 1)
    assert above.text(0) == "Overdue tasks (1)"
    assert item.toolTip(1) == "Dog on premises"  # the safety flag, on the marker's tooltip
    assert "1 overdue" in today.summary.text()

    tree.setCurrentItem(item)
    qtbot.keyClick(tree, Qt.Key.Key_Return)  # opens the client, on the tasks tab
    record = window.workspace.record
    assert record.client_id == one_client.client_id
    assert record.tabs.currentWidget() is record.activity

    tab = record.activity
    row = next(
        tab.tasks.topLevelItem(i)
        for i in range(tab.tasks.topLevelItemCount())
        if tab.tasks.topLevelItem(i).data(0, ID_ROLE) == task_id
    )
    assert row.text(2) == "OVERDUE"
    tab.tasks.setCurrentItem(row)
    assert tab.done_button.isEnabled() and tab.done_button.text() == "Mark &done"
    qtbot.mouseClick(tab.done_button, Qt.MouseButton.LeftButton)
    assert line_texts(today) == [NO_CONSENT]  # the day was read again after the change
    assert "0 overdue" in today.summary.text()
    assert [tab.tasks.topLevelItem(0).text(1), tab.tasks.topLevelItem(0).text(2)] == [CHASE, "Done"]


def test_today_sections_and_shortcuts(make_controller, one_client, qtbot) -> None:
    with one_client.vault.session() as session:
        other = create_client(session, ClientDraft("Tomasz", "Kowalski"), one_client.vault.owner_id)
        add_task(session, "Bring the forms", local_today(), client_id=other)
    controller = started(make_controller, one_client.vault, qtbot)
    window = controller.window
    today = window.workspace.today
    assert isinstance(today.drafts_slot, QVBoxLayout) and today.drafts_slot.count() == 1  # drafts
    tree = today.list
    headings = [
        tree.topLevelItem(i).text(0)
        for i in range(tree.topLevelItemCount())
        if not tree.topLevelItem(i).flags() & Qt.ItemFlag.ItemIsEnabled
        and tree.topLevelItem(i).font(0).bold()
    ]
    assert headings == [
        "Visits today (0)",
        "Tasks due today (1)",
        "Overdue tasks (0)",
        "Re-assessments due (0)",
        "Consents expiring within 30 days (0)",
        "Without consent to services (1)",
        "Shared without consent (for review) (0)",
        "Referral follow-ups (0)",
    ]
    assert line_texts(today) == [("Due today", "Tomasz Kowalski", "Bring the forms"), NO_CONSENT]
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert tree.currentItem() is today.lines()[0]  # the first line, not a heading
    with qtbot.waitSignal(today.open_requested) as opened:
        qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert opened.args[0] == other
    assert window.workspace.record.name.text() == "Tomasz Kowalski"
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.lists.currentWidget() is window.workspace.caseload
    assert window.workspace.caseload.search.hasFocus()
    assert window.windowTitle() == "Caseload"
