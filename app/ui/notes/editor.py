"""The case note editor: a draft that saves itself into the vault, a respectful-language check
while typing, signing that seals the note, and addenda that correct it without rewriting it.

Every database call goes through the task runner; the GUI thread never waits for one. Closing
never discards a draft with anything in it (only "Discard draft…" does, after asking); a new
note closed with nothing entered is deleted, so Ctrl+N never leaves an empty draft behind.
For the screen lock, `pending_save()` hands the controller the save of whatever is not in the
vault yet.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from app.ui.notes.access import NoteDetail, NotesAccess
from app.ui.notes.base import SIGNED_STATUS, NoteEditorBase
from app.ui.notes.dialogs import DISCARD_TEXT, AddendumDialog, confirm, sign_question
from app.ui.notes.text import tr_note
from app.ui.tasks import TaskRunner

EMPTY_SIGN = str(
    QT_TRANSLATE_NOOP(
        "NoteEditor", "Write the note before signing: an empty note cannot be signed."
    )
)


class NoteEditor(NoteEditorBase):
    signed = Signal(str)  # note id, once signed
    discarded = Signal(str)  # note id, once the draft was discarded

    def __init__(
        self,
        runner: TaskRunner,
        notes: NotesAccess,
        client_id: str,
        client_header: str,
        *,
        note_id: str | None = None,
        template: str = "dap",
        case_id: str | None = None,
        author_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, notes, client_id, client_header, case_id, author_id, parent)
        self._connect()
        if note_id is None:
            self._run("starting", lambda: notes.start(client_id, template, author_id, case_id))
        else:
            self._run("opening", lambda: notes.get(note_id))

    def _connect(self) -> None:
        ui = self.ui
        ui.save.clicked.connect(self.save_now)
        ui.sign.clicked.connect(self.request_sign)
        ui.addendum.clicked.connect(self.request_addendum)
        ui.discard.clicked.connect(self.request_discard)
        ui.close.clicked.connect(self.close_after_save)
        for keys, slot in (
            (QKeySequence.StandardKey.Save, self.save_now),
            (QKeySequence("Ctrl+Return"), self.request_sign),
            (QKeySequence("Ctrl+Enter"), self.request_sign),
        ):
            QShortcut(keys, self, slot)

    # -- signing ------------------------------------------------------------------------
    def request_sign(self) -> None:
        if not self._editable() or self._busy is not None:
            return
        if self.ui.form.sections_empty():
            self.ui.status.setText(tr_note(EMPTY_SIGN))
            return
        self.check_language()
        text, yes, no, default_yes = sign_question(self.language_findings())
        self.question = confirm(self, text, yes, no, self._sign, default_yes)

    def _sign(self) -> None:
        if not self._editable() or self.note_id is None:
            return
        self.autosave.timer.stop()
        notes, note_id, fields = self._notes, self.note_id, self.ui.form.fields()
        signer = self.author_id
        self._run("signing", lambda: notes.sign(note_id, signer, fields), self._after_sign)

    def _after_sign(self, detail: NoteDetail) -> None:
        signed = QCoreApplication.translate("NoteEditor", "Note signed. {rest}")
        self.ui.status.setText(signed.format(rest=tr_note(SIGNED_STATUS)))
        self.signed.emit(detail.note.id)

    # -- addenda and discarding -----------------------------------------------------------
    def request_addendum(self) -> None:
        if self.note is None or not self.is_signed or self._busy is not None:
            return
        dialog = AddendumDialog(self)
        dialog.chosen.connect(self._start_addendum)
        dialog.open()
        self.question = dialog

    def _start_addendum(self, kind: str, reason: str) -> None:
        if self.note_id is None:
            return
        notes, original, author = self._notes, self.note_id, self.author_id
        self._run("addendum", lambda: notes.add_addendum(original, author, kind, reason))

    def request_discard(self) -> None:
        if self._editable() and self._busy is None:
            text, no = tr_note(DISCARD_TEXT), QCoreApplication.translate("NoteEditor", "Keep draft")
            yes = QCoreApplication.translate("NoteEditor", "Discard draft")
            self.question = confirm(self, text, yes, no, self._discard, False)

    def _discard(self) -> None:
        if not self._editable() or self.note_id is None:
            return
        notes, note_id = self._notes, self.note_id
        self.autosave.stop()
        self._set_busy("discarding")
        self._runner.submit(
            lambda: notes.discard(note_id), lambda _r: self._discarded(note_id), self._keep
        )

    def _discarded(self, note_id: str) -> None:
        self._gone = True
        self.discarded.emit(note_id)
        self.reject()

    def _keep(self, error: BaseException) -> None:
        self.autosave.resume()
        self._failed(error, "discarding")

    # -- closing ------------------------------------------------------------------------
    def close_after_save(self) -> None:
        """Esc, Close, the window's close button: save what is unsaved, then close. If the
        save fails the editor stays open with the error (nothing typed is lost)."""
        if self._busy not in (None, "starting", "opening"):
            return
        self.autosave.save_now(then=self.reject)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.close_after_save()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if event.spontaneous() and not self._finished:
            event.ignore()
            self.close_after_save()
            return
        super().closeEvent(event)

    def done(self, result: int) -> None:
        """Every way out (Esc, Close, discard, the screen lock's reject()) ends here: hand any
        unsaved change to the worker (or, for a new note left empty, its deletion: queued
        before the lock's own job, so it runs while the vault is open), then forget the
        note's text."""
        if self._finished:
            return
        if self._left_empty() and self.note_id is not None:
            self._discard_if_empty(self.note_id, self.ui.form.fields())
        else:
            self.autosave.final_save()
        self._finished = True
        self.language.timer.stop()
        if self.question is not None and self.question.isVisible():
            self.question.reject()
        super().done(result)
        self.ui.clear()
