"""The structured assessment form: the sections on the left (About, one per domain of the
instrument, Risk and safety), the chosen section on the right. It fits 1366×768; a section
taller than the window scrolls. Ctrl+PgDown and Ctrl+PgUp (or Next and Previous) move
between sections; the list shows each domain's rating as it is given.

It only collects values (app/ui/forms.py); the tab saves them through the service.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.assessment_forms import DomainAnswer, Instrument, suggested_risk
from app.services.assessments import AssessmentDraft
from app.ui.assessment import words
from app.ui.assessment.about_page import AboutPage, FormSetup
from app.ui.assessment.domain_page import DomainPage
from app.ui.assessment.risk_page import RiskPage
from app.ui.form_access import (
    MOST_HEIGHT,
    describe_buttons,
    leaves_by_tab,
)
from app.ui.forms import FormDialog, date_value


def _takes_tab(widget: QWidget, page: QWidget) -> bool:
    """A field of its own (not the inner part of a combo or date box) that Tab stops at."""
    parent = widget.parentWidget()
    while parent is not None and parent is not page:
        if parent.focusPolicy() & Qt.FocusPolicy.TabFocus:
            return False
        parent = parent.parentWidget()
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


class AssessmentDialog(FormDialog):
    def __init__(self, setup: FormSetup, parent: QWidget | None) -> None:
        super().__init__(
            QCoreApplication.translate("AssessmentDialog", "New assessment"),
            "",
            QCoreApplication.translate("AssessmentDialog", "&Save assessment"),
            parent,
        )
        self.setup = setup
        self.about = AboutPage(setup)
        self.risk = RiskPage(setup.risk_level, setup.flags, date_value(self.about.assessed_on))
        self.domains: list[DomainPage] = []
        self.sections = QListWidget()
        self.sections.setAccessibleName(
            QCoreApplication.translate("AssessmentDialog", "Sections of the assessment")
        )
        leaves_by_tab(
            self.sections,
            QCoreApplication.translate(
                "AssessmentDialog",
                "Choose a section with the arrow keys; Ctrl+PgDown and Ctrl+PgUp move on and back",
            ),
        )
        self.sections.setFixedWidth(230)
        describe_buttons(self)
        self.pages = QStackedWidget()
        self._body()
        self._use_instrument()
        self.about.instrument.currentIndexChanged.connect(lambda _i: self._use_instrument())
        self.risk.changed.connect(self._refresh_list)
        self.sections.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.sections.setCurrentRow(0)
        self.sections.setFocus()  # the keyboard starts on the sections, not on Save
        self.resize(980, MOST_HEIGHT)  # fits 1366×768 at 125 %; a long section scrolls

    def _body(self) -> None:
        """The sections beside the current section (scrolling), in place of the form."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)  # made by FormDialog
        index = layout.indexOf(self.form)
        layout.removeItem(self.form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.pages)
        scroll.setAccessibleName(
            QCoreApplication.translate("AssessmentDialog", "Section of the assessment")
        )
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its fields, not to it
        right = QVBoxLayout()
        right.addWidget(scroll, 1)
        right.addLayout(self._steps())
        body = QHBoxLayout()
        body.addWidget(self.sections)
        body.addLayout(right, 1)
        layout.insertLayout(index, body, 1)

    def _steps(self) -> QHBoxLayout:
        self.previous = QPushButton(QCoreApplication.translate("AssessmentDialog", "&Previous"))
        self.next = QPushButton(QCoreApplication.translate("AssessmentDialog", "Ne&xt"))
        row = QHBoxLayout()
        row.addStretch(1)
        for widget, tip, keys, step in (
            (
                self.previous,
                QCoreApplication.translate("AssessmentDialog", "Previous section (Ctrl+PgUp)"),
                QKeySequence("Ctrl+PgUp"),
                -1,
            ),
            (
                self.next,
                QCoreApplication.translate("AssessmentDialog", "Next section (Ctrl+PgDown)"),
                QKeySequence("Ctrl+PgDown"),
                1,
            ),
        ):
            widget.setAccessibleName(tip)
            widget.setToolTip(tip)
            widget.clicked.connect(lambda _checked=False, s=step: self.go_to_step(s))
            QShortcut(keys, self, lambda s=step: self.go_to_step(s))
            row.addWidget(widget)
        return row

    # -- the instrument -----------------------------------------------------------------
    def instrument(self) -> Instrument:
        return self.setup.instruments[self.about.instrument.currentData()]

    def _use_instrument(self) -> None:
        """Show the chosen instrument's domains; answers already given to a domain of the
        same code are kept (a change of language keeps everything)."""
        kept = {page.domain.code: page.answer() for page in self.domains}
        if self.pages.count() == 0:
            self.pages.addWidget(self.about)
        for page in self.domains:
            self.pages.removeWidget(page)
            page.deleteLater()
        instrument = self.instrument()
        self.about.about.setText(instrument.about)
        self.domains = [DomainPage(d, instrument.scale) for d in instrument.domains]
        for page in self.domains:
            if page.domain.code in kept:
                page.set_answer(kept[page.domain.code])
            page.changed.connect(self._refresh_list)
        self.pages.removeWidget(self.risk)
        for section in (*self.domains, self.risk):
            self.pages.addWidget(section)
        self._tab_order()
        self._refresh_list()

    def _tab_order(self) -> None:
        """Tab goes down the sections, into the section shown, then to the buttons (the
        hidden sections' fields are skipped)."""
        chain: list[QWidget] = [self.sections]
        for page in (self.about, *self.domains, self.risk):
            chain += [w for w in page.findChildren(QWidget) if _takes_tab(w, page)]
        chain += [self.previous, self.next, self.ok, self.cancel]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _refresh_list(self) -> None:
        """Name every section, with each domain's rating and the chosen risk level."""
        texts = [
            QCoreApplication.translate("AssessmentDialog", "About"),
            *(self._domain_text(p) for p in self.domains),
        ]
        risk = words.risk_levels().get(self.risk.risk_level(), "")
        texts.append(
            QCoreApplication.translate("AssessmentDialog", "Risk and safety — {level}").format(
                level=risk
            )
        )
        if self.sections.count() != len(texts):
            row = max(0, self.sections.currentRow())
            self.sections.blockSignals(True)
            self.sections.clear()
            self.sections.addItems(texts)
            self.sections.blockSignals(False)
            self.sections.setCurrentRow(min(row, len(texts) - 1))
            self.pages.setCurrentIndex(self.sections.currentRow())
        for row, text in enumerate(texts):
            if self.sections.item(row).text() != text:
                self.sections.item(row).setText(text)
        self._suggest()

    @staticmethod
    def _domain_text(page: DomainPage) -> str:
        answer = page.answer()
        if answer.rating is not None:
            return f"{page.domain.title} — {answer.rating}"
        if any(answer.texts()):
            notes = QCoreApplication.translate("AssessmentDialog", "{area} — notes")
            return notes.format(area=page.domain.title)
        return page.domain.title

    def _suggest(self) -> None:
        answers = self.answers()
        level = suggested_risk(self.instrument(), answers)
        top = max((a.rating for a in answers if a.rating is not None), default=None)
        titles = [p.domain.title for p, a in zip(self.domains, answers, strict=True)]
        highest = [
            t for t, a in zip(titles, answers, strict=True) if top is not None and a.rating == top
        ]
        because = QCoreApplication.translate(
            "AssessmentDialog", "(Highest rating: {areas}.)"
        ).format(areas=", ".join(highest))
        self.risk.show_suggestion(level, because if highest else "")

    # -- moving and values --------------------------------------------------------------
    def go_to_step(self, step: int) -> None:
        """The previous (-1) or next (1) section. Not `move`: that is QWidget's move(x, y)."""
        row = min(max(self.sections.currentRow() + step, 0), self.sections.count() - 1)
        self.sections.setCurrentRow(row)
        page = self.pages.currentWidget()
        target = page.first_field() if isinstance(page, DomainPage) else page
        if target is not None:  # None only while there are no pages
            target.setFocus()

    def show_section(self, code: str) -> DomainPage:
        """Show the domain with this code (tests and the keyboard path use it)."""
        page = next(p for p in self.domains if p.domain.code == code)
        self.sections.setCurrentRow(self.pages.indexOf(page))
        return page

    def answers(self) -> tuple[DomainAnswer, ...]:
        return tuple(page.answer() for page in self.domains)

    def draft(self) -> AssessmentDraft:
        instrument = self.instrument()
        return AssessmentDraft(
            case_id=self.setup.case_id,
            instrument_id=instrument.id,
            instrument_version=instrument.version,
            language=instrument.language,
            kind=self.about.kind.currentData(),
            assessed_on=date_value(self.about.assessed_on),
            answers=self.answers(),
            risk_level=self.risk.risk_level(),
            risks=self.risk.risks.toPlainText(),
            flags_added=self.risk.added_flags(),
            flags_removed=self.risk.removed_flags(),
            next_due_on=self.risk.next_due.value(),
        )
