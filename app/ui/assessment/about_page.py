"""The first page of the assessment form: which tool (and in which language) the assessment
follows, what kind it is and when it took place; and what the form starts from."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget

from app.core.assessment_forms import Instrument
from app.ui.assessment import words
from app.ui.assessment.domain_page import labelled
from app.ui.form_access import describe_date, described
from app.ui.forms import date_edit
from app.ui.widgets import paragraph


@dataclass(frozen=True)
class FormSetup:
    """What the form starts from: the instruments offered and the client as they are now."""

    case_id: str
    instruments: tuple[Instrument, ...]
    language: str  # the instrument's wording chosen first (the worker's language)
    risk_level: str
    flags: tuple[str, ...]
    kind: str = "assessment"


class AboutPage(QWidget):
    def __init__(self, setup: FormSetup) -> None:
        super().__init__()
        self.setAccessibleName(
            QCoreApplication.translate("AssessmentDialog", "About this assessment")
        )
        self.instrument = QComboBox()
        self.instrument.setAccessibleName(
            QCoreApplication.translate("AssessmentDialog", "Assessment tool and its language")
        )
        for index, choice in enumerate(setup.instruments):
            language = words.languages().get(choice.language, choice.language)
            self.instrument.addItem(f"{choice.title} · {language}", index)
        languages = [choice.language for choice in setup.instruments]
        first = languages.index(setup.language) if setup.language in languages else 0
        self.instrument.setCurrentIndex(first)
        self.kind = QComboBox()
        self.kind.setAccessibleName(
            QCoreApplication.translate("AssessmentDialog", "Kind of assessment")
        )
        for code, label in words.kinds().items():
            self.kind.addItem(label, code)
        self.kind.setCurrentIndex(max(0, self.kind.findData(setup.kind)))
        self.assessed_on = describe_date(
            date_edit(QCoreApplication.translate("AssessmentDialog", "Date of the assessment"))
        )
        described(
            self.instrument,
            QCoreApplication.translate(
                "AssessmentDialog", "The questions to follow, in the language you talk in"
            ),
        )
        described(
            self.kind,
            QCoreApplication.translate(
                "AssessmentDialog", "A first screening, a full assessment or a re-assessment"
            ),
        )
        self.about = paragraph(
            "", QCoreApplication.translate("AssessmentDialog", "How to use this tool")
        )
        form = QFormLayout(self)
        labelled(form, QCoreApplication.translate("AssessmentDialog", "&Tool"), self.instrument)
        labelled(form, QCoreApplication.translate("AssessmentDialog", "&Kind"), self.kind)
        labelled(
            form, QCoreApplication.translate("AssessmentDialog", "Assessed &on"), self.assessed_on
        )
        form.addRow(self.about)
