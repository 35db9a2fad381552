"""The case note editor, the unfinished-drafts list, and what the screen lock needs of them."""

from app.ui.notes.access import DraftSummary as DraftSummary
from app.ui.notes.access import GoalChoice as GoalChoice
from app.ui.notes.access import NoteDetail as NoteDetail
from app.ui.notes.access import NotesAccess as NotesAccess
from app.ui.notes.drafts import OpenDrafts as OpenDrafts
from app.ui.notes.editor import NoteEditor as NoteEditor
from app.ui.notes.lock import pending_note_saves as pending_note_saves
from app.ui.notes.lock import save_then as save_then
