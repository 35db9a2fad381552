"""The "Safety plan and reports" part of the Assessment tab with real widgets: a safety plan
written in its form and shown; a mandated report recorded, shown flagged in red and named
on the record header; a supervisor marks a flagged report reviewed. Screenshots of the tab
(at its size in a 1366×768 window) and the forms go to /tmp/shots13/ when that folder exists."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.models import WorkerProfile
from app.services.safety import ReportDraft, record_mandated_report
from app.ui.access import VaultAccess
from app.ui.assessment.tab import AssessmentTab
from app.ui.record.header import RecordHeader
from app.ui.tasks import SyncTaskRunner
from app.ui.widgets import long_day

SHOTS = Path("/tmp/shots13")
WORDS = "If I start giving my things away, call my sister Marta."


def shoot(widget: QWidget, name: str) -> None:
    if SHOTS.is_dir():
        widget.grab().save(str(SHOTS / f"safety_{name}.png"))


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def open_tab(one_client, qtbot) -> tuple[AssessmentTab, RecordHeader]:
    """The Assessment tab of the client (at the size it has in a 1366×768 window) and the
    record header, read again whenever the tab saved something (as the record view does)."""
    access = VaultAccess(one_client.vault)
    tab, header = AssessmentTab(SyncTaskRunner()), RecordHeader()
    for widget in (tab, header):
        qtbot.addWidget(widget)
    tab.attach(access)
    header.show_record(access.client_record(one_client.client_id))
    tab.changed.connect(lambda: header.show_record(access.client_record(one_client.client_id)))
    tab.changed.connect(tab.load)
    tab.set_record(access.client_record(one_client.client_id), one_client.case_id)
    tab.resize(1340, 560)
    tab.show()
    header.show()
    tab.load()
    return tab, header


def test_a_safety_plan_is_written_and_shown(one_client, qtbot):
    tab, _header = open_tab(one_client, qtbot)
    section = tab.safety
    assert "No safety plan yet" in section.plan.toPlainText()
    click(qtbot, section.plan_button)
    dialog = section.dialog
    assert dialog is not None and dialog.windowTitle() == "Safety plan"  # no client name
    qtbot.keyClicks(dialog.warning_signs, "Stops answering the phone")
    dialog.warning_signs.setFocus()
    qtbot.keyClick(dialog.warning_signs, Qt.Key.Key_Tab)  # Tab moves on to the next part
    assert dialog.focusWidget() is dialog.coping_steps
    qtbot.keyClicks(dialog.coping_steps, "Walk the dog")
    dialog.contacts.setPlainText("Sister Marta; crisis line 988")
    dialog.words.setPlainText(WORDS)
    dialog.reviewed.enabled.setChecked(True)
    shoot(dialog, "plan_form")
    click(qtbot, dialog.ok)
    assert section.dialog is None
    shown = section.plan.toPlainText()
    assert WORDS in shown and "Walk the dog" in shown and "Sister Marta" in shown
    assert long_day(date.today()) in shown
    shoot(tab, "section")


def test_a_mandated_report_is_recorded_flagged_and_named_in_the_header(one_client, qtbot):
    tab, header = open_tab(one_client, qtbot)
    section = tab.safety
    assert not header.reported.isVisible() and not section.review_button.isVisible()
    click(qtbot, section.report_button)
    dialog = section.dialog
    assert dialog.windowTitle() == "Record mandated report"
    click(qtbot, dialog.ok)
    assert "agency" in dialog.error.text()  # the form stays open to fix
    qtbot.keyClicks(dialog.agency, "County child protection")
    qtbot.keyClicks(dialog.reference, "CP-2291")
    qtbot.keyClicks(dialog.disclosed, "Said: he hit my little brother last night")
    qtbot.keyClicks(dialog.basis, "Mandated reporter: suspected child abuse")
    shoot(dialog, "report_form")
    click(qtbot, dialog.ok)
    assert section.dialog is None
    item = section.reports.topLevelItem(0)
    assert item.text(2) == "Flagged for supervisor review"
    assert "County child protection" in item.text(1)
    assert header.reported.isVisible()
    assert header.reported.text() == f"Mandated report made on {long_day(date.today())}."
    section.reports.setCurrentItem(item)
    assert "he hit my little brother" in section.report.toPlainText()
    shoot(tab, "report_shown")
    shoot(header, "header")


def test_a_supervisor_marks_a_flagged_report_reviewed(one_client, qtbot):
    vault = one_client.vault
    with vault.session() as session:
        session.get(WorkerProfile, vault.owner_id).role = "supervisor"
        draft = ReportDraft(
            one_client.client_id, "duty_to_warn", date.today(), "City police", "Threat", "Law"
        )
        record_mandated_report(session, draft, vault.owner_id)
    tab, _header = open_tab(one_client, qtbot)
    section = tab.safety
    assert section.review_button.isVisible() and not section.review_button.isEnabled()
    section.reports.setCurrentItem(section.reports.topLevelItem(0))
    assert section.review_button.isEnabled()
    click(qtbot, section.review_button)
    item = section.reports.topLevelItem(0)
    assert item.text(2).startswith("Reviewed by ")
    section.reports.setCurrentItem(item)
    assert not section.review_button.isEnabled()
