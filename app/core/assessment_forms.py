"""Assessment instruments as data, and the rules for answering one.

An instrument is a text file (resources/assessments/, format in its README.md): a head of
`key: value` lines (id, version, language, title, about), then sections in brackets:
`[scale]` lists the rating points (`2: Label | what it means`), `[risk]` the lowest rating
that suggests a medium or high risk level, and each `[domain code]` holds one area of life
with its `title`, `prompt` (the question to explore) and `help` (what to look for). A line
that starts with a space continues the value above it; `#` starts a comment line.

Parsing and checking answers are pure: no files, no clock.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from app.core.refusal import QT_TRANSLATE_NOOP, Refusal

HEAD_KEYS = ("id", "version", "language", "title")
RISK_LEVELS = ("low", "medium", "high")
TEXT_LIMIT = 5_000  # characters in one answer box
_CODE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
_ID = re.compile(r"^[a-z0-9-]{1,40}$")
_SECTION = re.compile(r"^\[(?P<kind>scale|risk|domain)(?:\s+(?P<code>\S+))?\]$")


class InstrumentError(ValueError):
    """An instrument file is not in the expected form (names the file and the line)."""


@dataclass(frozen=True)
class ScalePoint:
    value: int
    label: str
    meaning: str


@dataclass(frozen=True)
class Domain:
    code: str
    title: str
    prompt: str
    help: str = ""


@dataclass(frozen=True)
class Instrument:
    id: str
    version: str
    language: str
    title: str
    about: str
    scale: tuple[ScalePoint, ...]
    domains: tuple[Domain, ...]
    risk_from: tuple[tuple[str, int], ...] = ()  # (level, lowest rating), e.g. ("high", 4)

    def point(self, value: int | None) -> ScalePoint | None:
        return next((p for p in self.scale if p.value == value), None)

    def domain(self, code: str) -> Domain | None:
        return next((d for d in self.domains if d.code == code), None)

    def shape(self) -> tuple[object, ...]:
        """What translations of one version must share: domain codes, scale values, risk."""
        return (tuple(d.code for d in self.domains), tuple(p.value for p in self.scale))


@dataclass(frozen=True)
class DomainAnswer:
    """What the worker recorded for one domain; the client's words are kept as said."""

    code: str
    rating: int | None = None
    needs: str = ""
    strengths: str = ""
    client_words: str = ""

    def texts(self) -> tuple[str, str, str]:
        return (self.needs, self.strengths, self.client_words)

    def is_empty(self) -> bool:
        return self.rating is None and not any(self.texts())


# -- parsing ------------------------------------------------------------------------------
def parse_instrument(source: str, name: str = "instrument") -> Instrument:
    blocks = _blocks(source.replace("\r\n", "\n").splitlines(), name)
    head = dict(blocks[0][2])
    missing = [key for key in HEAD_KEYS if not head.get(key)]
    if missing:
        raise InstrumentError(f"{name}: the head lacks {', '.join(missing)}.")
    if not _ID.match(head["id"]) or not head["version"].isdigit():
        raise InstrumentError(
            f"{name}: the id is lower-case words joined by '-', the version a whole number."
        )
    scale = _scale(blocks, name)
    domains = _domains(blocks, name)
    risk = _risk(blocks, scale, name)
    id_, version, language, title = (head[key] for key in HEAD_KEYS)
    return Instrument(id_, version, language, title, head.get("about", ""), scale, domains, risk)


Block = tuple[str, str, list[tuple[str, str]]]  # kind, code, (key, value) lines


def _blocks(lines: list[str], name: str) -> list[Block]:
    blocks: list[Block] = [("head", "", [])]
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        pairs = blocks[-1][2]
        if line[0] in " \t":
            if not pairs:
                raise InstrumentError(f"{name}, line {number}: a continued line needs a key above.")
            key, value = pairs[-1]
            pairs[-1] = (key, f"{value} {line.strip()}".strip())
        elif (section := _SECTION.match(line.strip())) is not None:
            blocks.append((section["kind"], section["code"] or "", []))
        else:
            key, found, value = line.partition(":")
            if not found or not key.strip():
                raise InstrumentError(f"{name}, line {number}: expected 'key: value'.")
            pairs.append((key.strip(), value.strip()))
    return blocks


def _scale(blocks: list[Block], name: str) -> tuple[ScalePoint, ...]:
    lines = [pair for kind, _, pairs in blocks if kind == "scale" for pair in pairs]
    points = []
    for key, value in lines:
        label, _, meaning = value.partition("|")
        if not key.isdigit() or not label.strip():
            raise InstrumentError(f"{name}: a scale point is 'number: label | meaning'.")
        points.append(ScalePoint(int(key), label.strip(), meaning.strip()))
    values = [p.value for p in points]
    if len(points) < 2 or values != sorted(set(values)):
        raise InstrumentError(f"{name}: the [scale] needs two or more points, in rising order.")
    return tuple(points)


def _domains(blocks: list[Block], name: str) -> tuple[Domain, ...]:
    domains = []
    for kind, code, pairs in blocks:
        if kind != "domain":
            continue
        values = dict(pairs)
        if not _CODE.match(code) or not values.get("title") or not values.get("prompt"):
            raise InstrumentError(f"{name}: [domain {code}] needs a code, a title and a prompt.")
        domains.append(Domain(code, values["title"], values["prompt"], values.get("help", "")))
    codes = [d.code for d in domains]
    if not domains or len(set(codes)) != len(codes):
        raise InstrumentError(f"{name}: an instrument needs domains, each code once.")
    return tuple(domains)


def _risk(
    blocks: list[Block], scale: tuple[ScalePoint, ...], name: str
) -> tuple[tuple[str, int], ...]:
    pairs = [pair for kind, _, lines in blocks if kind == "risk" for pair in lines]
    values = {p.value for p in scale}
    found = []
    for level, value in pairs:
        if level not in RISK_LEVELS[1:] or not value.isdigit() or int(value) not in values:
            raise InstrumentError(f"{name}: [risk] lines are 'medium: N' or 'high: N', N a point.")
        found.append((level, int(value)))
    thresholds = dict(found)
    if thresholds.get("high", 10**6) < thresholds.get("medium", -1):
        raise InstrumentError(f"{name}: [risk] high cannot start below medium.")
    return tuple(sorted(found, key=lambda pair: RISK_LEVELS.index(pair[0])))


# -- answering ----------------------------------------------------------------------------
def suggested_risk(instrument: Instrument, answers: Iterable[DomainAnswer]) -> str:
    """The risk level the ratings suggest: the highest level whose threshold a rating meets.
    Only a suggestion: the worker decides the client's risk level."""
    ratings = [a.rating for a in answers if a.rating is not None]
    top = max(ratings, default=None)
    level = "low"
    for name, lowest in instrument.risk_from:
        if top is not None and top >= lowest:
            level = name
    return level


def checked_answers(
    instrument: Instrument, answers: Iterable[DomainAnswer]
) -> dict[str, dict[str, object]]:
    """The answers as stored (domain code -> fields), in the instrument's order; refuses a
    domain or rating the instrument does not have, or an assessment with nothing in it."""
    given: dict[str, DomainAnswer] = {}
    for answer in answers:
        if instrument.domain(answer.code) is None:
            raise Refusal(QT_TRANSLATE_NOOP("Refusal", "This assessment has no such area."))
        if not _rating_ok(instrument, answer.rating):
            raise Refusal(QT_TRANSLATE_NOOP("Refusal", "A rating must be a point of the scale."))
        given[answer.code] = _cleaned(answer, instrument)
    kept = {code: a for code, a in given.items() if not a.is_empty()}
    if not kept:
        raise Refusal(
            QT_TRANSLATE_NOOP(
                "Refusal", "Rate or describe at least one area before saving the assessment."
            )
        )
    order = [d.code for d in instrument.domains]
    return {code: _stored(kept[code]) for code in order if code in kept}


def _rating_ok(instrument: Instrument, rating: object) -> bool:
    if rating is None:
        return True
    return type(rating) is int and instrument.point(rating) is not None


def _cleaned(answer: DomainAnswer, instrument: Instrument) -> DomainAnswer:
    texts = (answer.needs, answer.strengths, answer.client_words)
    cleaned = tuple((text or "").strip() for text in texts)
    if any(len(text) > TEXT_LIMIT for text in cleaned):
        title = instrument.domain(answer.code).title  # type: ignore[union-attr]
        raise Refusal(
            QT_TRANSLATE_NOOP(
                "Refusal", "An answer under {area} is too long (at most {limit} characters)."
            ),
            {"area": title, "limit": TEXT_LIMIT},  # the instrument's own title, not typed text
        )
    return DomainAnswer(answer.code, answer.rating, *cleaned)


def _stored(answer: DomainAnswer) -> dict[str, object]:
    return {
        "rating": answer.rating,
        "needs": answer.needs,
        "strengths": answer.strengths,
        "client_words": answer.client_words,
    }


def answers_from(stored: Mapping[str, Mapping[str, object]]) -> tuple[DomainAnswer, ...]:
    """The answers of a stored assessment (the inverse of checked_answers)."""
    return tuple(
        DomainAnswer(
            code,
            fields.get("rating") if isinstance(fields.get("rating"), int) else None,  # type: ignore[arg-type]
            str(fields.get("needs") or ""),
            str(fields.get("strengths") or ""),
            str(fields.get("client_words") or ""),
        )
        for code, fields in stored.items()
    )
