"""The Consent tab with real widgets: prepare a consent, sign it on the pad, the print preview
opens from memory, the consent is active in the list; withdrawal and renewal; alerts."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from app.models import Client, Consent
from tests.ui.conftest import open_record, started


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def consent_tab(make_controller, one_client, qtbot):
    controller = started(make_controller, one_client.vault, qtbot)
    record = open_record(controller, one_client.client_id)
    qtbot.keyClick(record.tabs, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)  # Cons&ent
    assert record.tabs.currentWidget() is record.consent
    return controller, record, record.consent


def draw(qtbot, pad) -> None:
    """Two strokes with the mouse, as a worker's client would sign."""
    for y in (60, 90):
        QTest.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(40, y))
        for x in range(60, 400, 40):
            QTest.mouseMove(pad, QPoint(x, y + (x % 80) // 4))
        QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(400, y))


def rows(tab) -> list[list[str]]:
    tree = tab.list
    return [
        [tree.topLevelItem(i).text(c) for c in range(3)] for i in range(tree.topLevelItemCount())
    ]


def prepare(qtbot, tab) -> None:
    click(qtbot, tab.new_button)
    dialog = tab.dialog
    assert dialog.windowTitle() == "New consent"  # never the client's name
    assert dialog.language.currentData() == "es"  # the client's language
    dialog.purposes.setPlainText("Apoyo para la vivienda")
    click(qtbot, dialog.ok)
    assert "limits of confidentiality" in dialog.error.text()  # the form stays open
    dialog.explained.setChecked(True)
    click(qtbot, dialog.ok)
    assert tab.dialog is None, dialog.error.text()


def test_new_consent_signed_on_the_pad_opens_the_preview_and_is_active(
    make_controller, one_client, qtbot
):
    _controller, record, tab = consent_tab(make_controller, one_client, qtbot)
    assert "No consent to services" in record.header.consent.text()
    prepare(qtbot, tab)
    preview = tab.printing.window
    assert preview is not None and preview.isVisible()  # the draft, to read with the client
    assert preview.windowTitle() == "Print preview"
    preview.reject()
    assert [r[1] for r in rows(tab)] == ["Draft (not signed)"]
    tab.list.setCurrentItem(tab.list.topLevelItem(0))
    click(qtbot, tab.sign_button)
    sign = tab.dialog
    click(qtbot, sign.ok)
    assert "sign on the pad" in sign.error.text()
    draw(qtbot, sign.pad.pad)
    click(qtbot, sign.ok)
    assert tab.dialog is None
    assert tab.printing.window is not None and tab.printing.window.isVisible()
    assert rows(tab)[0][1] == "Active"
    assert "Apoyo para la vivienda" in rows(tab)[0][0]
    assert record.header.consent.isHidden()  # the header alert is gone
    with one_client.vault.session() as session:
        consent = session.query(Consent).one()
        assert consent.status == "active" and consent.method == "signed_on_screen"
        assert "Rosa Delgado" in consent.document_text and consent.language == "es"


def test_withdraw_and_renew_add_records(make_controller, one_client, qtbot):
    _controller, record, tab = consent_tab(make_controller, one_client, qtbot)
    prepare(qtbot, tab)
    tab.printing.close()
    tab.list.setCurrentItem(tab.list.topLevelItem(0))
    click(qtbot, tab.sign_button)
    draw(qtbot, tab.dialog.pad.pad)
    click(qtbot, tab.dialog.ok)
    tab.printing.close()
    tab.list.setCurrentItem(tab.list.topLevelItem(0))
    click(qtbot, tab.renew_button)
    renewal = tab.dialog
    assert renewal.purposes.toPlainText() == "Apoyo para la vivienda"
    renewal.reject()
    click(qtbot, tab.revoke_button)
    withdraw = tab.dialog
    withdraw.method.setCurrentIndex(withdraw.method.findData("phone"))
    click(qtbot, withdraw.ok)
    assert tab.dialog is None
    assert rows(tab)[0][1] == "Withdrawn (By phone)"
    assert not tab.revoke_button.isEnabled() and not tab.renew_button.isEnabled()
    with one_client.vault.session() as session:
        assert session.query(Consent).count() == 2  # the original, and its withdrawal


def test_client_lacking_capacity_needs_a_guardian(make_controller, one_client, qtbot):
    with one_client.vault.session() as session:
        session.get(Client, one_client.client_id).lacks_capacity = True
    _controller, _record, tab = consent_tab(make_controller, one_client, qtbot)
    click(qtbot, tab.new_button)
    dialog = tab.dialog
    assert dialog.authority.currentData() == "guardian" and dialog.assent.isEnabled()
    dialog.authority.setCurrentIndex(dialog.authority.findData("self"))
    dialog.purposes.setPlainText("Vivienda")
    dialog.explained.setChecked(True)
    click(qtbot, dialog.ok)
    assert "lacking capacity" in dialog.error.text()
    dialog.authority.setCurrentIndex(dialog.authority.findData("guardian"))
    dialog.signer.setText("Marta Delgado")
    dialog.document.setText("Guardianship order 2024-113")
    click(qtbot, dialog.ok)
    assert tab.dialog is None, dialog.error.text()


def test_the_lock_clears_the_tab_and_closes_the_preview(make_controller, one_client, qtbot):
    controller, record, tab = consent_tab(make_controller, one_client, qtbot)
    prepare(qtbot, tab)
    preview = tab.printing.window
    controller.lock()
    assert tab.printing.window is None and not preview.isVisible()
    assert tab.list.topLevelItemCount() == 0 and record.is_empty()
