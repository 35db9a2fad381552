"""The Plan tab's tree as text: each goal with its objectives (measure, where it stands, the
progress entries newest first, the interventions working towards it), the interventions for
the goal as a whole, and the case notes that addressed the goal; plus the words for the codes
a plan stores, in the worker's language (Qt's translation system)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from app.services.monitoring import NoteLink, PlanAgreement, ProgressEntry
from app.services.plan import CasePlan, GoalView, InterventionView, ObjectiveView
from app.services.timeline import CONTACT_TITLES
from app.ui.pane import ALERT, MUTED, list_item, paint
from app.ui.widgets import local_moment, long_day

GOAL_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # goal|objective|intervention|progress|notes|note
OBJECTIVE_ROLE = Qt.ItemDataRole.UserRole + 3


def _t(text: str) -> str:
    return QCoreApplication.translate("Plan", text)


def statuses() -> dict[str, str]:
    return {"active": _t("active"), "met": _t("met"), "not_met": _t("not met"),
            "dropped": _t("dropped")}  # fmt: skip


def agreements() -> dict[str, str]:
    return {"agreed": _t("Agreed"), "disagreed": _t("Disagreed"), "not_asked": _t("Not asked")}


def goal_texts(goal: GoalView) -> list[str]:
    due = _t("target {day}").format(day=long_day(goal.target_date)) if goal.target_date else ""
    late = _t(" (overdue)") if goal.overdue else ""
    status = statuses().get(goal.status, goal.status)
    return [_t("Goal: {title}").format(title=goal.title), f"{goal.progress_percent}% · {status}",
            (due or _t("no target date")) + late]  # fmt: skip


def objective_texts(objective: ObjectiveView) -> list[str]:
    """Its status and where it stands now, then the measure from start to target."""
    status = statuses().get(objective.status, objective.status)
    if objective.current_value:
        status += " · " + _t("now {value}").format(value=objective.current_value)
    measure = f"{objective.measure}: {objective.baseline_value or '?'} → {objective.target_value}"
    due = long_day(objective.target_date) if objective.target_date else ""
    due = _t("target {day}").format(day=due) if due else ""
    late = _t(" (overdue)") if objective.overdue else ""
    title = _t("Objective: {text}").format(text=objective.description)
    return [title, f"{status}\n{measure}", due + late]


def intervention_texts(intervention: InterventionView) -> list[str]:
    how = f", {intervention.frequency}" if intervention.frequency else ""
    who = _t("by {who}").format(who=intervention.responsible_party) + how
    span = " – ".join(long_day(d) for d in (intervention.start_on, intervention.end_on) if d)
    title = _t("Intervention: {text}").format(text=intervention.description)
    return [title, f"{intervention.status}\n{who}", span]


def progress_texts(entry: ProgressEntry) -> list[str]:
    status = statuses().get(entry.status, entry.status)
    said = f"{status}\n{entry.note}" if entry.note else status
    return [_t("Progress: {value}").format(value=entry.value), said, long_day(entry.recorded_on)]


def note_texts(note: NoteLink) -> list[str]:
    how = CONTACT_TITLES.get(note.contact_type or "", _t("Note"))
    kind = {"addendum": _t(" (addendum)"), "late_entry": _t(" (late entry)")}.get(note.kind, "")
    status = _t("signed") if note.status == "signed" else _t("draft, not signed")
    return [how + kind, status, local_moment(note.occurred_at, date_only=True)]


def agreement_text(agreement: PlanAgreement) -> str:
    if agreement.answer is None:
        return _t("Client's agreement to the plan: not recorded yet.")
    answer = agreements().get(agreement.answer, agreement.answer)
    said = f" “{agreement.words}”" if agreement.words else ""
    day = long_day(agreement.recorded_on)
    return (
        _t("Client's agreement to the plan: {answer} ({day}).").format(answer=answer, day=day)
        + said
    )


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
    title = _t("Notes about this goal ({count})").format(count=len(goal.notes))
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
