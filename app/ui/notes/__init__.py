"""The case note editor, the unfinished-drafts list, and what the screen lock needs of them."""

from app.ui.notes.access import DraftSummary, GoalChoice, NoteDetail, NotesAccess
from app.ui.notes.drafts import OpenDrafts
from app.ui.notes.editor import NoteEditor
from app.ui.notes.lock import pending_note_saves, save_then

__all__ = [
    "DraftSummary",
    "GoalChoice",
    "NoteDetail",
    "NoteEditor",
    "NotesAccess",
    "OpenDrafts",
    "pending_note_saves",
    "save_then",
]
