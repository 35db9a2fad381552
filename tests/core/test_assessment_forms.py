"""Assessment instruments as data: the parser (pure), the rules for answering one, and the
shipped instrument files with their loader."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.assessment_forms import (
    DomainAnswer,
    InstrumentError,
    answers_from,
    checked_answers,
    parse_instrument,
    suggested_risk,
)
from app.core.refusal import Refusal
from app.documents import instruments

SMALL = """\
# a comment
id: tiny-check
version: 2
language: en
title: Tiny check
about: Two areas,
  for the tests.

[scale]
0: Fine | Nothing to do.
1: Some trouble | Plan for it.
2: Crisis | Act today.

[risk]
medium: 1
high: 2

[domain housing]
title: Housing
prompt: Can they stay?
help: Arrears,
  repairs.

[domain money]
title: Money
prompt: Enough for the basics?
"""


def tiny():
    return parse_instrument(SMALL, "tiny-check.en.v2.txt")


def test_parses_head_scale_risk_and_domains_with_continued_lines() -> None:
    instrument = tiny()
    assert (instrument.id, instrument.version, instrument.language) == ("tiny-check", "2", "en")
    assert instrument.about == "Two areas, for the tests."
    assert [(p.value, p.label) for p in instrument.scale] == [
        (0, "Fine"),
        (1, "Some trouble"),
        (2, "Crisis"),
    ]
    assert instrument.point(2).meaning == "Act today."
    assert instrument.risk_from == (("medium", 1), ("high", 2))
    assert [d.code for d in instrument.domains] == ["housing", "money"]
    assert instrument.domain("housing").help == "Arrears, repairs."
    assert instrument.domain("money").help == "" and instrument.domain("nope") is None


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("title: Tiny check\n", ""), "lacks title"),
        (("version: 2", "version: two"), "whole number"),
        (("0: Fine | Nothing to do.\n", "5: Fine | Nothing to do.\n"), "rising order"),
        (("[domain money]", "[domain Money!]"), "needs a code"),
        (("prompt: Enough for the basics?\n", ""), "needs a code, a title and a prompt"),
        (("[domain money]", "[domain housing]"), "each code once"),
        (("high: 2", "high: 7"), "N a point"),
        (("medium: 1\nhigh: 2", "medium: 2\nhigh: 1"), "high cannot start below medium"),
        (("about: Two areas,", "about Two areas"), "line 6: expected 'key: value'"),
        (("# a comment\n", "  stray\n"), "continued line needs a key"),
    ],
)
def test_refuses_a_malformed_instrument_and_says_where(change, message) -> None:
    source = SMALL.replace(*change)
    assert source != SMALL
    with pytest.raises(InstrumentError, match=message):
        parse_instrument(source, "tiny")


def test_the_ratings_suggest_a_risk_level_from_the_highest_rating() -> None:
    instrument = tiny()
    assert suggested_risk(instrument, []) == "low"
    assert suggested_risk(instrument, [DomainAnswer("housing", 0)]) == "low"
    assert suggested_risk(instrument, [DomainAnswer("housing", 1)]) == "medium"
    both = [DomainAnswer("housing", 1), DomainAnswer("money", 2)]
    assert suggested_risk(instrument, both) == "high"


def test_answers_are_checked_trimmed_ordered_and_read_back() -> None:
    instrument = tiny()
    given = [
        DomainAnswer("money", None, "", "", "  I manage, just.  "),
        DomainAnswer("housing", 2, " Arrears ", "Sister helps", ""),
    ]
    stored = checked_answers(instrument, given)
    assert list(stored) == ["housing", "money"]  # the instrument's order
    assert stored["money"] == {
        "rating": None,
        "needs": "",
        "strengths": "",
        "client_words": "I manage, just.",
    }
    assert answers_from(stored) == (
        DomainAnswer("housing", 2, "Arrears", "Sister helps", ""),
        DomainAnswer("money", None, "", "", "I manage, just."),
    )


def test_empty_domains_are_left_out_and_an_empty_assessment_is_refused() -> None:
    instrument = tiny()
    stored = checked_answers(instrument, [DomainAnswer("housing", 0), DomainAnswer("money")])
    assert list(stored) == ["housing"]
    with pytest.raises(Refusal, match="at least one area"):
        checked_answers(instrument, [DomainAnswer("money", None, "  ", "", "")])


@pytest.mark.parametrize(
    ("answer", "message"),
    [
        (DomainAnswer("garden", 1), "no such area"),  # what was sent is not repeated
        (DomainAnswer("housing", 3), "a point of the scale.$"),
        (DomainAnswer("housing", True), "a point of the scale.$"),  # type: ignore[arg-type]
        (DomainAnswer("housing", None, "x" * 5001), "too long"),
    ],
)
def test_refuses_answers_the_instrument_does_not_have(answer, message) -> None:
    with pytest.raises(Refusal, match=message):
        checked_answers(tiny(), [answer])


# -- the shipped files -----------------------------------------------------------------------
DOMAINS = [
    "housing",
    "income",
    "health",
    "mental_health",
    "substance_use",
    "safety",
    "family",
    "education_work",
    "legal",
    "daily_living",
]


def test_the_general_needs_and_strengths_tool_ships_in_three_languages() -> None:
    shipped = instruments.newest_translations()
    assert [(i.id, i.language) for i in shipped[:3]] == [
        ("needs-strengths", "en"),
        ("needs-strengths", "es"),
        ("needs-strengths", "fr"),
    ]
    for instrument in shipped[:3]:
        assert [d.code for d in instrument.domains] == DOMAINS
        assert len(instrument.scale) == 5 and instrument.risk_from == (("medium", 3), ("high", 4))
        assert all(d.prompt and d.help for d in instrument.domains)
    spanish = instruments.load_instrument("needs-strengths", "es", "1")
    assert spanish.domain("housing").title == "Vivienda"


def test_a_missing_translation_falls_back_to_english() -> None:
    english = instruments.instrument_in("needs-strengths", "de", "1")
    assert english.language == "en"
    with pytest.raises(InstrumentError, match="no assessment 'needs-strengths' in 'de'"):
        instruments.load_instrument("needs-strengths", "de")


def write(folder: Path, name: str, text: str) -> None:
    (folder / name).write_text(text, encoding="utf-8")


def test_an_office_adds_an_instrument_by_dropping_a_file(tmp_path: Path) -> None:
    write(tmp_path, "tiny-check.en.v2.txt", SMALL)
    write(tmp_path, "README.md", "not an instrument")
    found = instruments._catalogue(tmp_path)
    assert [(i.id, i.version) for i in found] == [("tiny-check", "2")]


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("tiny-check.en.v3.txt", SMALL, "the file name does not"),
        ("tiny check.en.v2.txt", SMALL, "expected <instrument-id>"),
        ("tiny-check.fr.v2.txt", SMALL.replace("language: en", "language: fr"), "no English"),
    ],
)
def test_the_loader_refuses_files_that_disagree(tmp_path: Path, name, text, message) -> None:
    write(tmp_path, name, text)
    with pytest.raises(InstrumentError, match=message):
        instruments._catalogue(tmp_path)


def test_a_translation_must_ask_the_same_things(tmp_path: Path) -> None:
    write(tmp_path, "tiny-check.en.v2.txt", SMALL)
    french = SMALL.replace("language: en", "language: fr").replace("[domain money]", "[domain x]")
    write(tmp_path, "tiny-check.fr.v2.txt", french)
    with pytest.raises(InstrumentError, match="differ from the English"):
        instruments._catalogue(tmp_path)
