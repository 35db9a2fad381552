"""The client record: the header (who the person is and what keeps everyone safe) above nine
tabs: Overview, Timeline, Case, Consent, Assessment, Plan, Referrals, Tasks & visits, and
Conflicts of interest (Ctrl+Shift+A opens a new assessment from any of them).

The Overview and the Tasks & visits tab come with the record itself; Timeline, Case history
Consent, Plan and Referrals are read when their tab is first shown (reading the timeline is
audited, so it is only read when the worker looks at it). Conflicts are read with every
record, for the header flag. When a tab saves something, `changed` asks the controller to read
the record again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QStackedWidget, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from app.services.consents import ConsentDraft
from app.services.dto import ClientRecord
from app.services.today import TodayView
from app.ui.access import VaultAccess
from app.ui.assessment.tab import NEW_KEYS, AssessmentTab
from app.ui.consent.tab import ConsentTab
from app.ui.disclosure.tab import SHARE_KEYS, DisclosuresTab
from app.ui.intake.tab import IntakeTab
from app.ui.pane import VaultPane
from app.ui.record import calls, render
from app.ui.record.activity_tab import ActivityTab
from app.ui.record.calls import ConflictsShown
from app.ui.record.case_tab import CaseTab
from app.ui.record.conflicts_tab import ConflictsTab
from app.ui.record.empty_state import DayCounts, RecordEmptyState
from app.ui.record.header import RecordHeader
from app.ui.record.plan_tab import PlanTab
from app.ui.record.timeline import TimelineTab
from app.ui.referrals.tab import ReferralsTab
from app.ui.tasks import SyncTaskRunner, TaskRunner

TABS = (
    "overview", "timeline", "case", "intake", "consent", "assessment", "plan", "referrals", "tasks",
    "conflicts", "disclosures",
)  # fmt: skip


def default_case(record: ClientRecord) -> str | None:
    """The open case (newest first), else the newest closed one."""
    current = next((c for c in record.cases if c.closed_on is None), None)
    chosen = current or (record.cases[0] if record.cases else None)
    return chosen.id if chosen else None


class RecordView(QStackedWidget):
    changed = Signal()  # a tab saved something: read the record and the lists again
    client_changed = Signal(object)  # the client now shown (id), or None

    def __init__(self, runner: TaskRunner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        runner = runner or SyncTaskRunner()
        self.client_id: str | None = None
        self.case_id: str | None = None
        self.setAccessibleName(self.tr("Client record"))
        # While no client is open: Today's counts, or what to do first in an empty vault.
        self.placeholder = RecordEmptyState(runner)
        self.header = RecordHeader()
        header = self.header
        self.name, self.pronouns, self.language = header.name, header.pronouns, header.language
        self.identity, self.status = header.identity, header.status
        self.safety, self.contact, self.conflict = header.safety, header.contact, header.conflict
        self.body = QTextBrowser()
        self.body.setAccessibleName(self.tr("Client record details"))
        self.body.setAccessibleDescription(
            self.tr("Profile, cases, tasks, visits, recent notes and household, read only")
        )
        self.body.setTabChangesFocus(True)
        self.body.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.body.setOpenLinks(False)
        self.body.setOpenExternalLinks(False)
        self.timeline = TimelineTab(runner)
        self.case = CaseTab(runner)
        self.intake = IntakeTab(runner)  # screening, household and other people
        self.consent = ConsentTab(runner)
        self.assessment = AssessmentTab(runner)
        self.plan = PlanTab(runner)
        self.referrals = ReferralsTab(runner)
        self.activity = ActivityTab(runner)
        self.conflicts = ConflictsTab(runner)
        self.disclosures = DisclosuresTab(runner)
        self.panes: tuple[VaultPane, ...] = (
            self.timeline,
            self.case,
            self.intake,
            self.consent,
            self.assessment,
            self.plan,
            self.referrals,
            self.activity,
            self.conflicts,
            self.disclosures,
        )
        self._stale: set[QWidget] = set()
        self.addWidget(self.placeholder)
        self.addWidget(self._record_page())
        self._connect()
        self.clear()

    def _record_page(self) -> QWidget:
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Parts of the record"))
        self.tabs.setDocumentMode(True)
        for widget, title in (
            (self.body, self.tr("&Overview")),
            (self.timeline, self.tr("&Timeline")),
            (self.case, self.tr("C&ase")),
            (self.intake, self.tr("&Intake")),
            (self.consent, self.tr("Cons&ent")),
            (self.assessment, self.tr("Assessment")),
            (self.plan, self.tr("&Plan")),
            (self.referrals, self.tr("&Referrals")),
            (self.activity, self.tr("Tas&ks && visits")),
            (self.conflicts, self.tr("Co&nflicts")),
            (self.disclosures, self.tr("Disc&losures")),
        ):
            self.tabs.addTab(widget, title)
        self.tabs.tabBar().setAccessibleName(self.tr("Record tabs"))
        self.tabs.tabBar().setAccessibleDescription(
            self.tr("The parts of the client's record; Alt and the underlined letter opens one")
        )
        self.tabs.tabBar().setUsesScrollButtons(True)
        self.tabs.tabBar().setElideMode(Qt.TextElideMode.ElideNone)
        # Eleven tabs share ~660 px at 1366×768: tighter padding keeps every one in view (the
        # scroll arrows stay for narrower windows and larger text).
        self.tabs.setStyleSheet(
            "QTabBar::tab { padding: 4px 3px; border-bottom: 3px solid transparent; }"
            "QTabBar::tab:selected { border-bottom: 3px solid palette(highlight); }"
        )
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, stretch=1)
        QShortcut(QKeySequence(NEW_KEYS), page, self.new_assessment)
        QShortcut(QKeySequence(SHARE_KEYS), page, self.share_information)
        return page

    def _connect(self) -> None:
        self.tabs.currentChanged.connect(lambda _index: self._load_current())
        for pane in (self.case, self.consent, self.assessment, self.activity, self.conflicts,
                     self.disclosures):  # fmt: skip
            pane.changed.connect(self.changed)
        self.case.case_selected.connect(self._case_selected)
        self.intake.changed.connect(self.changed)
        self.referrals.changed.connect(self.changed)
        self.referrals.consent_requested.connect(self._consent_for_referral)
        self.plan.note_requested.connect(self.show_note)

    # -- the vault ----------------------------------------------------------------------
    def attach(self, access: VaultAccess | None) -> None:
        for pane in (*self.panes, self.placeholder):
            pane.attach(access)  # the empty state's counts come with Today's first read

    def detach(self) -> None:
        """Forget the record and the vault (on lock)."""
        self.attach(None)
        self.clear()

    def refresh_empty_state(self, view: TodayView) -> None:
        """Today was read again (a sync, F5, a save): its counts, with no second read."""
        if self.client_id is None:
            self.placeholder.show_counts(DayCounts.of(view))

    # -- showing ------------------------------------------------------------------------
    def show_record(self, record: ClientRecord) -> None:
        same = record.id == self.client_id
        self.client_id = record.id
        if not same or self.case_id not in {c.id for c in record.cases}:
            self.case_id = default_case(record)
        self.header.show_record(record)
        self.body.setHtml(render.body_html(record))
        self.timeline.set_client(record.id)
        self.case.set_cases(record.cases, self.case_id, record.id)
        self.plan.set_case(self.case_id)
        self.referrals.set_record(record, self.case_id)
        self.activity.set_record(record, self.case_id)
        self.consent.set_record(record, self.case_id)
        self.assessment.set_record(record, self.case_id)
        self.conflicts.set_client(record.id)
        self.intake.set_record(record)
        self.disclosures.set_record(record, self.case_id)
        self._stale = {
            self.timeline, self.case, self.consent, self.assessment, self.plan, self.referrals
        }  # fmt: skip
        self._stale |= {self.intake, self.disclosures}
        self._load_conflicts(record.id)
        self.setCurrentIndex(1)
        if not same:
            self.tabs.setCurrentIndex(0)
            self.client_changed.emit(record.id)
        self._load_current()

    def _load_conflicts(self, client_id: str) -> None:
        self.conflicts.call(
            lambda access: calls.conflicts_shown(access, client_id), self._conflicts_loaded
        )

    def _conflicts_loaded(self, shown: ConflictsShown) -> None:
        self.header.show_conflicts(shown.declared)
        self.conflicts.show_conflicts(shown.declared, shown.may_review, shown.me)

    def _load_current(self) -> None:
        current = self.tabs.currentWidget()
        if current in self._stale and self.client_id is not None:
            self._stale.discard(current)
            current.load()  # type: ignore[attr-defined]

    def _case_selected(self, case_id: str) -> None:
        self.case_id = case_id
        self.plan.set_case(case_id)
        self._stale.add(self.plan)
        self.referrals.case_id = case_id
        self.activity.case_id = case_id
        self.consent.case_id = case_id
        self.disclosures.case_id = case_id
        self.assessment.set_case(case_id)
        self._stale.add(self.assessment)

    def show_tab(self, name: str) -> None:
        """Show one tab by name (see TABS)."""
        if name in TABS and self.client_id is not None:
            self.tabs.setCurrentIndex(TABS.index(name))

    def new_consent(self) -> None:
        """Ctrl+Shift+C: the Consent tab, with the form for a new consent open."""
        if self.client_id is not None:
            self.show_tab("consent")
            self.consent.new_consent()

    def new_assessment(self) -> None:
        """Ctrl+Shift+A: the Assessment tab, with the form for a new assessment open."""
        if self.client_id is not None:
            self.show_tab("assessment")
            self.assessment.new_assessment()

    def share_information(self) -> None:
        """Ctrl+Shift+D: the Disclosures tab, with the share dialog open."""
        if self.client_id is not None:
            self.show_tab("disclosures")
            self.disclosures.share()

    def _consent_for_referral(self, draft: ConsentDraft) -> None:
        """The Consent tab, with the form for the release of information a referral needs."""
        self.show_tab("consent")
        self.consent.prepare_prefilled(draft)

    def show_note(self, note_id: str) -> None:
        """Show a note on the timeline (a search hit in a note)."""
        self.timeline.select_record(note_id)
        self.show_tab("timeline")

    def clear(self) -> None:
        """Forget the record (on lock, or when the client leaves the list)."""
        had_client = self.client_id is not None
        self.client_id = self.case_id = None
        self._stale = set()
        self.header.clear()
        self.body.clear()
        for pane in self.panes:
            pane.clear()  # type: ignore[attr-defined]
        self.tabs.setCurrentIndex(0)
        self.setCurrentIndex(0)
        self.placeholder.clear()
        self.placeholder.load()  # Today's counts, when a vault is open
        if had_client:
            self.client_changed.emit(None)

    def is_empty(self) -> bool:
        lists = (
            self.timeline.list,
            self.case.history,
            self.intake.screenings,
            self.intake.people,
            self.consent.list,
            self.assessment.list,
            self.plan.goals,
            self.referrals.list,
            self.activity.tasks,
            self.activity.visits,
            self.conflicts.list,
            self.disclosures.list,
        )
        return (
            self.client_id is None
            and not any(self.header.texts())
            and not self.body.toPlainText()
            and all(tree.topLevelItemCount() == 0 for tree in lists)
        )
