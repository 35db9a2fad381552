"""What every note editor does underneath its buttons: load a note on the worker thread, show
it, save it (autosave), check its language, and switch templates while it is empty.

`NoteEditor` (editor.py) adds the worker's actions: sign, add an addendum, discard, close.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from app.services.notes import NoteFields, NoteLocked, NoteView
from app.ui.notes.access import GoalChoice, NoteDetail, NotesAccess
from app.ui.notes.autosave import Autosaver, Job
from app.ui.notes.language import LiveCheck, SectionFinding
from app.ui.notes.layout import EditorLayout
from app.ui.notes.text import LOCKED, TITLE, error_text, tr_note
from app.ui.tasks import TaskRunner

log = logging.getLogger(__name__)
DRAFT_STATUS = str(
    QT_TRANSLATE_NOOP("NoteEditor", "Draft saved. Changes save automatically as you type.")
)
SIGNED_STATUS = str(
    QT_TRANSLATE_NOOP(
        "NoteEditor", "Signed notes cannot be changed. To correct or add, use “Add addendum…”."
    )
)


def busy_doing(busy: str) -> str:
    """What the editor is waiting for (a key of the editor's `_busy`), as a sentence leads."""
    return {
        "starting": QCoreApplication.translate("NoteEditor", "Creating the draft"),
        "opening": QCoreApplication.translate("NoteEditor", "Opening the note"),
        "template": QCoreApplication.translate("NoteEditor", "Changing the template"),
        "signing": QCoreApplication.translate("NoteEditor", "Signing"),
        "addendum": QCoreApplication.translate("NoteEditor", "Starting the addendum"),
        "discarding": QCoreApplication.translate("NoteEditor", "Discarding the draft"),
    }[busy]


class NoteEditorBase(QDialog):
    def __init__(
        self,
        runner: TaskRunner,
        notes: NotesAccess,
        client_id: str,
        client_header: str,
        case_id: str | None,
        author_id: str,
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self._runner, self._notes = runner, notes
        self.client_id, self.case_id, self.author_id = client_id, case_id, author_id
        self.detail: NoteDetail | None = None
        self.question: QDialog | None = None  # the open confirmation, if any
        self._busy: str | None = None  # a key of busy_doing() while waiting for the worker
        self._locked_out = False  # a save found the note signed elsewhere
        self._finished = False
        self._gone = False  # the draft was discarded: nothing more to save or delete
        self.setWindowTitle(tr_note(TITLE))  # never client data
        self.setAccessibleName(tr_note(TITLE))
        self.autosave = Autosaver(runner, self._save_job, parent=self)
        self.ui = EditorLayout(self, client_header)
        self.language = LiveCheck(
            lambda: self.ui.form.boxes,
            self.ui.section_titles,
            notes.check_language,
            self.ui.side.findings,
            self,
        )
        form = self.ui.form
        form.changed.connect(self.autosave.changed)
        form.sections_changed.connect(self._sections_changed)
        form.template_requested.connect(self._change_template)
        self.autosave.status.connect(self.ui.status.setText)
        self.autosave.locked.connect(self._lock_out)

    # -- state --------------------------------------------------------------------------
    @property
    def note(self) -> NoteView | None:
        return self.detail.note if self.detail else None

    @property
    def note_id(self) -> str | None:
        return self.note.id if self.note else None

    @property
    def is_signed(self) -> bool:
        return self._locked_out or bool(self.note and self.note.is_signed)

    @property
    def has_unsaved_changes(self) -> bool:
        return self.autosave.dirty

    def _editable(self) -> bool:
        return self.detail is not None and not self.is_signed and not self._finished

    # -- loading ------------------------------------------------------------------------
    def _run(
        self,
        busy: str,
        fn: Callable[[], NoteDetail],
        after: Callable[[NoteDetail], None] | None = None,
    ) -> None:
        """Load a note (new, opened, re-templated, signed, addendum) on the worker."""

        def done(detail: NoteDetail) -> None:
            if self._finished and busy == "starting":
                self._discard_if_empty(detail.note.id, None)  # closed before it was shown
            self._show(detail)
            if after is not None and not self._finished:
                after(detail)

        self._set_busy(busy)
        self._runner.submit(fn, done, lambda error: self._failed(error, busy))

    def _show(self, detail: NoteDetail) -> None:
        if self._finished:
            return
        self.detail, self._locked_out = detail, False
        self._set_busy(None)
        self.ui.form.load(detail.note)
        self.ui.form.set_read_only(detail.note.is_signed)
        self.ui.tab_order()  # the section boxes are new
        self.autosave.reset()
        self.ui.show_detail(detail)
        self.ui.status.setText(tr_note(SIGNED_STATUS if detail.note.is_signed else DRAFT_STATUS))
        self._sections_changed()
        self.check_language()
        if (case_id := detail.note.case_id or self.case_id) is not None:
            self._load_goals(case_id, detail.note.id)

    def _load_goals(self, case_id: str, note_id: str) -> None:
        notes = self._notes

        def shown(goals: list[GoalChoice]) -> None:
            if self.note_id == note_id and not self._finished:
                self.ui.form.set_goals(goals)

        self._runner.submit(lambda: notes.goals_for_case(case_id), shown, lambda _e: None)

    def _failed(self, error: BaseException, busy: str) -> None:
        if self._finished:
            return
        self._set_busy(None)
        self.ui.form.reset_template()
        self.ui.status.setText(error_text(error, busy_doing(busy)))
        if isinstance(error, NoteLocked):
            self._lock_out()
        elif self.detail is None:
            self.ui.form.setEnabled(False)  # nothing to write into
        elif self.autosave.dirty:
            self.autosave.timer.start()

    def _set_busy(self, busy: str | None) -> None:
        self._busy = busy
        self.ui.form.setEnabled(busy is None and self.detail is not None)
        if busy is not None:
            waiting = QCoreApplication.translate("NoteEditor", "{doing}…")
            self.ui.status.setText(waiting.format(doing=busy_doing(busy)))
        self.ui.set_mode(self.detail.note if self.detail else None, self.is_signed, busy)

    # -- saving -------------------------------------------------------------------------
    def _save_job(self) -> Job | None:
        """Snapshot the fields (GUI thread) into a save for the worker thread."""
        if not self._editable() or self._busy == "template" or self.note_id is None:
            return None
        notes, note_id, fields = self._notes, self.note_id, self.ui.form.fields()
        return lambda: notes.save_draft(note_id, fields)

    def save_now(self) -> None:
        if self._editable() and self._busy is None:
            self.autosave.save_now()

    def _left_empty(self) -> bool:
        """A new case note the worker entered nothing in (an addendum has its reason)."""
        note = self.note
        plain = note is not None and note.kind == "note" and note.amends_id is None
        plain = plain and not self._gone
        return plain and self._editable() and self._busy is None and self.ui.form.is_blank()

    def _discard_if_empty(self, note_id: str, fields: NoteFields | None) -> None:
        """Closing an empty draft deletes it (the service keeps it if it has content)."""
        self.autosave.stop()  # no save after this one may write the draft again
        notes = self._notes
        self._runner.submit(
            lambda: notes.discard_if_empty(note_id, fields), lambda _gone: None, _log_failure
        )

    def pending_save(self) -> Callable[[], object] | None:
        """For the screen lock: a job for the worker thread that writes the current content as
        the draft, or None when the note is signed or the vault already has everything. Run
        it before the vault is locked (see app/ui/notes/lock.py)."""
        if not self._editable():
            return None
        return self.autosave.pending_job()

    def _lock_out(self) -> None:
        """A save found the note signed (in another window): stop editing, keep the text."""
        self._locked_out = True
        self.ui.form.set_read_only(True)
        self.ui.set_mode(self.note, True, None)
        self.ui.status.setText(tr_note(LOCKED))

    # -- language -----------------------------------------------------------------------
    def _sections_changed(self) -> None:
        form = self.ui.form
        note = self.note
        form.allow_template_change(
            note is not None and self._editable() and not note.amends_id and form.sections_empty()
        )
        self.language.schedule()

    def language_findings(self) -> list[SectionFinding]:
        return self.language.findings()

    def check_language(self) -> None:
        self.language.run(enabled=not self.is_signed)

    # -- template -----------------------------------------------------------------------
    def _change_template(self, key: str) -> None:
        form = self.ui.form
        if not self._editable() or self._busy or not form.sections_empty() or not self.note_id:
            form.reset_template()
            return
        self.autosave.timer.stop()
        notes, note_id, fields = self._notes, self.note_id, form.fields()
        author = self.author_id
        self._run("template", lambda: notes.change_template(note_id, key, author, fields))


def _log_failure(error: BaseException) -> None:
    log.warning("Discarding an empty draft on close failed: %s", type(error).__name__)
