"""Intake with real widgets: a new client by keyboard only (Ctrl+Shift+N, type, Tab, Enter);
the duplicate step on a sound-alike name with the same date of birth, both answers recorded;
Edit details updates the record header; household members and other contacts, and a
screening, on the Intake tab."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from app.models import Case, Client, DuplicateDecision, RelatedPerson, Screening
from app.services import intake
from app.services.intake import ClientDetails
from tests.ui.conftest import open_record, started
from tests.ui.test_caseload import KINDS, inside

BORN = date(1979, 12, 1)


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_here(qtbot, text: str) -> None:
    """Type into whatever has the keyboard focus (as a worker would)."""
    qtbot.keyClicks(QApplication.focusWidget(), text)


def key(qtbot, which: Qt.Key) -> None:
    qtbot.keyClick(QApplication.focusWidget(), which)


def unnamed(root: QWidget) -> list[str]:
    return [
        f"{type(w).__name__} in {type(w.parent()).__name__}"
        for w in root.findChildren(QWidget)
        if isinstance(w, KINDS)
        and not w.objectName().startswith("qt_")
        and not inside(w, KINDS)
        and not w.accessibleName()
    ]


def add_rosa(vault) -> str:
    details = ClientDetails("Rosa", "Delgado", date_of_birth=BORN, phone="555-0101")
    with vault.session() as session:
        return intake.create_client(session, details, vault.owner_id).client_id


def new_client_dialog(controller, qtbot):
    window = controller.window
    qtbot.keyClick(
        window,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = controller.intake.desk.dialog
    assert dialog is not None and dialog.windowTitle() == "New client"  # never a name
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.first, timeout=3000)
    return dialog


def clients(vault) -> list[Client]:
    with vault.session() as session:
        return list(session.scalars(select(Client).order_by(Client.created_at)))


def test_new_client_by_keyboard_only(make_controller, vault, qtbot) -> None:
    controller = started(make_controller, vault, qtbot)
    assert controller.window.new_client_action.shortcut().toString() == "Ctrl+Shift+N"
    dialog = new_client_dialog(controller, qtbot)
    assert unnamed(dialog) == []
    type_here(qtbot, "Marisol")
    key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.last
    type_here(qtbot, "Quintero")
    key(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, "Mari")  # preferred name
    key(qtbot, Qt.Key.Key_Return)  # the form's default button: Save client
    assert controller.intake.desk.dialog is None
    [saved] = clients(vault)
    names = [saved.legal_first_name, saved.legal_last_name, saved.preferred_name]
    assert names == ["Marisol", "Quintero", "Mari"]
    record = controller.window.workspace.record
    assert record.client_id == saved.id and record.header.name.text() == "Mari Quintero"
    assert controller.window.windowTitle() == "Caseload"
    caseload = controller.window.workspace.caseload
    qtbot.waitUntil(lambda: caseload.model.rowCount() == 1, timeout=3000)


def test_a_refusal_keeps_the_form_open_with_what_was_typed(make_controller, vault, qtbot):
    controller = started(make_controller, vault, qtbot)
    dialog = new_client_dialog(controller, qtbot)
    type_here(qtbot, "Marisol")
    key(qtbot, Qt.Key.Key_Return)
    assert controller.intake.desk.dialog is dialog and dialog.isVisible()
    assert "family name" in dialog.error.text() and dialog.first.text() == "Marisol"
    assert clients(vault) == []


def fill_roza(dialog) -> None:
    dialog.first.setText("Roza")
    dialog.last.setText("Delgadoh")
    dialog.born.enabled.setChecked(True)
    dialog.born.edit.setDate(QDate(1979, 12, 1))


def test_sound_alike_with_the_same_birth_date_warns_and_a_different_person_is_saved(
    make_controller, vault, qtbot
) -> None:
    rosa = add_rosa(vault)
    controller = started(make_controller, vault, qtbot)
    dialog = new_client_dialog(controller, qtbot)
    fill_roza(dialog)
    click(qtbot, dialog.ok)
    panel = dialog.duplicates
    assert panel.isVisible() and dialog.details_area.isHidden() and dialog.ok.isHidden()
    assert unnamed(dialog) == []
    row = panel.list.topLevelItem(0)
    assert panel.list.topLevelItemCount() == 1
    assert [row.text(c) for c in range(5)] == [
        "Rosa Delgado",
        "1 Dec 1979",
        "555-0101",
        "name sounds alike, same date of birth",
        "Alex Rivera",
    ]
    assert len(clients(vault)) == 1  # nothing saved yet
    qtbot.keyClick(panel.list, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # &Different
    qtbot.waitUntil(lambda: controller.intake.desk.dialog is None)  # a mnemonic animates
    rosa_row, roza = clients(vault)
    assert rosa_row.id == rosa and roza.legal_first_name == "Roza"
    with vault.session() as session:
        [decision] = session.scalars(select(DuplicateDecision)).all()
    decided = (decision.client_id, decision.other_client_id, decision.decision)
    assert decided == (roza.id, rosa, "different_person")
    assert controller.window.workspace.record.client_id == roza.id


def test_same_person_opens_the_existing_record_and_saves_nothing_new(
    make_controller, vault, qtbot
) -> None:
    rosa = add_rosa(vault)
    controller = started(make_controller, vault, qtbot)
    dialog = new_client_dialog(controller, qtbot)
    fill_roza(dialog)
    dialog.phone.setText("(555) 0101")
    click(qtbot, dialog.ok)
    row = dialog.duplicates.list.topLevelItem(0)
    assert row.text(3) == "same phone number, name sounds alike, same date of birth"
    click(qtbot, dialog.duplicates.back)  # back to the details, then forward again
    assert dialog.details_area.isVisible() and dialog.ok.isVisible() and dialog.ok.isEnabled()
    click(qtbot, dialog.ok)
    click(qtbot, dialog.duplicates.same)
    assert controller.intake.desk.dialog is None
    assert [c.id for c in clients(vault)] == [rosa]
    with vault.session() as session:
        [decision] = session.scalars(select(DuplicateDecision)).all()
    assert (decision.client_id, decision.decision) == (rosa, "same_person")
    assert decision.matched_on == ["phone", "name_sound", "date_of_birth"]
    assert controller.window.workspace.record.client_id == rosa


def test_edit_details_updates_the_record_header(make_controller, one_client, qtbot) -> None:
    controller = started(make_controller, one_client.vault, qtbot)
    record = open_record(controller, one_client.client_id)
    assert record.header.name.text() == "Rosie Delgado"
    assert record.header.edit_details.shortcut().toString() == "Ctrl+Shift+E"
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    controller.window.workspace.show_caseload()  # the keys work from the search box too
    assert QApplication.focusWidget() is controller.window.workspace.caseload.search
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_E, shift_ctrl)
    qtbot.waitUntil(lambda: controller.intake.desk.dialog is not None)  # a shortcut animates
    dialog = controller.intake.desk.dialog
    assert dialog is not None and dialog.windowTitle() == "Edit client details"
    assert (dialog.first.text(), dialog.preferred.text()) == ("Rosa", "Rosie")
    assert dialog.language.currentData() == "es"
    assert unnamed(dialog) == []
    dialog.preferred.setText("Ro")
    dialog.pronouns.setCurrentText("they/them")
    dialog.may_message.setCurrentIndex(dialog.may_message.findData("False"))
    dialog.safe_time.setText("Mornings only")
    click(qtbot, dialog.ok)
    assert controller.intake.desk.dialog is None, dialog.error.text()
    header = record.header
    assert header.name.text() == "Ro Delgado" and header.pronouns.text() == "they/them"
    assert "Do not leave messages." in header.contact.text()
    assert "Mornings only" in header.contact.text()
    with one_client.vault.session() as session:
        client = session.get(Client, one_client.client_id)
        assert client.safety_flags == ["Dog on premises"]  # untouched by the edit
        assert client.may_leave_message is False and client.may_visit is None


def test_household_member_and_contact_show_in_the_record(make_controller, one_client, qtbot):
    controller = started(make_controller, one_client.vault, qtbot)
    record = open_record(controller, one_client.client_id)
    qtbot.keyClick(record.tabs, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # &Intake
    tab = record.intake
    assert record.tabs.currentWidget() is tab
    assert tab.people.topLevelItem(1).text(0) == "None recorded."
    click(qtbot, tab.household_button)
    dialog = tab.dialog
    assert dialog.windowTitle() == "Add a household member" and unnamed(dialog) == []
    dialog.name.setText("Mateo Delgado")
    dialog.relationship.setText("son")
    click(qtbot, dialog.ok)
    assert tab.dialog is None, dialog.error.text()
    member = tab.people.topLevelItem(1)
    assert [member.text(c) for c in range(4)] == [
        "Mateo Delgado",
        "son",
        "no: do not mention it",
        "no",
    ]
    assert "Mateo Delgado" in record.body.toPlainText()  # the Overview too
    assert record.tabs.currentWidget() is tab  # the worker stays on the tab

    click(qtbot, tab.contact_button)
    gp = tab.dialog
    gp.name.setText("Dr Okafor")
    gp.relationship.setText("GP")
    gp.organisation.setText("Valley Clinic")
    gp.may_contact.setChecked(True)
    gp.aware.setChecked(True)
    click(qtbot, gp.ok)
    texts = [tab.people.topLevelItem(i).text(0) for i in range(tab.people.topLevelItemCount())]
    assert texts == ["Household member", "Mateo Delgado", "Other contact", "Dr Okafor"]
    contact = tab.people.topLevelItem(3)
    assert contact.text(1) == "GP, Valley Clinic" and contact.text(3) == "yes"

    tab.people.setCurrentItem(tab.people.topLevelItem(1))
    click(qtbot, tab.edit_button)
    edit = tab.dialog
    assert edit.name.text() == "Mateo Delgado"
    edit.aware.setChecked(True)
    click(qtbot, edit.ok)
    assert tab.people.topLevelItem(1).text(2) == "knows"
    with one_client.vault.session() as session:
        people = session.scalars(select(RelatedPerson).order_by(RelatedPerson.name)).all()
    stored = [(p.name, p.kind, p.aware_of_services) for p in people]
    assert stored == [("Dr Okafor", "collateral", True), ("Mateo Delgado", "household", True)]


def test_remove_a_person_after_confirming(make_controller, one_client, qtbot) -> None:
    controller = started(make_controller, one_client.vault, qtbot)
    record = open_record(controller, one_client.client_id)
    record.show_tab("intake")
    tab = record.intake
    click(qtbot, tab.household_button)
    tab.dialog.name.setText("Mateo Delgado")
    tab.dialog.relationship.setText("son")
    click(qtbot, tab.dialog.ok)
    tab.people.setCurrentItem(tab.people.topLevelItem(1))
    click(qtbot, tab.remove_button)
    box = next(w for w in QApplication.topLevelWidgets() if w.windowTitle() == "Remove person")
    click(qtbot, box.button(box.StandardButton.Yes))
    assert tab.people.topLevelItem(1).text(0) == "None recorded."
    assert "Mateo" not in record.body.toPlainText()


def test_screening_opens_the_case_at_intake(make_controller, vault, qtbot) -> None:
    rosa = add_rosa(vault)
    controller = started(make_controller, vault, qtbot)
    record = open_record(controller, rosa)
    record.show_tab("intake")
    tab = record.intake
    click(qtbot, tab.screen_button)
    dialog = tab.dialog
    assert dialog.windowTitle() == "Record a screening" and unnamed(dialog) == []
    dialog.program.setCurrentText("Housing stability")
    dialog.criteria.setPlainText("Lives in the area\nAt risk of homelessness")
    dialog.met.setChecked(True)
    click(qtbot, dialog.ok)
    assert "reason" in dialog.error.text()  # stays open, says what is missing
    dialog.reason.setPlainText("Eviction notice for next month")
    assert dialog.open_case.isEnabled() and dialog.open_case.isChecked()
    click(qtbot, dialog.ok)
    assert tab.dialog is None, dialog.error.text()
    with vault.session() as session:
        case = session.scalars(select(Case)).one()
        screening = session.scalars(select(Screening)).one()
    assert (case.stage, screening.case_id) == ("intake", case.id)
    row = tab.screenings.topLevelItem(0)
    assert row.text(1) == f"Housing stability\n{case.case_number}"
    assert row.text(2) == "Eligible\ncriteria met"
    assert "Intake (Housing stability)" in record.header.status.text()


def test_the_lock_closes_the_new_client_form(make_controller, vault, qtbot) -> None:
    controller = started(make_controller, vault, qtbot)
    dialog = new_client_dialog(controller, qtbot)
    type_here(qtbot, "Marisol")
    controller.lock()
    assert not dialog.isVisible() and controller.intake.desk.dialog is None
    assert not controller.window.new_client_action.isEnabled()
