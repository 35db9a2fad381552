"""The Referrals tab with real widgets: a referral is refused without a release of
information; the form offers to prepare one, the consent form opens prefilled, is signed on
the pad, and the resumed referral is made under it. Statuses and follow-ups, shown in Today."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.core.timeutil import local_today
from app.models import Consent, Referral
from app.services.referrals import ReferralDraft, change_status, make_referral
from app.ui.access import VaultAccess
from app.ui.today.lines import referral_line
from tests.services.test_referrals import signed
from tests.ui.conftest import open_record, started
from tests.ui.test_consent_tab import draw
from tests.ui.test_plan_monitoring import unnamed


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def referrals_tab(make_controller, one_client, qtbot):
    controller = started(make_controller, one_client.vault, qtbot)
    record = open_record(controller, one_client.client_id)
    qtbot.keyClick(record.tabs, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # &Referrals
    assert record.tabs.currentWidget() is record.referrals
    return controller, record, record.referrals


def fill(dialog) -> None:
    dialog.organisation.setText("Eastside Pantry")
    dialog.service.setText("Food bank")
    dialog.reason.setPlainText("Food parcels while benefits are sorted")
    dialog.urgency.setCurrentIndex(dialog.urgency.findData("soon"))


def prepare_and_sign(qtbot, record) -> None:
    """The consent form the referral asked for: categories, confidentiality, then the pad."""
    tab = record.consent
    form = tab.dialog
    form.categories.item(0).setCheckState(Qt.CheckState.Checked)  # identity
    form.explained.setChecked(True)
    click(qtbot, form.ok)
    assert tab.dialog is None, form.error.text()
    tab.printing.close()  # the draft's preview, read with the client
    tab.list.setCurrentItem(tab.list.topLevelItem(0))
    click(qtbot, tab.sign_button)
    draw(qtbot, tab.dialog.pad.pad)
    click(qtbot, tab.dialog.ok)
    assert tab.dialog is None
    tab.printing.close()


def test_referral_refused_without_consent_then_made_under_the_one_prepared(
    make_controller, one_client, qtbot
):
    _controller, record, tab = referrals_tab(make_controller, one_client, qtbot)
    click(qtbot, tab.make_button)
    dialog = tab.dialog
    assert dialog.windowTitle() == "Make a referral"
    assert "no active consent to services" in dialog.warning.text()  # warned, not blocked
    fill(dialog)
    assert "No release of information in force names" in dialog.cover.text()
    click(qtbot, dialog.ok)
    assert "prepare one with the client" in dialog.error.text()  # refused; the form stays
    click(qtbot, dialog.offer)
    assert tab.dialog is None and tab.pending is not None
    assert record.tabs.currentWidget() is record.consent
    form = record.consent.dialog
    assert form.kind.currentData() == "release_of_information"
    assert form.recipients.toPlainText() == "Eastside Pantry"
    assert form.purposes.toPlainText() == "Food parcels while benefits are sorted"
    assert form.signer.text() == "Rosa Delgado" and form.language.currentData() == "es"
    prepare_and_sign(qtbot, record)

    qtbot.keyClick(record.tabs, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert tab.waiting.isVisible() and "Eastside Pantry" in tab.waiting.text()
    assert tab.make_button.text() == "Resume re&ferral…"
    click(qtbot, tab.make_button)
    resumed = tab.dialog
    assert resumed.service.text() == "Food bank" and resumed.urgency.currentData() == "soon"
    assert resumed.consent.currentData() is not None and not resumed.offer.isVisible()
    click(qtbot, resumed.ok)
    assert tab.dialog is None, resumed.error.text()
    assert tab.pending is None and not tab.waiting.isVisible()
    row = tab.list.topLevelItem(0)
    assert row.text(0).startswith("Food bank · Eastside Pantry")
    assert row.text(1).startswith("Sent ") and "Soon (within a week)" in row.text(1)
    with one_client.vault.session() as session:
        referral = session.query(Referral).one()
        consent = session.get(Consent, referral.consent_id)
        assert consent.status == "active" and consent.recipients == ["Eastside Pantry"]


def test_status_and_follow_up_show_in_the_tab_and_in_today(make_controller, one_client, qtbot):
    vault, today = one_client.vault, local_today()
    pantry = signed(vault, one_client.client_id)
    draft = ReferralDraft(
        one_client.case_id, "Eastside Pantry", "Food bank", "No food", today, consent_id=pantry
    )
    with vault.session() as session:
        referral = make_referral(session, draft)
        change_status(session, referral, "accepted", today)
    _controller, _record, tab = referrals_tab(make_controller, one_client, qtbot)
    tab.list.setCurrentItem(tab.list.topLevelItem(0))
    click(qtbot, tab.status_button)
    dialog = tab.dialog
    moves = [dialog.status.itemText(i) for i in range(dialog.status.count())]
    assert moves == ["Service started", "Declined", "Closed"]
    dialog.note.setPlainText("First parcel collected")
    click(qtbot, dialog.ok)
    assert tab.dialog is None
    assert tab.list.topLevelItem(0).text(1).startswith("Service started")
    tab.list.setCurrentItem(tab.list.topLevelItem(0))
    click(qtbot, tab.follow_up_button)
    follow = tab.dialog
    follow.day.enabled.setChecked(True)
    follow.day.edit.setDate(follow.day.edit.minimumDate())  # the day it was made: today
    click(qtbot, follow.ok)
    assert tab.list.topLevelItem(0).font(0).bold()  # due: shown in red, bold
    (due,) = VaultAccess(vault).today().view.referral_follow_ups
    line = referral_line(due, {}, today)
    assert (line.what, line.tab) == ("Referral (Service started): Food bank, Eastside Pantry",
                                     "referrals")  # fmt: skip
    assert due.follow_up_on == today and not line.late


def test_the_referral_forms_name_every_control(make_controller, one_client, qtbot):
    pantry = signed(one_client.vault, one_client.client_id)
    draft = ReferralDraft(
        one_client.case_id, "Eastside Pantry", "Food bank", "No food", local_today(),
        consent_id=pantry,
    )  # fmt: skip
    with one_client.vault.session() as session:
        make_referral(session, draft)
    _controller, _record, tab = referrals_tab(make_controller, one_client, qtbot)
    assert unnamed(tab) == []
    tab.list.setCurrentItem(tab.list.topLevelItem(0))
    for opener in (tab.make_referral, tab.change_status, tab.follow_up):
        opener()
        dialog = tab.dialog
        assert unnamed(dialog) == [] and "Rosa" not in dialog.windowTitle()
        assert dialog.height() <= 768 and dialog.width() <= 1366
        dialog.reject()
