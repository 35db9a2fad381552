"""Issue 12 on the consent, disclosure, export and printing screens: every control has a name
and a description a screen reader can say, Tab walks each screen and dialog without getting
stuck (it leaves the lists), every dialog fits a 1366×768 screen at 125 % (1092×580) and
opens no larger, statuses are words, and the redaction review words whose detail it is in
the worker's language."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QWidget

from app.documents.record_pdf import build_record_pdf
from app.documents.redaction import find_redactions
from app.documents.templates import languages
from app.services import consent_views
from app.services.exports import client_record_export
from app.ui.access import VaultAccess
from app.ui.consent.dialogs import RevokeDialog, SignDialog
from app.ui.consent.prepare_dialog import PrepareConsentDialog
from app.ui.consent.tab import ConsentTab
from app.ui.disclosure import calls as disclosure_calls
from app.ui.disclosure.calls import SharedPacket
from app.ui.disclosure.password_dialog import PasswordDialog
from app.ui.disclosure.share_dialog import ShareDialog
from app.ui.disclosure.tab import DisclosuresTab
from app.ui.disclosure.told_dialog import ClientToldDialog
from app.ui.exports import calls as export_calls
from app.ui.exports.calls import Gathered
from app.ui.exports.result import ExportResult
from app.ui.exports.review import RedactionReview, detail_of
from app.ui.printing.preview import PrintPreview
from app.ui.tasks import SyncTaskRunner
from tests.documents.export_helpers import SISTER, SISTER_PHONE, make_record
from tests.services.test_consents import signed_consent
from tests.ui.a11y import (
    SMALL,
    assert_accessible,
    assert_fits,
)

BEHIND: list[QWidget] = []


# -- the data behind the screens ---------------------------------------------------------------
@pytest.fixture
def consented(one_client):
    """Rosa (Spanish-speaking) with a signed release of information and a draft."""
    signed_consent(
        one_client.vault, one_client.client_id, kind="release_of_information",
        purposes=("Housing support",), recipients=("Eastside Clinic",),
        categories=("identity", "case_plan"),
    )  # fmt: skip
    return one_client


def views(one_client):
    with one_client.vault.session() as session:
        return consent_views.list_consents(session, one_client.client_id, date.today())


def record_of(one_client):
    return VaultAccess(one_client.vault).client_record(one_client.client_id)


def packet() -> SharedPacket:
    pdf = b"%PDF-1.4 not really"
    return SharedPacket("d1", "c1", pdf, pdf, "ABCD-EFGH-JKMN-PQRS-TVWX", "ab" * 32, "both")


def other_export(vault):
    record = make_record(vault)
    with vault.session() as session:
        return client_record_export(session, record.client_id)


def share_dialog(one_client) -> ShareDialog:
    choices = disclosure_calls.choices(VaultAccess(one_client.vault), one_client.client_id)
    return ShareDialog(record_of(one_client), one_client.case_id, choices, None)


def password_dialog(qtbot) -> PasswordDialog:
    behind = QWidget()  # the window behind it (qtbot closes it; the list keeps it alive)
    qtbot.addWidget(behind)
    BEHIND.append(behind)
    return PasswordDialog(packet(), lambda _p: None, behind)


def built_result(vault) -> ExportResult:
    """The export's password dialog once the PDF is built (all its buttons enabled)."""
    result = ExportResult("Client's own record", None)
    result.show_built(export_calls.build_record(Gathered("c1", other_export(vault), ()), set()))
    return result


def dialog(name: str, one_client, vault, qtbot) -> QWidget:
    """Only the dialog asked for (the others are never made, so never left behind)."""
    makers = {
        "prepare": lambda: PrepareConsentDialog(record_of(one_client), languages(), None),
        "sign": lambda: SignDialog(views(one_client)[0], None),
        "withdraw": lambda: RevokeDialog(views(one_client)[0], None),
        "share": lambda: share_dialog(one_client),
        "password": lambda: password_dialog(qtbot),
        "told": lambda: ClientToldDialog(None),
        "review": lambda: RedactionReview(tuple(find_redactions(other_export(vault))), None),
        "preview": lambda: PrintPreview(build_record_pdf(other_export(vault), set()), None),
        "result": lambda: built_result(vault),
    }
    return makers[name]()


NAMES = ("prepare", "sign", "withdraw", "share", "password", "told", "review", "preview", "result")


# -- accessibility ---------------------------------------------------------------------------
def test_the_consent_tab_is_named_described_and_tab_leaves_its_list(consented, qtbot):
    access = VaultAccess(consented.vault)
    tab = ConsentTab(SyncTaskRunner())
    tab.attach(access)
    tab.set_record(access.client_record(consented.client_id), consented.case_id)
    tab.load()
    tab.list.setCurrentItem(tab.list.topLevelItem(0))
    assert tab.revoke_button.isEnabled() and not tab.list.tabKeyNavigation()
    assert tab.list.topLevelItem(0).text(1) == "Active"  # a word, not the stored code
    assert_accessible(qtbot, tab)
    assert "(" in tab.print_button.toolTip()  # the shortcut is shown


def test_the_disclosures_tab_is_named_described_and_walkable(consented, qtbot):
    access = VaultAccess(consented.vault)
    tab = DisclosuresTab(SyncTaskRunner())
    tab.attach(access)
    tab.set_record(access.client_record(consented.client_id), consented.case_id)
    tab.load()
    assert not tab.list.tabKeyNavigation()
    assert "Ctrl+Shift+D" in tab.share_button.toolTip()
    assert_accessible(qtbot, tab)


@pytest.mark.parametrize("name", NAMES)
def test_each_dialog_is_named_described_and_walkable(consented, vault, qtbot, name):
    assert_accessible(qtbot, dialog(name, consented, vault, qtbot))


@pytest.mark.parametrize("name", NAMES)
def test_each_dialog_fits_a_small_screen(consented, vault, qtbot, name):
    assert_fits(qtbot, dialog(name, consented, vault, qtbot))


def test_the_legal_basis_rows_scroll_inside_the_share_dialog(consented, qtbot):
    share = share_dialog(consented)
    assert_fits(qtbot, share)
    share.legal.setChecked(True)  # the long part shows: it scrolls, the dialog stays small
    assert share.reason.isVisibleTo(share) and share.height() <= SMALL[1]
    assert share.minimumSizeHint().height() <= SMALL[1]
    # the rows just shown are scrolled into view
    qtbot.waitUntil(lambda: not share.legal_warning.visibleRegion().isEmpty(), timeout=2000)


# -- words -----------------------------------------------------------------------------------
def test_the_review_says_whose_phone_it_is_without_an_english_prefix(vault):
    record = make_record(vault)
    with vault.session() as session:
        export = client_record_export(session, record.client_id)
    found = {r.kind: r for r in find_redactions(export)}
    phone = found["phone number"]
    assert detail_of(phone) == f"{SISTER_PHONE} (of {SISTER})"
    assert detail_of(found["household member"]) == SISTER
    assert not detail_of(phone).startswith("phone")
