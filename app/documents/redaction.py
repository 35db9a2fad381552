"""Other people's details in a client's own record: found, listed for the worker's review,
and removed from the text before layout (the PDF never holds them, not even under a box).

Found: household members' and collaterals' names (full and each name of three letters or
more that the client does not share), phones and e-mails; any other phone number, street
address or run of two or more capitalised words in the record's text that is not the
client's or a worker's. The last is a heuristic: it also suggests places and organisations,
which the worker restores at review. Nothing here reads the vault.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, fields, is_dataclass, replace
from typing import Any

from app.documents.client_words import DocumentWords, document_words, office_words
from app.documents.export_data import RecordExport

# Fields that are never other people's details: ids, seals, timestamps, workers, the client.
KEEP = frozenset(
    {"id", "content_hash", "amends_id", "at", "worker", "by", "author", "signed_by",
     "client_name", "prepared_by", "own_details", "others", "template", "kind", "status",
     "language"}
)  # fmt: skip
PHONE = re.compile(r"(?<![\w-])\+?\(?\d[\d ().-]{5,}\d(?![\w-])")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
STREET = re.compile(
    r"\b\d{1,5}[A-Za-z]?\s+(?:[^\W\d_][\w'.-]*\s+){1,3}"
    r"(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Boulevard|Blvd"
    r"|Close|Crescent|Terrace|Square)\b"
)
WORD = re.compile(r"[^\W\d_][\w'’-]*")
# Capitalised words that start sentences or name things, not people.
_COMMON = (
    "the this that a an and but client worker visited called met phoned plan data assessment "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december home office phone video note "
    "street road avenue lane city clinic school hospital office court housing"
)
NOT_NAMES = frozenset(_COMMON.split())


@dataclass(frozen=True)
class Redaction:
    id: str
    kind: str  # household member | collateral | name | phone number | e-mail | address
    label_for_review: str  # what the worker reviews (the value itself: shown on screen only)
    occurrences: int
    pattern: str  # the regular expression that finds it in the record's text
    detail: str = ""  # the detail alone (label_for_review without its English prefix)
    person: str = ""  # whose phone or e-mail it is, when a known person's

    @property
    def placeholder(self) -> str:
        return self.placeholder_in(office_words())

    def placeholder_in(self, words: DocumentWords) -> str:
        """ "[redacted: phone number]", "[eliminado: número de teléfono]"."""
        return words("redacted", kind=words.code("redaction", self.kind))


def find_redactions(export: RecordExport) -> list[Redaction]:
    """Every other person's detail the record's text holds, each with how often it occurs;
    all are proposed (the review confirms or restores each)."""
    texts = list(_strings(export))
    own = _own_words(export)
    candidates = [*_known_people(export, own), *_phones(texts, export), *_found(texts, export, own)]
    unique = {c.id: c for c in reversed(candidates)}  # the first (known person) wins
    counted = [replace(c, occurrences=_count(c.pattern, texts)) for c in unique.values()]
    return sorted((c for c in counted if c.occurrences), key=lambda c: (c.kind, c.label_for_review))


def redact(export: RecordExport, confirmed: Collection[Redaction]) -> RecordExport:
    """The record with each confirmed redaction's text replaced by its placeholder, longest
    patterns first (a full name before the first name inside it). Placeholders are worded in
    the record's language."""
    words = document_words(export.language)
    ordered = sorted(confirmed, key=lambda r: -len(r.pattern))
    compiled = [(re.compile(r.pattern), r.placeholder_in(words)) for r in ordered]

    def rewrite(value: str) -> str:
        for pattern, placeholder in compiled:
            value = pattern.sub(placeholder, value)
        return value

    redacted: RecordExport = _rewrite(export, rewrite)
    return replace(redacted, others=(), own_details=())


def _make(
    kind: str, key: str, label: str, pattern: str, detail: str, person: str = ""
) -> Redaction:
    digest = hashlib.sha256(f"{kind}\0{key}".encode()).hexdigest()[:12]
    return Redaction(f"{kind.split()[0]}-{digest}", kind, label, 0, pattern, detail, person)


def _word(text: str) -> str:
    return rf"(?<!\w){re.escape(text)}(?!\w)"


def _phone_pattern(digits: str) -> str:
    """The digits however they are spaced or punctuated, with a leading "+" or "(" taken too."""
    return r"(?<![\d+(])[+(]?" + r"[\s().-]*".join(digits) + r"(?!\d)"


def _known_people(export: RecordExport, own: set[str]) -> Iterator[Redaction]:
    for kind, name, _, email in export.others:
        kind_name = "household member" if kind == "household" else kind
        names = [name, *(w for w in WORD.findall(name) if len(w) >= 3 and w.lower() not in own)]
        pattern = "|".join(_word(n) for n in dict.fromkeys(names))
        yield _make(kind_name, name, f"{kind_name}: {name}", pattern, name)
        if email:
            label = f"e-mail of {name}: {email}"
            yield _make("e-mail", email.lower(), label, _word(email), email, name)


def _found(texts: list[str], export: RecordExport, own: set[str]) -> Iterator[Redaction]:
    known = {w.lower() for _, name, _, _ in export.others for w in WORD.findall(name)}
    own_text = " ".join(export.own_details)
    for text in texts:
        for match in STREET.finditer(text):
            if match.group() not in own_text:
                found = match.group()
                yield _make("address", found, f"address: {found}", _word(found), found)
        for name in _capitalised_runs(text, own):
            if not {w.lower() for w in WORD.findall(name)} <= known:
                yield _make("name", name, f"name in the text: {name}", _word(name), name)


def _phones(texts: list[str], export: RecordExport) -> Iterator[Redaction]:
    """Phone numbers, one redaction per number however it is written: numbers are the same
    when their last nine digits are ("+44 20 7946 0018" is "(020) 7946-0018"). A known
    person's number is labelled with their name; the client's own is left."""
    own = {_digits(d)[-9:] for d in export.own_details if len(_digits(d)) >= 7}
    written: dict[str, dict[str, None]] = {}
    labels: dict[str, tuple[str, str, str]] = {}  # (label, the number, whose)
    for _, name, phone, _ in export.others:
        if phone and len(_digits(phone)) >= 7:
            written.setdefault(_digits(phone)[-9:], {})[_digits(phone)] = None
            labels[_digits(phone)[-9:]] = (f"phone of {name}: {phone}", phone, name)
    for match in (m for text in texts for m in PHONE.finditer(text)):
        digits, found = _digits(match.group()), match.group()
        if len(digits) >= 7 and not DATE.fullmatch(found) and digits[-9:] not in own:
            written.setdefault(digits[-9:], {})[digits] = None
            labels.setdefault(digits[-9:], (f"phone number: {found}", found, ""))
    for key, variants in written.items():
        pattern = "|".join(_phone_pattern(d) for d in sorted(variants, key=len, reverse=True))
        label, detail, person = labels[key]
        yield _make("phone number", key, label, pattern, detail, person)


def _capitalised_runs(text: str, own: set[str]) -> Iterator[str]:
    """Two or more capitalised words in a row (only spaces between), none of them the
    client's or a worker's name or a word that starts sentences or names places."""
    run: list[re.Match[str]] = []
    for match in [*WORD.finditer(text), None]:
        joined = match is not None and bool(run) and text[run[-1].end() : match.start()] == " "
        if match is not None and _is_name_word(match.group(), own) and (joined or not run):
            run.append(match)
            continue
        if len(run) >= 2:
            yield text[run[0].start() : run[-1].end()]
        run = [match] if match is not None and _is_name_word(match.group(), own) else []


def _is_name_word(word: str, own: set[str]) -> bool:
    return word[0].isupper() and word.lower() not in NOT_NAMES and word.lower() not in own


def _own_words(export: RecordExport) -> set[str]:
    return {w.lower() for detail in export.own_details for w in WORD.findall(detail)}


def _digits(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit())


def _count(pattern: str, texts: list[str]) -> int:
    compiled = re.compile(pattern)
    return sum(len(compiled.findall(text)) for text in texts)


def _strings(value: Any, name: str = "") -> Iterator[str]:
    if name in KEEP:
        return
    if isinstance(value, str):
        yield value
    elif isinstance(value, tuple):
        for item in value:
            yield from _strings(item)
    elif is_dataclass(value) and not isinstance(value, type):
        for f in fields(value):
            yield from _strings(getattr(value, f.name), f.name)


def _rewrite(value: Any, rewrite: Callable[[str], str], name: str = "") -> Any:
    """A copy of `value` (frozen dataclasses, tuples, strings) with every string rewritten,
    except those of fields in KEEP."""
    if name in KEEP:
        return value
    if isinstance(value, str):
        return rewrite(value)
    if isinstance(value, tuple):
        return tuple(_rewrite(item, rewrite) for item in value)
    if is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: _rewrite(getattr(value, f.name), rewrite, f.name) for f in fields(value)}
        return replace(value, **changes)
    return value
