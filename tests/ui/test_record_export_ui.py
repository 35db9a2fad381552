"""The client's own record and court copies from the client record (issue 11, items 5-6):
the redaction review, the one-time password, the save (audited) and the lock."""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from app.models import AuditEvent
from app.ui.exports import result as result_module
from app.ui.exports.result import ExportResult
from app.ui.exports.review import RedactionReview
from app.ui.printing.preview import PrintPreview
from tests.documents.export_helpers import SISTER, TEACHER, Record, decrypted_text, make_record
from tests.documents.helpers import tool
from tests.ui.conftest import open_record, started


@pytest.fixture
def shown(make_controller, demo_vault, qtbot):
    """A demo vault plus a client whose record names a sister and a teacher, shown."""
    record = make_record(demo_vault)
    controller = started(make_controller, demo_vault, qtbot)
    open_record(controller, record.client_id)
    return controller, record


def review_of(controller) -> RedactionReview:
    controller.exports.record_action.trigger()
    review = controller.exports.desk.review
    assert review is not None and review.isVisible()
    return review


def row(review: RedactionReview, label: str):
    return next(item for item in review.items() if item.text(0) == label)


def built(controller) -> ExportResult:
    result = controller.exports.desk.result
    assert result is not None and result.built is not None, result and result.error.text()
    return result


def shown_password(result: ExportResult) -> str:
    return result.password.text()  # exactly what the worker reads out


def save(result: ExportResult, target: Path, monkeypatch) -> None:
    """Save… through the warning; the file dialog (a boundary) answers `target`."""
    asked: list[str] = []

    def chosen(*args: object) -> tuple[str, str]:
        asked.append(str(args[1]))
        return str(target), ""

    monkeypatch.setattr(result_module.QFileDialog, "getSaveFileName", chosen)
    result.save.click()
    warning = result.warning
    assert warning is not None and "only its password" in warning.text()
    go = next(b for b in warning.buttons()
              if warning.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)  # fmt: skip
    go.click()
    assert asked, "the save dialog was not asked"


def requires_password(path: Path) -> bool:
    run = subprocess.run([tool("qpdf"), "--requires-password", str(path)], capture_output=True)
    return run.returncode == 0


def saved_events(vault, client_id: str) -> list[AuditEvent]:
    with vault.session() as s:
        query = select(AuditEvent).where(
            AuditEvent.action == "export.saved", AuditEvent.record_id == client_id
        )
        return list(s.scalars(query))


def plain(text: str | None) -> str:
    assert text is not None, "the password did not open the file"
    return " ".join(text.split())


def test_review_lists_other_people_and_a_restored_name_is_printed(
    shown, demo_vault, tmp_path, monkeypatch
):
    controller, record = shown
    review = review_of(controller)
    labels = [item.text(0) for item in review.items()]
    assert SISTER in labels and TEACHER in labels
    assert all(item.checkState(0) == Qt.CheckState.Checked for item in review.items())
    assert SISTER not in review.windowTitle() and "Łucja" not in review.windowTitle()
    row(review, TEACHER).setCheckState(0, Qt.CheckState.Unchecked)  # restored
    review.ok.click()
    result = built(controller)
    password = shown_password(result)
    assert len(password) == 24 and password.count("-") == 4
    target = tmp_path / "record.pdf"
    save(result, target, monkeypatch)
    assert requires_password(target)
    assert decrypted_text(target, "WRONG-PASS-WORD") is None
    text = plain(decrypted_text(target, password))
    assert TEACHER in text
    assert SISTER not in text and "Kowalczyk" not in text
    assert "[redacted: household member]" in text
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    events = saved_events(demo_vault, record.client_id)
    assert [("".join(e.detail["sha256"]), e.detail["kind"]) for e in events] == [(digest, "record")]


def test_redact_all_and_restore_all(shown, qtbot):
    controller, _record = shown
    review = review_of(controller)
    review.list.setFocus()
    qtbot.keyClick(review.list, Qt.Key.Key_Space)  # the keyboard restores the current line
    assert review.list.currentItem().checkState(0) == Qt.CheckState.Unchecked
    review.restore_all.click()
    assert review.confirmed_ids() == frozenset()
    assert review.count.text().startswith("0 of ")
    review.redact_all.click()
    assert len(review.confirmed_ids()) == len(review.items()) > 0


def test_court_copy_of_the_case_file_saves_with_pages_and_verification(
    shown, demo_vault, tmp_path, monkeypatch
):
    controller, record = shown
    controller.exports.case_copy_action.trigger()
    result = built(controller)
    assert result.windowTitle() == "Court copy"
    target = tmp_path / "copy.pdf"
    save(result, target, monkeypatch)
    assert requires_password(target)
    text = plain(decrypted_text(target, shown_password(result)))
    assert "Page 1 of" in text and "Verification" in text and "verifies" in text
    assert record.note_id in text
    assert [e.detail["kind"] for e in saved_events(demo_vault, record.client_id)] == ["court_copy"]


def test_court_copy_of_the_note_selected_on_the_timeline(shown, tmp_path, monkeypatch):
    controller, record = shown
    view = controller.window.workspace.record
    view.show_tab("timeline")
    assert view.timeline.select_record(record.note_id)
    controller.exports.note_copy_action.trigger()
    result = built(controller)
    target = tmp_path / "note.pdf"
    save(result, target, monkeypatch)
    text = plain(decrypted_text(target, shown_password(result)))
    assert f"Case note {record.note_id}" in text


def test_the_lock_closes_the_dialog_and_drops_the_pdf(shown, qtbot):
    controller, _record = shown
    controller.exports.case_copy_action.trigger()
    result = built(controller)
    dropped: list[int] = []
    result.finished.connect(dropped.append)
    controller.lock()
    qtbot.waitUntil(lambda: bool(dropped), timeout=3000)
    assert controller.exports.desk.result is None
    assert not controller.exports.record_action.isEnabled()


def test_print_previews_the_document_from_memory(shown, demo_vault):
    controller, record = shown
    controller.exports.case_copy_action.trigger()
    result = built(controller)
    result.print.click()
    preview = result.preview
    assert isinstance(preview, PrintPreview) and preview.page_count() >= 2
    result.left_vault.emit(result.built, "printer")  # what a finished print job emits
    result.reject()  # closing the result closes the preview and drops its document
    assert not preview.has_document()
    with demo_vault.session() as s:
        printed = s.scalars(select(AuditEvent).where(AuditEvent.action == "export.printed"))
        assert [(e.record_id, e.detail["kind"]) for e in printed] == [
            (record.client_id, "court_copy")
        ]


def test_actions_wait_for_an_open_record(make_controller, demo_vault, qtbot):
    controller = started(make_controller, demo_vault, qtbot)
    assert not controller.exports.record_action.isEnabled()
    assert controller.exports.record_action.shortcut().toString() == "Ctrl+Shift+R"


__all__ = ["Record"]
