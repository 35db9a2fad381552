"""Refused by the office: changes the office server did not accept, listed for the worker.

The sync summary only counts them ("1 change was refused"); here the worker sees which ones
(a task, a signed note), whose record each is, and why, so they can open the record or call
the office, then dismiss the notice. Client names are shown, so like the conflicts beside it
the list is filled only while the vault is unlocked and emptied on close and on lock.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from app.core.refusal import QT_TRANSLATE_NOOP
from app.services.sync import RefusedView
from app.ui.errors import user_message
from app.ui.sync.sections import SectionRows, SectionText, SyncListSection
from app.ui.sync.summary import reason_text
from app.ui.sync.words import record_kind_word
from app.ui.tasks import TaskRunner
from app.ui.widgets import local_moment

TAB = QT_TRANSLATE_NOOP("RefusedChanges", "Re&fused by the office")
WIDTHS = [600]  # room for the date beside it at the window's usual width


def section_text() -> SectionText:
    """The tab's words, in the worker's language (read when the tab is made)."""
    return SectionText(
        name=QCoreApplication.translate("RefusedChanges", "Changes refused by the office"),
        intro=QCoreApplication.translate(
            "RefusedChanges",
            "The office did not accept these changes, so its copy does not have them. If one "
            "still matters, call the office (for a signed note, add an addendum instead); then "
            "dismiss it.",
        ),
        intro_name=QCoreApplication.translate(
            "RefusedChanges", "About changes refused by the office"
        ),
        list_name=QCoreApplication.translate("RefusedChanges", "Changes refused by the office"),
        headers=[
            QCoreApplication.translate("RefusedChanges", "Change"),
            QCoreApplication.translate("RefusedChanges", "When"),
        ],
        widths=WIDTHS,
        error_name=QCoreApplication.translate("RefusedChanges", "Problem with refused changes"),
        empty=QCoreApplication.translate(
            "RefusedChanges", "The office has not refused any of your changes."
        ),
        open_button=(
            QCoreApplication.translate("RefusedChanges", "O&pen client"),
            QCoreApplication.translate("RefusedChanges", "Open the client's record"),
            QCoreApplication.translate("RefusedChanges", "Enter"),
        ),
        action=(
            QCoreApplication.translate("RefusedChanges", "&Dismiss"),
            QCoreApplication.translate("RefusedChanges", "Dismiss the refused change"),
            QCoreApplication.translate(
                "RefusedChanges",
                "You have dealt with it (called the office, added an addendum): "
                "take it off the list",
            ),
        ),
    )


def _subject(refused: RefusedView) -> str:
    """ "Task for Rosa Delgado", "Task (no longer on this laptop)", "Worker profile"."""
    kind = record_kind_word(refused.kind)
    if refused.client_name:
        text = QCoreApplication.translate("RefusedChanges", "{kind} for {name}")
        return text.format(kind=kind, name=refused.client_name)
    if not refused.on_device:
        text = QCoreApplication.translate("RefusedChanges", "{kind} (no longer on this laptop)")
        return text.format(kind=kind)
    return kind  # the worker's own record, about no client


def refused_text(refused: RefusedView) -> str:
    """ "Task for Rosa Delgado: the office refused it because …" (plain words, one line)."""
    because = reason_text(refused.reason)
    if because:
        text = QCoreApplication.translate(
            "RefusedChanges", "{subject}: the office refused it because {reason}."
        )
        return text.format(subject=_subject(refused), reason=because)
    text = QCoreApplication.translate("RefusedChanges", "{subject}: the office refused it.")
    return text.format(subject=_subject(refused))


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
        super().__init__(runner, section_text(), ROWS, parent)

    @property
    def refused(self) -> list[RefusedView]:
        return self.items

    @property
    def dismiss_button(self) -> QPushButton:
        return self.action

    def dismiss(self) -> None:
        self.act_on_selected()
