"""Refused by the office: changes the office server did not accept, listed for the worker.

The sync summary only counts them ("1 change was refused"); here the worker sees which ones
(a task, a signed note), whose record each is, and why, so they can open the record or call
the office, then dismiss the notice. Client names are shown, so like the conflicts beside it
the list is filled only while the vault is unlocked and emptied on close and on lock.
"""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from app.services.sync import RefusedView
from app.ui.errors import user_message
from app.ui.sync.sections import SectionRows, SectionText, SyncListSection
from app.ui.sync.summary import REASONS
from app.ui.tasks import TaskRunner
from app.ui.widgets import local_moment

TAB = "Re&fused by the office"
INTRO = (
    "The office did not accept these changes, so its copy does not have them. If one still "
    "matters, call the office (for a signed note, add an addendum instead); then dismiss it."
)
HEADERS = ["Change", "When"]
WIDTHS = [600]  # room for the date beside it at the window's usual width
NONE_REFUSED = "The office has not refused any of your changes."
GONE = "no longer on this laptop"
DISMISS_TIP = "You have dealt with it (called the office, added an addendum): take it off the list"
TEXT = SectionText(
    name="Changes refused by the office",
    intro=INTRO,
    intro_name="About changes refused by the office",
    list_name="Changes refused by the office",
    headers=HEADERS,
    widths=WIDTHS,
    error_name="Problem with refused changes",
    empty=NONE_REFUSED,
    open_button=("O&pen client", "Open the client's record", "Enter"),
    action=("&Dismiss", "Dismiss the refused change", DISMISS_TIP),
)


def refused_text(refused: RefusedView) -> str:
    """ "Task for Rosa Delgado: the office refused it because …" (plain words, one line)."""
    if refused.client_name:
        subject = f"{refused.kind} for {refused.client_name}"
    elif not refused.on_device:
        subject = f"{refused.kind} ({GONE})"
    else:
        subject = refused.kind  # the worker's own record, about no client
    because = REASONS.get(refused.reason)
    return f"{subject}: the office refused it" + (f" because {because}." if because else ".")


ROWS: SectionRows[RefusedView] = SectionRows(
    fetch=lambda access: access.refused(),
    texts=lambda refused: [refused_text(refused), local_moment(refused.at)],
    item_id=lambda refused: str(refused.seq),  # the notice's number (list ids are text)
    act=lambda access, refused: access.dismiss_refused(refused.seq),
    error_text=user_message,  # a stale dismissal: "That record is no longer there."
    retry_after_error=True,  # a dismissal refused as stale says why and can be tried again
)


class RefusedSection(SyncListSection[RefusedView]):
    """The second tab: each refused change, whose and why, to open and then dismiss."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, TEXT, ROWS, parent)

    @property
    def refused(self) -> list[RefusedView]:
        return self.items

    @property
    def dismiss_button(self) -> QPushButton:
        return self.action

    def dismiss(self) -> None:
        self.act_on_selected()
