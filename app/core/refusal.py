"""Refusals written for the person at the keyboard.

A service refuses a request it will not carry out (a rule says no, a record is sealed, a field is
missing) by raising `Refusal`. Its message is a fixed sentence in plain words, never a quote of
what was typed or read from the vault, so it is safe to show, log and translate. Anything else
that goes wrong is a fault: the UI names it by type only (app/ui/errors.py).

`Refusal` subclasses `ValueError` so callers written before it keep working.
"""

from __future__ import annotations

from collections.abc import Mapping


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks `text` for translation in `context` without importing Qt (core imports nothing of
    ours); the UI translates it with `QCoreApplication.translate(context, text)`."""
    return text


REFUSAL_CONTEXT = "Refusal"


class Refusal(ValueError):
    """A plain-words refusal. `message` is a fixed sentence (a format template when `details`
    are given); `details` hold only values the app produced itself (counts, dates, field names,
    status words), never user input. `str()` is the English sentence with details filled in."""

    def __init__(self, message: str, details: Mapping[str, object] | None = None) -> None:
        self.message = message
        self.details = dict(details or {})
        super().__init__(self.text())

    def text(
        self, translated: str | None = None, details: Mapping[str, object] | None = None
    ) -> str:
        """The sentence with its details filled in; `translated` replaces the template and
        `details` the values (both from the UI's translation). A translation whose fields do
        not match the template falls back to the English sentence rather than fail."""
        template = self.message if translated is None else translated
        values = self.details if details is None else details
        if not values:
            return template
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):
            return self.message.format(**self.details)
