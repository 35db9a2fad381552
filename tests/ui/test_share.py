"""Sharing from the client record with real widgets over a real vault: the Disclosures tab,
the share dialog's consent check (covered; not covered, naming what is missing; a legal basis
needs a reason and flags the supervisor), the one-time password that opens the saved file,
the audited save, and the client told."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from app.core.ids import uuid7
from app.models import AuditEvent, CaseNote, Disclosure, RelatedPerson
from app.services.records import RECENT_NOTES
from tests.documents.export_helpers import decrypted_text, qpdf, signed_note
from tests.services.test_consents import signed_consent
from tests.ui.conftest import open_record, started

CLINIC = "Clínica del Valle"
DOCTOR = "Ana Ruiz"
PURPOSE = "care_coordination"
NOTE = "Rosa asked for help with the clinic appointments."
MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
REASON = "Rosa said tonight she will harm herself; the crisis team must know."


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def shot(widget, name: str) -> None:
    """Screenshots for review when SHARE_SHOTS names a folder (not part of the assertions)."""
    folder = os.environ.get("SHARE_SHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / f"share_{name}.png"))


@pytest.fixture
def sharing(one_client):
    vault, client_id = one_client.vault, one_client.client_id
    signed_consent(
        vault, client_id, kind="release_of_information", purposes=(PURPOSE,),
        recipients=(CLINIC,), categories=("identity", "health", "case_plan", "case_notes"),
    )  # fmt: skip
    with vault.session() as session:
        doctor = RelatedPerson(
            id=uuid7(), client_id=client_id, kind="collateral", name=DOCTOR,
            relationship="doctor", organisation=CLINIC,
        )  # fmt: skip
        session.add(doctor)
    signed_note(vault, client_id, one_client.case_id, NOTE)
    return one_client


def disclosures_tab(make_controller, sharing, qtbot):
    controller = started(make_controller, sharing.vault, qtbot)
    record = open_record(controller, sharing.client_id)
    qtbot.keyClick(record.tabs, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # Disc&losures
    assert record.tabs.currentWidget() is record.disclosures
    return record, record.disclosures


def open_share(qtbot, tab):
    click(qtbot, tab.share_button)
    dialog = tab.share_dialog
    assert dialog is not None and dialog.windowTitle() == "Share information"
    return dialog


def checked(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: dialog.check is not None, timeout=3000)


def choose_recipient(dialog, text: str) -> None:
    dialog.recipient.setEditText(text)


def rows(tab) -> list[list[str]]:
    tree = tab.list
    count = tree.columnCount()
    return [
        [tree.topLevelItem(i).text(c) for c in range(count)]
        for i in range(tree.topLevelItemCount())
    ]


def events(vault, action: str) -> list[AuditEvent]:
    with vault.session() as session:
        found = session.scalars(select(AuditEvent).where(AuditEvent.action == action)).all()
        session.expunge_all()
        return list(found)


def test_a_covered_share_saves_a_packet_the_password_opens_and_is_in_the_history(
    make_controller, sharing, qtbot, tmp_path
):
    _record, tab = disclosures_tab(make_controller, sharing, qtbot)
    assert rows(tab)[0][0] == "Nothing has been shared about this client."
    dialog = open_share(qtbot, tab)
    assert dialog.recipient.currentText().startswith(DOCTOR)  # the client's collateral
    checked(qtbot, dialog)
    assert "Covered by the consent of" in dialog.verdict.text()
    # The minimum: what care coordination needs AND the consent covers (no contact details).
    assert dialog.categories.chosen() == ("identity", "case_plan")
    assert not dialog.ok.isEnabled()  # nothing to include yet
    assert not dialog.items.fields["phone"].isEnabled()  # contact details are not ticked
    dialog.items.fields["date_of_birth"].setChecked(True)
    dialog.items.plan.setChecked(True)
    dialog.delivery.setCurrentIndex(dialog.delivery.findData("saved"))
    assert dialog.ok.isEnabled()
    shot(dialog, "dialog_covered")
    click(qtbot, dialog.ok)
    assert tab.share_dialog is None, dialog.error.text()
    passwords = tab.password_dialog
    assert passwords is not None and passwords.isVisible()
    password = passwords.packet.password
    assert passwords.password.text() == password  # as the PDF reader wants it typed
    assert not passwords.print.isVisibleTo(passwords)  # delivery: saved only
    shot(passwords, "password")
    target = save_through_the_dialogs(qtbot, passwords, tmp_path)
    assert qpdf("--requires-password", str(target)).returncode == 0
    text = decrypted_text(target, password)
    assert text is not None and "Disclosure of information" in text and DOCTOR in text
    assert decrypted_text(target, "WRONG-PASS") is None
    with sharing.vault.session() as session:
        shared = session.scalars(select(Disclosure)).one()
        assert shared.consent_id is not None and not shared.flagged_for_supervisor
        assert shared.delivery == "saved"
        assert ("profile_field", "date_of_birth") in {(i["kind"], i["id"]) for i in shared.items}
        disclosure_id, sha = shared.id, shared.packet_sha256
    saved = events(sharing.vault, "export.saved")
    assert [(e.entity, e.record_id, e.detail) for e in saved] == [
        ("disclosure", disclosure_id, {"kind": "packet", "sha256": [sha[:32], sha[32:]]})
    ]
    passwords.accept()
    assert passwords.packet is None  # the bytes and the password are dropped
    [row] = rows(tab)
    assert row[0].endswith("\nAlex Rivera") and row[1] == f"{DOCTOR}\n{PURPOSE}"
    assert row[3].startswith("Consent of ") and row[4] == "Not yet"
    shot(tab.window(), "tab")


def save_through_the_dialogs(qtbot, passwords, tmp_path) -> Path:
    """Save…, the warning (Save), then the file dialog (a boundary: the path is typed in)."""
    click(qtbot, passwords.save)
    warning = passwords.warning
    assert "outside the vault" in warning.text()
    click(qtbot, warning.button(QMessageBox.StandardButton.Save))
    target = tmp_path / "packet.pdf"
    passwords.file_dialog.selectFile(str(target))
    passwords.file_dialog.accept()
    qtbot.waitUntil(target.exists, timeout=3000)
    assert "Saved" in passwords.status.text()
    return target


def test_an_uncovered_share_is_disabled_and_names_what_is_missing(make_controller, sharing, qtbot):
    _record, tab = disclosures_tab(make_controller, sharing, qtbot)
    dialog = open_share(qtbot, tab)
    checked(qtbot, dialog)
    dialog.categories.boxes["mental_health"].setChecked(True)
    qtbot.waitUntil(lambda: dialog.check is not None and not dialog.check.allowed, timeout=3000)
    assert "the consent does not cover: Mental health" in dialog.verdict.text()
    choose_recipient(dialog, "Northside Housing Trust")
    qtbot.waitUntil(lambda: "recipient" in dialog.verdict.text(), timeout=3000)
    assert dialog.verdict.text().startswith("Not covered: no consent names this recipient")
    assert dialog.categories.chosen() == ()  # nothing ticked without a covering consent
    dialog.categories.boxes["identity"].setChecked(True)
    dialog.items.fields["legal_name"].setChecked(True)
    checked(qtbot, dialog)
    assert not dialog.ok.isEnabled()
    shot(dialog, "refusal")
    dialog.reject()
    with sharing.vault.session() as session:
        assert session.scalars(select(Disclosure)).all() == []


def test_a_legal_basis_needs_a_reason_and_is_flagged(make_controller, sharing, qtbot):
    controller = started(make_controller, sharing.vault, qtbot)
    record = open_record(controller, sharing.client_id)
    assert record.tabs.currentIndex() == 0  # the Overview
    qtbot.keyClick(record.tabs, Qt.Key.Key_D, MODIFIERS)  # Ctrl+Shift+D from any tab
    tab = record.disclosures
    assert record.tabs.currentWidget() is tab
    dialog = tab.share_dialog
    assert dialog is not None and dialog.isVisible()
    choose_recipient(dialog, "Crisis team")
    qtbot.waitUntil(lambda: dialog.check is not None and not dialog.check.allowed, timeout=3000)
    dialog.categories.boxes["identity"].setChecked(True)
    dialog.items.fields["legal_name"].setChecked(True)
    checked(qtbot, dialog)
    assert not dialog.ok.isEnabled()
    assert dialog.basis.isHidden() and dialog.legal_warning.isHidden()
    dialog.legal.setChecked(True)
    assert "supervisor will be told" in dialog.legal_warning.text()
    dialog.basis.setCurrentIndex(dialog.basis.findData("imminent_risk"))
    click(qtbot, dialog.ok)  # no reason written
    assert tab.share_dialog is dialog and "reason" in dialog.error.text()
    assert tab.password_dialog is None
    dialog.reason.setPlainText(REASON)
    shot(dialog, "legal_basis")
    click(qtbot, dialog.ok)
    assert tab.share_dialog is None, dialog.error.text()
    tab.password_dialog.reject()
    with sharing.vault.session() as session:
        shared = session.scalars(select(Disclosure)).one()
        assert shared.consent_id is None and shared.flagged_for_supervisor
        assert (shared.legal_basis, shared.legal_reason) == ("imminent_risk", REASON)
    [row] = rows(tab)
    assert "Imminent risk of serious harm" in row[3] and "Flagged for the supervisor" in row[3]
    shot(tab.window(), "tab_flagged")


def test_the_client_told_is_recorded_from_the_tab(make_controller, sharing, qtbot):
    _record, tab = disclosures_tab(make_controller, sharing, qtbot)
    dialog = open_share(qtbot, tab)
    checked(qtbot, dialog)
    dialog.items.plan.setChecked(True)
    click(qtbot, dialog.ok)
    tab.password_dialog.reject()
    assert not tab.told_button.isEnabled()
    tab.list.setCurrentItem(tab.list.topLevelItem(0))
    click(qtbot, tab.told_button)
    told = tab.dialog
    told.how.setCurrentIndex(told.how.findData("phone"))
    click(qtbot, told.ok)
    assert tab.dialog is None, told.error.text()
    assert rows(tab)[0][4].endswith("(By phone)")
    assert len(events(sharing.vault, "disclosure.client_told")) == 1


def test_print_preview_from_memory_and_a_lock_drops_the_packet(make_controller, sharing, qtbot):
    controller = started(make_controller, sharing.vault, qtbot)
    record = open_record(controller, sharing.client_id)
    record.share_information()
    dialog = record.disclosures.share_dialog
    checked(qtbot, dialog)
    dialog.items.plan.setChecked(True)
    dialog.delivery.setCurrentIndex(dialog.delivery.findData("both"))
    click(qtbot, dialog.ok)
    passwords = record.disclosures.password_dialog
    assert passwords is not None and passwords.packet is not None
    click(qtbot, passwords.print)  # the unencrypted packet, previewed from memory
    preview = passwords.preview
    assert preview is not None and preview.isVisible() and preview.page_count() >= 2
    controller.lock()
    assert not preview.has_document()
    assert passwords.packet is None  # the dialog closed: bytes and password dropped
    assert record.disclosures.password_dialog is None


def test_every_signed_note_can_be_shared_not_only_the_recent_ones(make_controller, sharing, qtbot):
    """The record view shows the latest notes only; sharing offers every signed note, the
    oldest included (a court or a doctor often needs the first assessment visit)."""
    later = [
        signed_note(sharing.vault, sharing.client_id, sharing.case_id, f"Follow-up visit {n}.")
        for n in range(RECENT_NOTES + 1)
    ]
    with sharing.vault.session() as session:
        every = set(session.scalars(select(CaseNote.id).where(CaseNote.status == "signed")))
    _record, tab = disclosures_tab(make_controller, sharing, qtbot)
    assert tab.record is not None
    assert len(tab.record.recent_notes) == RECENT_NOTES  # the oldest is not among them
    dialog = open_share(qtbot, tab)
    notes = dialog.items.notes
    offered = {notes.item(i).data(Qt.ItemDataRole.UserRole) for i in range(notes.count())}
    assert offered == every and len(offered) == len(later) + 1
