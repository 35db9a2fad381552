"""The fixed words of a document the client receives (their own record), in the client's
language, not the worker's (issue 12, item 1).

The mechanism is the consent forms' one, not Qt's translators (app/documents is below the UI
and never imports PySide6): a word list per language, resources/client_documents/
record.<language>.txt, on top of the consent forms' vocabulary of that language (month names,
kinds of consent, categories of information). Format: docs/consent-forms.md, "Vocabularies".

Court copies and disclosure packets are read by the office's recipients (a court, another
agency) and stay in the office's language, English: they use OFFICE_LANGUAGE's words.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from app.core.consent_forms import TemplateError, parse_vocabulary
from app.documents.templates import languages as consent_languages
from app.documents.templates import vocabulary
from app.resources import resource

FOLDER = resource("client_documents")
OFFICE_LANGUAGE = "en"
_PREFIX = "record."


def document_language(tag: str | None) -> str:
    """The language a client's document is printed in: the primary subtag of the client's
    preferred language ("es-MX" -> "es") when there are words for it, else English."""
    primary = (tag or "").replace("_", "-").split("-")[0].strip().lower()
    return primary if primary in languages() else OFFICE_LANGUAGE


def languages() -> tuple[str, ...]:
    return tuple(sorted(_word_lists(FOLDER)))


@dataclass(frozen=True)
class DocumentWords:
    """`words("key", name=value)`: the text of `key` in the document's language."""

    language: str
    words: Mapping[str, str]

    def __call__(self, key: str, **values: object) -> str:
        text = self.words.get(key)
        if text is None:
            text = _merged(FOLDER, OFFICE_LANGUAGE).get(key, key)
        return text.format(**values) if values else text

    def code(self, prefix: str, code: str | None) -> str:
        """A stored code as a word ("goal.status", "not_met" -> "not met")."""
        if not code:
            return self("none")
        return self.words.get(f"{prefix}.{code}") or code.replace("_", " ")

    def day(self, value: date | datetime | None) -> str:
        if value is None:
            return self("none")
        if isinstance(value, datetime):
            return self.moment(value)
        month = self.words.get(f"month.{value.month}", "")
        return self("day", day=value.day, month=value.month, month_name=month, year=value.year)

    def moment(self, value: datetime) -> str:
        return self("moment", date=self.day(value.date()), hour=value.hour, minute=value.minute)


def document_words(language: str) -> DocumentWords:
    """The words of `language` (a code from document_language), English where it has none."""
    chosen = language if language in languages() else OFFICE_LANGUAGE
    return DocumentWords(chosen, _merged(FOLDER, chosen))


def office_words() -> DocumentWords:
    return document_words(OFFICE_LANGUAGE)


@functools.cache
def _merged(folder: Path, language: str) -> dict[str, str]:
    """The consent vocabulary of `language` with the record's words on top."""
    merged = vocabulary(language) if language in consent_languages() else {}
    merged.update(_word_lists(folder)[language])
    return merged


@functools.cache
def _word_lists(folder: Path) -> dict[str, dict[str, str]]:
    """Every record.<language>.txt; each must hold every key the English one holds."""
    found = {
        path.name.removeprefix(_PREFIX).removesuffix(".txt"): parse_vocabulary(
            path.read_text(encoding="utf-8"), path.name
        )
        for path in sorted(folder.glob("record.*.txt"))
    }
    english = found.get(OFFICE_LANGUAGE, {})
    for language, words in found.items():
        missing = sorted(key for key in english if not words.get(key))
        if missing:
            raise TemplateError(f"record.{language}.txt: missing {', '.join(missing)}.")
    return found
