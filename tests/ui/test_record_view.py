"""The record view shows client data as text, never as markup, and clears completely."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from app.services.dto import ClientRecord, PersonSummary, TaskSummary
from app.ui.record.view import RecordView


def sample(**changes: object) -> ClientRecord:
    values: dict[str, object] = dict(
        id="c1",
        display_name="<b>Bold</b> Person",
        legal_name="Robert Person",
        preferred_name="<b>Bold</b>",
        pronouns="they/them",
        date_of_birth=date(1980, 5, 17),
        preferred_language="es",
        interpreter_needed=True,
        phone="555-000-1111",
        email=None,
        address="1 <img src=x> Street",
        do_not_call=True,
        safe_contact_times="Mornings",
        contact_rules="Text first",
        safety_flags=("Dog on premises", "<script>x</script>"),
        cultural_considerations=None,
        risk_level="high",
        tasks=(
            TaskSummary("t1", "Call landlord", date.today() - timedelta(days=2), False, True),
            TaskSummary("t2", "Book GP", date.today() + timedelta(days=3), False, False),
        ),
        people=(PersonSummary("p1", "household", "Chris", "Partner", False),),
    )
    values.update(changes)
    return ClientRecord(**values)  # type: ignore[arg-type]


def test_record_first_lines_and_banners(qtbot) -> None:
    view = RecordView()
    qtbot.addWidget(view)
    view.show_record(sample())
    assert view.name.text() == "<b>Bold</b> Person"  # shown literally, as plain text
    assert view.pronouns.text() == "they/them"
    assert view.language.text() == "Speaks Spanish · Interpreter needed"
    assert "Legal name: Robert Person" in view.identity.text()
    assert view.status.text() == "High risk"
    assert not view.safety.isHidden() and not view.contact.isHidden()
    assert "&lt;script&gt;" in view.safety.text()
    assert "Do not call" in view.contact.text()
    body = view.body.toPlainText()
    assert "1 <img src=x> Street" in body
    assert "OVERDUE" in body and "not aware of services" in body


def test_no_banners_without_flags(qtbot) -> None:
    view = RecordView()
    qtbot.addWidget(view)
    view.show_record(
        sample(safety_flags=(), do_not_call=False, contact_rules=None, safe_contact_times=None)
    )
    assert view.safety.isHidden() and view.contact.isHidden()


def test_clear_forgets_everything(qtbot) -> None:
    view = RecordView()
    qtbot.addWidget(view)
    assert view.is_empty()
    view.show_record(sample(visits=(), recent_notes=()))
    assert not view.is_empty()
    view.clear()
    assert view.is_empty()
    assert view.currentWidget() is view.placeholder


def test_when_text_is_relative() -> None:
    from app.ui.caseload.columns import when_text

    today = date(2025, 3, 10)
    assert when_text(datetime(2025, 3, 10, 9, 30), today) == "Today 09:30"
    assert when_text(datetime(2025, 3, 11, 14, 0), today) == "Tomorrow 14:00"
    assert when_text(datetime(2025, 3, 14, 14, 0), today) == "Fri 14 Mar 14:00"
