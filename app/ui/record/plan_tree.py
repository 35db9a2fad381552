"""The Plan tab's tree as text: each goal with its objectives (measure, where it stands, the
progress entries newest first, the interventions working towards it), the interventions for
the goal as a whole, and the case notes that addressed the goal; plus the words for the codes
a plan stores, in the worker's language (Qt's translation system)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from app.services.monitoring import NoteLink, PlanAgreement, ProgressEntry
from app.services.plan import CasePlan, GoalView, InterventionView, ObjectiveView
from app.ui.locale_format import local_moment, long_day, number
from app.ui.pane import ALERT, MUTED, list_item, paint
from app.ui.record.visits import contact_word

GOAL_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # goal|objective|intervention|progress|notes|note
OBJECTIVE_ROLE = Qt.ItemDataRole.UserRole + 3


def statuses() -> dict[str, str]:
    return {
        "active": QCoreApplication.translate("Plan", "active"),
        "met": QCoreApplication.translate("Plan", "met"),
        "not_met": QCoreApplication.translate("Plan", "not met"),
        "dropped": QCoreApplication.translate("Plan", "dropped"),
    }


def intervention_statuses() -> dict[str, str]:
    return {
        "planned": QCoreApplication.translate("Plan", "planned"),
        "active": QCoreApplication.translate("Plan", "active"),
        "done": QCoreApplication.translate("Plan", "done"),
        "stopped": QCoreApplication.translate("Plan", "stopped"),
    }


def agreements() -> dict[str, str]:
    return {
        "agreed": QCoreApplication.translate("Plan", "Agreed"),
        "disagreed": QCoreApplication.translate("Plan", "Disagreed"),
        "not_asked": QCoreApplication.translate("Plan", "Not asked"),
    }


def word(words: dict[str, str], code: str) -> str:
    """The word for a stored code; an unknown code at least without its underscore."""
    return words.get(code, code.replace("_", " "))


def target_text(day: date | None, overdue: bool) -> str:
    if day is None:
        return QCoreApplication.translate("Plan", "no target date")
    if overdue:
        return QCoreApplication.translate("Plan", "target {day} (overdue)").format(
            day=long_day(day)
        )
    return QCoreApplication.translate("Plan", "target {day}").format(day=long_day(day))


def goal_texts(goal: GoalView) -> list[str]:
    title = QCoreApplication.translate("Plan", "Goal: {title}").format(title=goal.title)
    progress = QCoreApplication.translate("Plan", "{percent}% · {status}").format(
        percent=number(goal.progress_percent), status=word(statuses(), goal.status)
    )
    return [title, progress, target_text(goal.target_date, goal.overdue)]


def objective_texts(objective: ObjectiveView) -> list[str]:
    """Its status and where it stands now, then the measure from start to target."""
    status = word(statuses(), objective.status)
    if objective.current_value:
        status = QCoreApplication.translate("Plan", "{status} · now {value}").format(
            status=status, value=objective.current_value
        )
    measure = f"{objective.measure}: {objective.baseline_value or '?'} → {objective.target_value}"
    due = target_text(objective.target_date, objective.overdue) if objective.target_date else ""
    title = QCoreApplication.translate("Plan", "Objective: {text}").format(
        text=objective.description
    )
    return [title, f"{status}\n{measure}", due]


def intervention_texts(intervention: InterventionView) -> list[str]:
    who = intervention.responsible_party
    if intervention.frequency:
        who = QCoreApplication.translate("Plan", "by {who}, {how_often}").format(
            who=who, how_often=intervention.frequency
        )
    else:
        who = QCoreApplication.translate("Plan", "by {who}").format(who=who)
    span = " – ".join(long_day(d) for d in (intervention.start_on, intervention.end_on) if d)
    title = QCoreApplication.translate("Plan", "Intervention: {text}").format(
        text=intervention.description
    )
    status = word(intervention_statuses(), intervention.status)
    return [title, f"{status}\n{who}", span]


def progress_texts(entry: ProgressEntry) -> list[str]:
    status = word(statuses(), entry.status)
    said = f"{status}\n{entry.note}" if entry.note else status
    value = QCoreApplication.translate("Plan", "Progress: {value}").format(value=entry.value)
    return [value, said, long_day(entry.recorded_on)]


def note_texts(note: NoteLink) -> list[str]:
    how = contact_word(note.contact_type) if note.contact_type else ""
    how = how or QCoreApplication.translate("Plan", "Note")
    if note.kind == "addendum":
        how = QCoreApplication.translate("Plan", "{kind} (addendum)").format(kind=how)
    elif note.kind == "late_entry":
        how = QCoreApplication.translate("Plan", "{kind} (late entry)").format(kind=how)
    status = QCoreApplication.translate("Plan", "draft, not signed")
    if note.status == "signed":
        status = QCoreApplication.translate("Plan", "signed")
    return [how, status, local_moment(note.occurred_at, date_only=True)]


def agreement_text(agreement: PlanAgreement) -> str:
    if agreement.answer is None:
        return QCoreApplication.translate(
            "Plan", "Client's agreement to the plan: not recorded yet."
        )
    answer = word(agreements(), agreement.answer)
    day = long_day(agreement.recorded_on)
    if agreement.words:  # the client's words, quoted as they said them
        return QCoreApplication.translate(
            "Plan", "Client's agreement to the plan: {answer} ({day}). “{words}”"
        ).format(answer=answer, day=day, words=agreement.words)
    return QCoreApplication.translate(
        "Plan", "Client's agreement to the plan: {answer} ({day})."
    ).format(answer=answer, day=day)


def _item(texts: list[str], record_id: str, kind: str, goal_id: str) -> QTreeWidgetItem:
    item = list_item(texts, record_id)
    item.setData(0, GOAL_ROLE, goal_id)
    item.setData(0, KIND_ROLE, kind)
    return item


def _objective_item(goal_id: str, objective: ObjectiveView) -> QTreeWidgetItem:
    item = _item(objective_texts(objective), objective.id, "objective", goal_id)
    item.setData(0, OBJECTIVE_ROLE, objective.id)
    if objective.overdue:
        paint(item, ALERT)
    children = [_item(progress_texts(p), p.id, "progress", goal_id) for p in objective.progress]
    children += [
        _item(intervention_texts(i), i.id, "intervention", goal_id) for i in objective.interventions
    ]
    for child in children:
        child.setData(0, OBJECTIVE_ROLE, objective.id)
        item.addChild(child)
    return item


def _notes_item(goal: GoalView) -> QTreeWidgetItem:
    title = QCoreApplication.translate("Plan", "Notes about this goal (%n)", "", len(goal.notes))
    item = _item([title, "", ""], "", "notes", goal.id)
    for note in goal.notes:
        item.addChild(_item(note_texts(note), note.note_id, "note", goal.id))
    paint(item, MUTED)
    return item


def goal_item(goal: GoalView, text: QColor) -> QTreeWidgetItem:
    item = _item(goal_texts(goal), goal.id, "goal", goal.id)
    paint(item, ALERT if goal.overdue else text, bold=True)
    for objective in goal.objectives:
        item.addChild(_objective_item(goal.id, objective))
    for intervention in goal.interventions:
        item.addChild(
            _item(intervention_texts(intervention), intervention.id, "intervention", goal.id)
        )
    if goal.notes:
        item.addChild(_notes_item(goal))
    return item


def fill(tree: QTreeWidget, plan: CasePlan, text: QColor) -> None:
    """Every goal of the plan, expanded."""
    tree.clear()
    for goal in plan.goals:
        tree.addTopLevelItem(goal_item(goal, text))
    tree.expandAll()
