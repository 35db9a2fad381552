"""Issue 12 on the intake, referral and safety screens: every control has a name and a
description a screen reader can say, Tab walks every screen and dialog without getting stuck
(it leaves the lists, the text boxes move it on), each form fits a 1366×768 screen at 125 %
(1092×580) and opens no larger, and the status words are words, not stored codes."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QWidget

from app.services import intake_people, intake_screening, referrals, safety
from app.services.intake import ClientDetails, PossibleDuplicate
from app.services.intake_people import PersonDetails
from app.services.intake_screening import ScreeningDraft
from app.services.referrals import ReferralContext, ReferralDraft
from app.ui.access import VaultAccess
from app.ui.intake import words as words_of_intake
from app.ui.intake.client_form import EditClientDialog
from app.ui.intake.dialogs import PersonDialog
from app.ui.intake.new_client import NewClientDialog
from app.ui.intake.screening_dialog import ScreeningDialog
from app.ui.intake.tab import IntakeTab
from app.ui.referrals import words as words_of_referrals
from app.ui.referrals.dialogs import ReferralDialog
from app.ui.referrals.status_dialogs import FollowUpDialog, StatusDialog
from app.ui.referrals.tab import ReferralsTab
from app.ui.safety.dialogs import ReportDialog, SafetyPlanDialog
from app.ui.safety.section import SafetySection
from app.ui.tasks import SyncTaskRunner
from tests.i18n_scan import UI, scan
from tests.services.test_referrals import signed
from tests.ui.a11y import (
    assert_accessible,
    assert_fits,
)

BORN = date(1980, 3, 4)


# -- the record's tabs, with rows in their lists ---------------------------------------------
def with_people_and_screening(one_client) -> None:
    with one_client.vault.session() as session:
        intake_people.add_person(
            session, one_client.client_id, PersonDetails("household", "Ana", "daughter")
        )
        draft = ScreeningDraft("Housing stability", True, "eligible", "Meets the criteria")
        intake_screening.record_screening(
            session, one_client.client_id, draft, one_client.vault.owner_id
        )


def test_the_intake_tab_is_named_described_and_tab_leaves_its_lists(one_client, qtbot):
    with_people_and_screening(one_client)
    access = VaultAccess(one_client.vault)
    tab = IntakeTab(SyncTaskRunner())
    tab.attach(access)
    tab.set_record(access.client_record(one_client.client_id))
    tab.load()
    tab.people.setCurrentItem(tab.people.topLevelItem(1))  # Ana: Edit and Remove enabled
    assert tab.edit_button.isEnabled()
    assert not tab.people.tabKeyNavigation() and not tab.screenings.tabKeyNavigation()
    assert_accessible(qtbot, tab)
    assert tab.screenings.topLevelItem(0).text(2).startswith("Eligible")


def test_the_referrals_tab_is_named_described_and_walkable(one_client, qtbot):
    access = VaultAccess(one_client.vault)
    tab = ReferralsTab(SyncTaskRunner())
    tab.attach(access)
    tab.set_record(access.client_record(one_client.client_id), one_client.case_id)
    tab.load()
    assert_accessible(qtbot, tab)


def test_the_safety_section_is_named_described_and_walkable(one_client, qtbot):
    draft = safety.ReportDraft(
        one_client.client_id, "duty_to_warn", date.today(), "Police", "What was said", "The law",
        case_id=one_client.case_id,
    )  # fmt: skip
    with one_client.vault.session() as session:
        safety.record_mandated_report(session, draft, one_client.vault.owner_id)
    section = SafetySection(SyncTaskRunner())
    section.attach(VaultAccess(one_client.vault))
    section.set_client(one_client.client_id, one_client.case_id)
    section.load()
    section.reports.setCurrentItem(section.reports.topLevelItem(0))
    assert section.reports.topLevelItem(0).text(2) == "Flagged for supervisor review"
    assert_accessible(qtbot, section)


# -- the dialogs -------------------------------------------------------------------------------
def client_details() -> ClientDetails:
    return ClientDetails("Rosa", "Delgado", date_of_birth=BORN, phone="555-0101")


def referral_view(one_client):
    pantry = signed(one_client.vault, one_client.client_id)
    draft = ReferralDraft(
        one_client.case_id, "Eastside Pantry", "Food bank", "No food", date.today(),
        consent_id=pantry, follow_up_on=date.today(),
    )  # fmt: skip
    with one_client.vault.session() as session:
        referrals.make_referral(session, draft)
        return referrals.list_referrals(session, one_client.client_id, date.today())[0]


class Window:
    """The (hidden) window behind a form that needs one, kept for the whole module: a parent
    collected by Python takes its dialog with it."""

    def __init__(self) -> None:
        self.made: list[QWidget] = []

    def __call__(self) -> QWidget:
        self.made.append(QWidget())
        return self.made[-1]


WINDOW = Window()


DIALOGS = {
    "new client": lambda _c: NewClientDialog(None),
    "edit client": lambda _c: EditClientDialog(client_details(), None),
    "household member": lambda _c: PersonDialog("household", None),
    "other contact": lambda _c: PersonDialog(
        "collateral", None, PersonDetails("collateral", "Dr Lee", "GP", organisation="Clinic")
    ),
    "screening": lambda _c: ScreeningDialog(["Housing stability"], {"Housing stability"}, None),
    "screening, new programme": lambda _c: ScreeningDialog(["Housing stability"], set(), None),
    "referral": lambda c: ReferralDialog(c.case_id, ReferralContext((), False), WINDOW()),
    "referral status": lambda c: StatusDialog(referral_view(c), WINDOW()),
    "follow-up": lambda c: FollowUpDialog(referral_view(c), WINDOW()),
    "safety plan": lambda _c: SafetyPlanDialog(None, None),
    "mandated report": lambda c: ReportDialog(c.client_id, c.case_id, None),
}


@pytest.mark.parametrize("name", list(DIALOGS))
def test_each_form_is_named_described_and_walkable(name, one_client, qtbot):
    assert_accessible(qtbot, DIALOGS[name](one_client))


@pytest.mark.parametrize("name", list(DIALOGS))
def test_each_form_fits_a_small_screen(name, one_client, qtbot):
    assert_fits(qtbot, DIALOGS[name](one_client))


def test_the_duplicate_step_is_named_described_walkable_and_fits(qtbot):
    dialog = NewClientDialog(None)
    dialog.first.setText("Rosa")
    candidate = PossibleDuplicate(
        "c1", "Rosa Delgado", "Rosa Delgado", BORN, "555-0101", ("name_sound",), "Sam"
    )
    dialog.show_duplicates((candidate,))
    assert not dialog.duplicates.list.tabKeyNavigation()
    assert_accessible(qtbot, dialog)
    assert_fits(qtbot, dialog)


# -- words ------------------------------------------------------------------------------------
@pytest.mark.parametrize("folder", ["intake", "referrals", "safety"])
def test_every_word_on_these_screens_goes_through_qt_translation(folder):
    assert [f"{hit}" for hit in scan(UI / folder)] == []


def test_statuses_and_decisions_are_words_not_codes(one_client, qtbot):
    with_people_and_screening(one_client)
    view = referral_view(one_client)
    assert words_of_referrals.status_word(view.status) == "Sent"
    assert set(words_of_intake.decisions()) == set(intake_screening.DECISIONS)
    assert set(words_of_referrals.statuses()) == set(referrals.STATUSES)
