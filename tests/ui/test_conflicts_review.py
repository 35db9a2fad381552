"""A supervisor reviews a colleague's conflict-of-interest declaration on the Conflicts tab;
a worker who is not a supervisor sees the status but cannot review."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.models import ConflictDeclaration, WorkerProfile
from app.services.conflicts import declare_conflict
from app.ui.record.conflicts_tab import OWN_TIP
from app.ui.widgets import local_moment
from tests.ui.conftest import OneClient, open_record, started

PENDING = "Pending supervisor review"


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def set_owner_role(one_client: OneClient, role: str) -> None:
    with one_client.vault.session() as session:
        session.get(WorkerProfile, one_client.vault.owner_id).role = role


@pytest.fixture
def declared(one_client: OneClient) -> str:
    """A colleague's declaration about the client, waiting for review."""
    with one_client.vault.session() as session:
        colleague = WorkerProfile(display_name="Jordan Lee")
        session.add(colleague)
        session.flush()
        return declare_conflict(
            session,
            colleague.id,
            "Neighbour",
            "Lives two doors from my mother.",
            client_id=one_client.client_id,
        )


def conflicts_tab(make_controller, one_client: OneClient, qtbot):
    controller = started(make_controller, one_client.vault, qtbot)
    record = open_record(controller, one_client.client_id)
    qtbot.keyClick(record.tabs, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # Co&nflicts
    assert record.tabs.currentWidget() is record.conflicts
    return record, record.conflicts


def test_a_supervisor_reviews_a_declaration(make_controller, one_client, declared, qtbot):
    set_owner_role(one_client, "supervisor")
    record, tab = conflicts_tab(make_controller, one_client, qtbot)
    assert tab.statuses() == [PENDING]
    assert tab.list.topLevelItem(0).text(3) == PENDING
    assert "1 pending supervisor review" in record.conflict.text()
    assert tab.review_button.isVisible() and tab.review_button.isEnabled()
    click(qtbot, tab.review_button)
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Review a conflict of interest"
    shown = [label.text() for label in dialog.findChildren(type(dialog.error))]
    assert any(text.endswith("by Jordan Lee") for text in shown)
    assert "Lives two doors from my mother." in shown
    click(qtbot, dialog.ok)
    assert dialog.error.text() == "Please fill in the review note."  # the form stays open
    dialog.outcome.setCurrentIndex(dialog.outcome.findText("Continue with safeguards"))
    dialog.note.setPlainText("Home visits by a colleague; office contact only.")
    click(qtbot, dialog.ok)
    assert tab.dialog is None
    with one_client.vault.session() as session:
        row = session.get(ConflictDeclaration, declared)
        assert row.reviewed_by_id == one_client.vault.owner_id and row.reviewed_at is not None
        day = local_moment(row.reviewed_at, date_only=True)
    reviewed = f"Continue with safeguards (reviewed by Alex Rivera on {day})"
    assert tab.statuses() == [reviewed]
    assert tab.list.topLevelItem(0).text(3) == reviewed
    assert "declared and reviewed" in record.conflict.text()
    assert not tab.review_button.isEnabled()  # nothing left to review


def test_a_worker_who_is_not_a_supervisor_has_no_review(
    make_controller, one_client, declared, qtbot
):
    _record, tab = conflicts_tab(make_controller, one_client, qtbot)
    assert tab.statuses() == [PENDING]
    assert tab.review_button.isHidden()
    tab.list.setCurrentItem(tab.list.topLevelItem(0))
    qtbot.keyClick(tab.list, Qt.Key.Key_Return)  # Enter on the row opens nothing either
    assert tab.dialog is None


def test_a_supervisor_cannot_review_their_own_declaration(make_controller, one_client, qtbot):
    set_owner_role(one_client, "supervisor")
    with one_client.vault.session() as session:
        declare_conflict(
            session, one_client.vault.owner_id, "Cousin", "Family", client_id=one_client.client_id
        )
    _record, tab = conflicts_tab(make_controller, one_client, qtbot)
    tab.list.setCurrentItem(tab.list.topLevelItem(0))
    assert tab.statuses() == [PENDING]
    assert tab.review_button.isVisible() and not tab.review_button.isEnabled()
    assert tab.review_button.toolTip() == OWN_TIP


def test_the_review_form_names_every_control(make_controller, one_client, declared, qtbot):
    from tests.ui.test_caseload import KINDS, inside

    set_owner_role(one_client, "supervisor")
    _record, tab = conflicts_tab(make_controller, one_client, qtbot)
    assert tab.review_button.accessibleName() == "Review the selected declaration"
    qtbot.keyClick(tab.list, Qt.Key.Key_Return)  # Enter on the selected row opens the review
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    unnamed = [
        type(w).__name__
        for w in dialog.findChildren(object)
        if isinstance(w, KINDS)
        and not w.objectName().startswith("qt_")
        and not inside(w, KINDS)
        and not w.accessibleName()
    ]
    assert unnamed == []
    dialog.reject()
    assert tab.dialog is None
