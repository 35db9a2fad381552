"""The one place an error becomes the words a worker sees.

Every screen that shows a failure passes the exception to `user_message`:

- `Refusal` (app/core/refusal.py): the service's fixed sentence, translated in the "Refusal"
  context, its details (the app's own words and numbers) filled in;
- the vault and sync families (`VaultError`, `SyncError`) and errors the UI wrote itself
  (`ShownAsWritten`): their own words, already written for people;
- `NotFound`: the record went away meanwhile (a sync, another window);
- anything else is a fault: its message may hold data from deeper layers (a value, a path,
  a query), so the worker sees a generic sentence naming only its type, and the log gets the
  type and nothing more.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from app.core.refusal import QT_TRANSLATE_NOOP, REFUSAL_CONTEXT, Refusal
from app.services.fields import NotFound
from app.store.errors import VaultError

log = logging.getLogger(__name__)
# Marked with a literal context so lupdate collects them; translated where they are used.
GONE = QT_TRANSLATE_NOOP("UserMessage", "That record is no longer there.")
FAULT = QT_TRANSLATE_NOOP(
    "UserMessage", "Something went wrong ({kind}). Nothing was changed; try again."
)
FAULT_DOING = QT_TRANSLATE_NOOP(
    "UserMessage", "{doing} stopped unexpectedly ({kind}). Nothing was lost; try again."
)
FAILED_DOING = QT_TRANSLATE_NOOP("UserMessage", "{doing} failed: {reason}")


class ShownAsWritten(Exception):
    """An error the UI raised with a message it already translated (a print job refused):
    shown as it is."""


def _tr(text: str) -> str:
    """One of the QT_TRANSLATE_NOOP sentences above (collected there), translated now."""
    return QCoreApplication.translate("UserMessage", text)


def user_message(error: BaseException, doing: str | None = None) -> str:
    """What the worker sees for `error`. `doing` (already translated, "Saving") names the work
    that failed; it leads the sentence."""
    if isinstance(error, Refusal):
        return _led_by(doing, refusal_text(error))
    if isinstance(error, VaultError | ShownAsWritten):
        return _led_by(doing, str(error))
    if isinstance(error, NotFound):
        return _led_by(doing, _tr(GONE))
    log.warning("Shown as an unexpected error: %s", type(error).__name__)
    return _unexpected(error, doing)


def is_fault(error: BaseException) -> bool:
    """Neither a refusal nor an error written for people: shown by its type only. A screen
    that leads only faults with the work it was doing asks this first."""
    return not isinstance(error, Refusal | VaultError | ShownAsWritten | NotFound)


def refusal_text(refusal: Refusal) -> str:
    """The refusal in the worker's language: the template and its word details translated
    (a string detail is the app's own word, a field name or a status), numbers as they are."""
    details = {
        key: QCoreApplication.translate(REFUSAL_CONTEXT, value) if isinstance(value, str) else value
        for key, value in refusal.details.items()
    }
    return refusal.text(QCoreApplication.translate(REFUSAL_CONTEXT, refusal.message), details)


def _unexpected(error: BaseException, doing: str | None) -> str:
    """The generic sentence: the error's type only, never its message. A form's save is one
    unit of work, rolled back whole; work named by `doing` (saving a note, a sync) keeps what
    it had, so it says nothing was lost."""
    kind = type(error).__name__
    if doing:
        return _tr(FAULT_DOING).format(doing=doing, kind=kind)
    return _tr(FAULT).format(kind=kind)


def _led_by(doing: str | None, text: str) -> str:
    return _tr(FAILED_DOING).format(doing=doing, reason=text) if doing else text
