"""The consent form templates and vocabularies shipped in resources/consent_forms/.

Files are named `<template-id>.<language>.v<version>.txt` and `vocabulary.<language>.txt`
(format: docs/consent-forms.md). Every file is parsed and checked once, on first use: a
template whose name disagrees with its head, whose language has no vocabulary, or which uses
a placeholder the filler does not know is refused loudly, before any form is printed. Old
versions stay: a signed consent is verified against the exact version it was signed on.
"""

from __future__ import annotations

import functools
import re
import string
from dataclasses import dataclass
from pathlib import Path

from app.core.consent import ASSENT, AUTHORITIES, INFORMATION_CATEGORIES, KINDS, METHODS
from app.core.consent_forms import (
    ConsentTemplate,
    TemplateError,
    blank_values,
    fill,
    parse_template,
    parse_vocabulary,
)
from app.resources import resource

FOLDER = resource("consent_forms")
_TEMPLATE_NAME = re.compile(
    r"^(?P<id>[a-z0-9-]+)\.(?P<language>[a-z]{2,3})\.v(?P<version>\d+)\.txt$"
)
_VOCABULARY_NAME = re.compile(r"^vocabulary\.(?P<language>[a-z]{2,3})\.txt$")
# The template a kind uses when several share it; `other` consents use the services text.
DEFAULT_IDS = {
    "services": "consent-services",
    "release_of_information": "release-of-information",
    "recording": "photo-recording",
}
LABELS = ("signature", "signed_by", "date", "witness", "page", "qr", "copy", "template")
LABELS_MORE = ("blank", "signed_on_screen", "field")
REQUIRED_WORDS = (
    "date_format",
    *(f"month.{number}" for number in range(1, 13)),
    *(f"category.{code}" for code in INFORMATION_CATEGORIES),
    *(f"authority.{code}" for code in AUTHORITIES),
    *(f"method.{code}" for code in METHODS),
    *(f"assent.{code}" for code in ASSENT),
    *(f"kind.{code}" for code in KINDS),
    "confidentiality.explained",
    "no_end_date",
    "no_recipients",
    "not_applicable",
    *(f"label.{name}" for name in LABELS + LABELS_MORE),
)


@dataclass(frozen=True)
class TemplateInfo:
    id: str
    version: str
    kind: str
    language: str
    title: str


def available_templates() -> list[TemplateInfo]:
    """Every template version shipped, sorted by id, language, then version."""
    return [TemplateInfo(t.id, t.version, t.kind, t.language, t.title) for t in _catalogue(FOLDER)]


def load_template(template_id: str, language: str, version: str | None = None) -> ConsentTemplate:
    """One template; the newest version when `version` is None (TemplateError says what exists)."""
    versions = [t for t in _catalogue(FOLDER) if (t.id, t.language) == (template_id, language)]
    if not versions:
        raise TemplateError(f"There is no consent form {template_id!r} in {language!r}. {_menu()}")
    if version is None:
        return versions[-1]
    for template in versions:
        if template.version == str(version).removeprefix("v"):
            return template
    known = ", ".join(t.version for t in versions)
    raise TemplateError(
        f"Consent form {template_id!r} in {language!r} has no version {version}; versions: {known}."
    )


def template_for(kind: str, language: str) -> ConsentTemplate:
    """The newest template for a kind of consent in a language (`other` uses services)."""
    if kind not in KINDS:
        raise TemplateError(f"Unknown kind of consent {kind!r}; kinds: {', '.join(KINDS)}.")
    kind = "services" if kind == "other" else kind
    ids = sorted({t.id for t in _catalogue(FOLDER) if (t.kind, t.language) == (kind, language)})
    if not ids:
        raise TemplateError(f"There is no {kind} consent form in {language!r}. {_menu()}")
    chosen = DEFAULT_IDS[kind] if DEFAULT_IDS[kind] in ids else ids[0]
    return load_template(chosen, language)


def vocabulary(language: str) -> dict[str, str]:
    """The words a form in `language` needs (a copy: callers may not change the cache)."""
    words = _vocabularies(FOLDER).get(language)
    if words is None:
        raise TemplateError(
            f"There are no consent forms in {language!r}; languages: {', '.join(languages())}."
        )
    return dict(words)


def languages() -> tuple[str, ...]:
    return tuple(sorted(_vocabularies(FOLDER)))


def check_template(template: ConsentTemplate, words: dict[str, str]) -> None:
    """Refuse a template using an unknown placeholder, or a format spec the filler ignores."""
    known = blank_values(words)
    if _fields(template.title):
        raise TemplateError(f"{template.id}: the title may not hold placeholders.")
    texts = [s.heading for s in template.sections] + [
        p for s in template.sections for p in s.paragraphs
    ]
    for field, spec in (pair for text in texts for pair in _fields(text)):
        if field not in known or spec:
            raise TemplateError(f"{template.id}: unknown placeholder {{{field}{spec}}}.")
    fill(template, known)


def _fields(text: str) -> list[tuple[str, str]]:
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError as error:
        raise TemplateError(f"malformed placeholder in {text[:40]!r}: {error}") from None
    return [
        (name, (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else ""))
        for _, name, spec, conversion in parsed
        if name is not None
    ]


def _menu() -> str:
    names: dict[str, set[str]] = {}
    for template in _catalogue(FOLDER):
        names.setdefault(template.id, set()).add(template.language)
    listed = "; ".join(f"{name} ({', '.join(sorted(langs))})" for name, langs in names.items())
    return f"Available: {listed or 'none'}."


@functools.cache
def _vocabularies(folder: Path) -> dict[str, dict[str, str]]:
    found: dict[str, dict[str, str]] = {}
    for path in sorted(folder.glob("vocabulary.*.txt")):
        match = _VOCABULARY_NAME.match(path.name)
        if not match:
            raise TemplateError(f"{path.name}: expected vocabulary.<language>.txt.")
        words = parse_vocabulary(path.read_text(encoding="utf-8"), path.name)
        missing = [key for key in REQUIRED_WORDS if not words.get(key)]
        if missing:
            raise TemplateError(f"{path.name}: missing {', '.join(missing)}.")
        found[match["language"]] = words
    return found


@functools.cache
def _catalogue(folder: Path) -> tuple[ConsentTemplate, ...]:
    paths = [p for p in sorted(folder.glob("*.txt")) if not _VOCABULARY_NAME.match(p.name)]
    templates = [_load(path) for path in paths]
    return tuple(sorted(templates, key=lambda t: (t.id, t.language, int(t.version))))


def _load(path: Path) -> ConsentTemplate:
    match = _TEMPLATE_NAME.match(path.name)
    if not match:
        raise TemplateError(f"{path.name}: expected <template-id>.<language>.v<version>.txt.")
    template = parse_template(path.read_text(encoding="utf-8"), path.name)
    head = (template.id, template.language, template.version)
    if head != (match["id"], match["language"], match["version"]):
        raise TemplateError(f"{path.name}: the head says {head}, the file name does not.")
    if template.kind not in KINDS:
        raise TemplateError(f"{path.name}: unknown kind {template.kind!r}.")
    words = _vocabularies(path.parent).get(template.language)
    if words is None:
        raise TemplateError(f"{path.name}: no vocabulary.{template.language}.txt beside it.")
    check_template(template, words)
    return template
