"""The Assessment tab and the structured assessment form with real widgets: an assessment
saved with the keyboard and the mouse sets the risk level and a safety flag in the record
header, the re-assessment date shows in the Plan tab; a flag unticked leaves the header; a
change of the tool's language keeps the answers; the lock closes the form."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from app.core.timeutil import local_today
from app.models import AuditEvent, Client
from app.ui.assessment.form import AssessmentDialog
from app.ui.widgets import long_day
from tests.ui.conftest import open_record, started

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
WORDS = "I just want to keep my kids in the same school."


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_section(qtbot, dialog, row: int) -> None:
    """Choose a section in the list on the left with the mouse."""
    rect = dialog.sections.visualItemRect(dialog.sections.item(row))
    qtbot.mouseClick(dialog.sections.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def open_form(make_controller, one_client, qtbot):
    """Ctrl+Shift+A from the record's Overview: the Assessment tab, with the form open."""
    controller = started(make_controller, one_client.vault, qtbot)
    record = open_record(controller, one_client.client_id)
    assert record.tabs.currentIndex() == 0
    qtbot.keyClick(controller.window, Qt.Key.Key_A, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert record.tabs.currentWidget() is record.assessment
    dialog = record.assessment.dialog
    assert dialog is not None and dialog.windowTitle() == "New assessment"  # no client name
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    return controller, record, dialog


def test_an_assessment_saved_with_keyboard_and_mouse_updates_the_record(
    make_controller, one_client, qtbot
):
    _controller, record, dialog = open_form(make_controller, one_client, qtbot)
    assert record.header.status.text().startswith("Low risk")
    assert dialog.about.kind.currentData() == "assessment"  # the case's first
    assert dialog.sections.hasFocus()  # the keyboard starts on the list of sections
    click(qtbot, dialog.ok)
    assert "at least one area" in dialog.error.text()  # the form stays open to fix

    qtbot.keyClick(dialog, Qt.Key.Key_PageDown, CTRL)  # the keyboard: Housing
    housing = dialog.pages.currentWidget()
    assert housing.domain.code == "housing" and housing.rating.focus_target().hasFocus()
    qtbot.keyClick(dialog, Qt.Key.Key_3, ALT)  # a mnemonic clicks after a short animation
    qtbot.waitUntil(lambda: housing.rating.value() == 3, timeout=2000)
    qtbot.keyClick(dialog, Qt.Key.Key_N, ALT)
    qtbot.keyClicks(housing.needs, "Two months of rent arrears")
    qtbot.keyClick(dialog, Qt.Key.Key_W, ALT)
    qtbot.keyClicks(housing.words, WORDS)
    assert dialog.sections.item(1).text() == "Housing — 3"

    click_section(qtbot, dialog, 6)  # the mouse: Safety
    safety = dialog.pages.currentWidget()
    assert safety.domain.title == "Safety"
    four = safety.rating.group.button(4)  # on its round box: the label is narrower than the cell
    qtbot.mouseClick(four, Qt.MouseButton.LeftButton, pos=QPoint(8, four.height() // 2))
    click_section(qtbot, dialog, dialog.sections.count() - 1)
    risk = dialog.risk
    assert "suggest: High" in risk.suggestion.text() and "Safety" in risk.suggestion.text()
    qtbot.keyClick(dialog, Qt.Key.Key_R, ALT)
    qtbot.keyClick(risk.risk, Qt.Key.Key_H)
    assert risk.risk_level() == "high"
    qtbot.keyClick(dialog, Qt.Key.Key_A, ALT)
    qtbot.keyClicks(risk.new_flags, "Visit in pairs")
    due = local_today() + timedelta(days=90)
    assert risk.next_due.value() == due
    qtbot.keyClick(dialog, Qt.Key.Key_S, ALT)  # &Save assessment
    tab = record.assessment
    qtbot.waitUntil(lambda: tab.dialog is None, timeout=2000)
    assert record.header.status.text().startswith("High risk")
    assert not record.safety.isHidden() and "Visit in pairs" in record.safety.text()
    assert "Dog on premises" in record.safety.text()
    row = tab.list.topLevelItem(0)
    assert [row.text(0), row.text(2), row.text(3)] == [
        long_day(local_today()),
        "High",
        long_day(due),
    ]
    assert tab.summary.text().endswith(f"re-assessment due {long_day(due)}")
    tab.list.setCurrentItem(row)
    shown = tab.details.toPlainText()
    assert f"“{WORDS}”" in shown and "Housing — 3 Serious difficulty" in shown

    record.show_tab("plan")
    assert f"re-assessment due {long_day(due)}" in record.plan.assessed.text()
    with one_client.vault.session() as session:
        client = session.get(Client, one_client.client_id)
        assert client.risk_level == "high"
        assert client.safety_flags == ["Dog on premises", "Visit in pairs"]
        assert session.query(AuditEvent).filter_by(action="assessment.viewed").count() == 1


def test_an_unticked_safety_flag_leaves_the_header(make_controller, one_client, qtbot):
    _controller, record, dialog = open_form(make_controller, one_client, qtbot)
    dialog.show_section("daily_living").rating.set_value(0)
    click_section(qtbot, dialog, dialog.sections.count() - 1)
    qtbot.keyClick(dialog, Qt.Key.Key_F, ALT)  # Safety &flags
    flags = dialog.risk.flags
    assert flags.hasFocus() and flags.item(0).text() == "Dog on premises"
    flags.setCurrentRow(0)
    qtbot.keyClick(flags, Qt.Key.Key_Space)
    assert dialog.risk.removed_flags() == ("Dog on premises",)
    click(qtbot, dialog.ok)
    assert record.assessment.dialog is None
    assert record.safety.isHidden()
    assert record.header.status.text().startswith("Low risk")  # the worker kept it


def test_switching_the_tool_to_spanish_keeps_the_answers(make_controller, one_client, qtbot):
    _controller, _record, dialog = open_form(make_controller, one_client, qtbot)
    housing = dialog.show_section("housing")
    housing.rating.set_value(2)
    housing.words.setPlainText(WORDS)
    tool = dialog.about.instrument
    tool.setCurrentIndex(
        next(i for i in range(tool.count()) if tool.itemText(i).endswith("Spanish"))
    )
    assert dialog.instrument().language == "es"
    vivienda = dialog.show_section("housing")
    assert vivienda is not housing and vivienda.domain.title == "Vivienda"
    assert vivienda.rating.value() == 2 and vivienda.words.toPlainText() == WORDS
    assert dialog.sections.item(1).text() == "Vivienda — 2"
    assert dialog.draft().language == "es"


def test_the_form_fits_the_screen_names_its_controls_and_closes_on_lock(
    make_controller, one_client, qtbot
):
    from tests.ui.test_caseload import KINDS, inside

    controller, record, dialog = open_form(make_controller, one_client, qtbot)
    assert dialog.width() <= 1366 and dialog.height() <= 740
    unnamed = [
        f"{type(w).__name__} in {type(w.parent()).__name__}"
        for w in dialog.findChildren(QWidget)
        if isinstance(w, KINDS)
        and not w.objectName().startswith("qt_")
        and not inside(w, KINDS)
        and not w.accessibleName()
    ]
    assert unnamed == []
    dialog.show_section("housing").words.setPlainText(WORDS)
    controller.lock()
    assert record.assessment.dialog is None and record.is_empty()
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert not any(isinstance(w, AssessmentDialog) for w in shown)


def test_tab_goes_through_the_section_shown_then_the_buttons(make_controller, one_client, qtbot):
    _controller, _record, dialog = open_form(make_controller, one_client, qtbot)
    dialog.sections.setCurrentRow(1)  # Housing
    seen = []
    for _ in range(9):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget().accessibleName())
    assert seen == [
        "Not rated",
        "Needs",
        "Strengths",
        "Client's own words",
        "Previous section (Ctrl+PgUp)",
        "Next section (Ctrl+PgDown)",
        "Save assessment",
        "Cancel",
        "Sections of the assessment",
    ]
