"""The rows of the Intake tab's lists, in the worker's language: a screening (its date,
programme, decision and whether the criteria are met, the reason) and a person around the
client (whether they know about the service, whether the client allows contact)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.intake_people import PersonView
from app.services.intake_screening import ScreeningView
from app.ui.intake import words
from app.ui.widgets import long_day


def screening_line(view: ScreeningView) -> list[str]:
    program = view.program + (f"\n{view.case_number}" if view.case_number else "")
    met = (
        QCoreApplication.translate("IntakeTab", "criteria met")
        if view.criteria_met
        else QCoreApplication.translate("IntakeTab", "criteria not met")
    )
    decision = words.decisions().get(view.decision, view.decision)
    return [long_day(view.screened_on), program, f"{decision}\n{met}", view.reason]


def person_line(view: PersonView) -> list[str]:
    person = view.details
    relationship = person.relationship
    if person.organisation:
        relationship += f", {person.organisation}"
    aware = (
        QCoreApplication.translate("IntakeTab", "knows")
        if person.aware_of_services
        else QCoreApplication.translate("IntakeTab", "no: do not mention it")
    )
    contact = (
        QCoreApplication.translate("IntakeTab", "yes")
        if person.may_contact
        else QCoreApplication.translate("IntakeTab", "no")
    )
    return [person.name, relationship, aware, contact]
