"""Respectful-language check: flags stigmatising or derogatory terms in a note and suggests
person-first wording. It warns; it never blocks (the worker decides)."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class TermRule:
    term: str
    suggestion: str
    reason: str


@dataclass(frozen=True)
class LanguageFinding:
    start: int
    end: int
    found: str
    suggestion: str
    reason: str


def parse_rules(text: str) -> list[TermRule]:
    """Rules from CSV text with columns term,suggestion,reason ('#' lines are comments)."""
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(io.StringIO("\n".join(lines)))
    return [
        TermRule(row["term"].strip(), row["suggestion"].strip(), row["reason"].strip())
        for row in reader
        if row.get("term", "").strip()
    ]


def _pattern(term: str) -> re.Pattern[str]:
    words = [re.escape(word) for word in term.split()]
    return re.compile(r"\b" + r"\s+".join(words) + r"\b", re.IGNORECASE)


class LanguageChecker:
    def __init__(self, rules: list[TermRule]) -> None:
        # Longest terms first, so "drug addict" wins over "addict".
        ordered = sorted(rules, key=lambda rule: len(rule.term), reverse=True)
        self._rules = [(rule, _pattern(rule.term)) for rule in ordered]

    def check(self, text: str) -> list[LanguageFinding]:
        findings: list[LanguageFinding] = []
        taken: list[tuple[int, int]] = []
        for rule, pattern in self._rules:
            for match in pattern.finditer(text):
                span = match.span()
                if any(span[0] < end and start < span[1] for start, end in taken):
                    continue
                taken.append(span)
                findings.append(
                    LanguageFinding(span[0], span[1], match.group(0), rule.suggestion, rule.reason)
                )
        return sorted(findings, key=lambda finding: finding.start)
