"""Consent form templates as data, and filling them in.

A template is a text file (resources/consent_forms/, format in docs/consent-forms.md): a head
of `key: value` lines, a blank line, then sections headed `## Heading` whose paragraphs may
hold placeholders such as `{client_name}`. Each language has a vocabulary file (`key = value`)
naming categories, months and the words a form needs. Filling is pure and deterministic: the
same record and template always give the same text, so its hash seals what was shown.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

BLANK = "____________________"
HEAD_KEYS = ("id", "version", "kind", "language", "title")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")  # a blank line, even one holding spaces


class TemplateError(ValueError):
    """A template or vocabulary file is not in the expected form (names the file's line)."""


@dataclass(frozen=True)
class Section:
    heading: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class ConsentTemplate:
    id: str
    version: str
    kind: str
    language: str
    title: str
    sections: tuple[Section, ...]


@dataclass(frozen=True)
class ConsentFacts:
    """What a form says about this consent (codes, not words: the vocabulary names them)."""

    client_name: str
    date_of_birth: date | None
    purposes: tuple[str, ...]
    recipients: tuple[str, ...]
    categories: tuple[str, ...]
    effective_on: date
    expires_on: date | None
    signer_name: str
    signer_authority: str
    signer_relationship: str | None
    authority_document: str | None
    method: str
    witness_name: str | None
    worker_name: str
    confidentiality_explained: bool
    client_assent: str | None = None  # app.core.consent.ASSENT, when the client lacks capacity
    extra: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class FilledForm:
    """The text of one filled (or blank) form, ready to lay out or to hash."""

    template: ConsentTemplate
    title: str
    sections: tuple[Section, ...]

    def text(self) -> str:
        """The canonical text: what is hashed, and what pdftotext finds on the page."""
        parts = [self.title]
        for section in self.sections:
            parts.append(section.heading)
            parts.extend(section.paragraphs)
        return "\n\n".join(parts) + "\n"


def parse_template(source: str, name: str = "template") -> ConsentTemplate:
    head, _, body = _PARAGRAPH_BREAK.sub("\n\n", source.replace("\r\n", "\n")).partition("\n\n")
    values = _pairs(head.splitlines(), ":", name)
    missing = [key for key in HEAD_KEYS if not values.get(key)]
    if missing:
        raise TemplateError(f"{name}: the head lacks {', '.join(missing)}.")
    sections = _sections(body, name)
    id_, version, kind, language, title = (values[key] for key in HEAD_KEYS)
    return ConsentTemplate(id_, version, kind, language, title, sections)


def parse_vocabulary(source: str, name: str = "vocabulary") -> dict[str, str]:
    return _pairs(source.replace("\r\n", "\n").splitlines(), "=", name)


def _pairs(lines: list[str], separator: str, name: str) -> dict[str, str]:
    values: dict[str, str] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, found, value = line.partition(separator)
        if not found:
            raise TemplateError(f"{name}, line {number}: expected 'key{separator} value'.")
        values[key.strip()] = value.strip()
    return values


def _sections(body: str, name: str) -> tuple[Section, ...]:
    sections: list[Section] = []
    for chunk in body.split("\n## ")[0:]:
        chunk = chunk.strip().removeprefix("## ")
        if not chunk:
            continue
        heading, _, text = chunk.partition("\n")
        paragraphs = tuple(" ".join(p.split()) for p in text.split("\n\n") if p.strip())
        sections.append(Section(heading.strip(), paragraphs))
    if not sections:
        raise TemplateError(f"{name}: no sections (each starts with a '## Heading' line).")
    return tuple(sections)


def long_date(day: date | None, words: Mapping[str, str]) -> str:
    """A date in the form's language, from its vocabulary (`date_format`, `month.N`)."""
    if day is None:
        return words.get("no_end_date", "")
    pattern = words.get("date_format", "{day} {month} {year}")
    return pattern.format(day=day.day, month=words.get(f"month.{day.month}", ""), year=day.year)


def _listed(codes: tuple[str, ...], prefix: str, words: Mapping[str, str]) -> str:
    return "; ".join(words.get(f"{prefix}.{code}", code) for code in codes) or BLANK


def placeholders(facts: ConsentFacts, words: Mapping[str, str]) -> dict[str, str]:
    """Every placeholder a template may use, in the form's language."""
    explained = "confidentiality.explained" if facts.confidentiality_explained else ""
    na = words.get("not_applicable", "")
    assent = words.get(f"assent.{facts.client_assent}", na) if facts.client_assent else na
    values = {
        "client_name": facts.client_name,
        "date_of_birth": long_date(facts.date_of_birth, words) if facts.date_of_birth else BLANK,
        "purposes": "; ".join(facts.purposes) or BLANK,
        "recipients": "; ".join(facts.recipients) or words.get("no_recipients", BLANK),
        "categories": _listed(facts.categories, "category", words),
        "effective_on": long_date(facts.effective_on, words),
        "expires_on": long_date(facts.expires_on, words),
        "signer_name": facts.signer_name,
        "signer_role": words.get(f"authority.{facts.signer_authority}", facts.signer_authority),
        "signer_relationship": facts.signer_relationship or na,
        "authority_document": facts.authority_document or na,
        "method": words.get(f"method.{facts.method}", facts.method),
        "witness_name": facts.witness_name or na,
        "worker_name": facts.worker_name,
        "client_assent": assent,
        "confidentiality": words.get(explained, BLANK) if explained else BLANK,
    }
    return {**values, **facts.extra}


def fill(template: ConsentTemplate, values: Mapping[str, str]) -> FilledForm:
    """The template with every placeholder replaced (unknown ones refused, not left raw)."""
    sections = []
    for section in template.sections:
        paragraphs = tuple(_fill_text(p, values, template.id) for p in section.paragraphs)
        sections.append(Section(_fill_text(section.heading, values, template.id), paragraphs))
    return FilledForm(template, _fill_text(template.title, values, template.id), tuple(sections))


def blank_values(words: Mapping[str, str]) -> dict[str, str]:
    """Placeholders of a blank form for paper days: lines to write on, no client data."""
    keys = placeholders(_NO_FACTS, words).keys()
    return dict.fromkeys(keys, BLANK)


def _fill_text(text: str, values: Mapping[str, str], template_id: str) -> str:
    try:
        return text.format_map(values)
    except (KeyError, ValueError, IndexError) as error:
        raise TemplateError(f"{template_id}: unknown or malformed placeholder ({error}).") from None


_NO_FACTS = ConsentFacts(
    client_name="",
    date_of_birth=None,
    purposes=(),
    recipients=(),
    categories=(),
    effective_on=date(2000, 1, 1),
    expires_on=None,
    signer_name="",
    signer_authority="self",
    signer_relationship=None,
    authority_document=None,
    method="signed_on_paper",
    witness_name=None,
    worker_name="",
    confidentiality_explained=False,
)
