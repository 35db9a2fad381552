"""Passphrase strength, judged offline and explained in plain words.

The estimate is zxcvbn's (Dropbox's estimator, pure Python, with its own lists of common
passwords, names and words): it counts the guesses an attacker trying common passwords,
dictionary words, keyboard patterns, dates and l33t substitutions would need. A character-pool
rule would call "P@ssw0rd2026" strong; zxcvbn finds it in a few hundred thousand guesses.

The advice is one fixed English sentence per kind of weakness (marked for translation, never
a quote of the passphrase); the UI translates it in the context `ADVICE_CONTEXT`.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from zxcvbn import zxcvbn  # type: ignore[import-untyped]

from app.core.refusal import QT_TRANSLATE_NOOP

MIN_LENGTH = 10
ADVICE_CONTEXT = "Passphrase"
LABELS = tuple(
    QT_TRANSLATE_NOOP(ADVICE_CONTEXT, label)
    for label in ("Very weak", "Weak", "Fair", "Strong", "Very strong")
)
# log10 of the guesses needed, at which each score starts. "Fair" (10^10 guesses, centuries
# at Argon2id's ~0.5 s a guess on one core) is the least the app accepts.
SCORE_FLOORS = (0.0, 6.0, 10.0, 13.0, 16.0)
ACCEPTABLE_SCORE = 2
# Words an attacker who knows where the laptop comes from would try first.
APP_WORDS = ("caseload", "case", "worker", "client", "office", "social")

ENTER = QT_TRANSLATE_NOOP(ADVICE_CONTEXT, "Enter a passphrase.")
TOO_SHORT = QT_TRANSLATE_NOOP(
    ADVICE_CONTEXT, "Use at least 10 characters; several unrelated words work well."
)
COMMON = QT_TRANSLATE_NOOP(
    ADVICE_CONTEXT,
    "This is close to a commonly used password; swapping letters for symbols does not help. "
    "Use several unrelated words.",
)
PERSONAL = QT_TRANSLATE_NOOP(
    ADVICE_CONTEXT, "Names and words about your work are guessed first; choose other words."
)
REPEATS = QT_TRANSLATE_NOOP(
    ADVICE_CONTEXT, "Repeated words or characters are easy to guess; use different words."
)
PATTERNS = QT_TRANSLATE_NOOP(
    ADVICE_CONTEXT, "Keyboard rows and sequences such as abc or 123 are easy to guess."
)
DATES = QT_TRANSLATE_NOOP(
    ADVICE_CONTEXT, "Years and dates are easy to guess; add more words instead."
)
MORE_WORDS = QT_TRANSLATE_NOOP(
    ADVICE_CONTEXT, "Add another word or two; uncommon words are better."
)
FAIR = QT_TRANSLATE_NOOP(ADVICE_CONTEXT, "Good enough. A longer phrase would be stronger.")
STRONG = QT_TRANSLATE_NOOP(ADVICE_CONTEXT, "Strong passphrase.")
# The first weakness found in zxcvbn's breakdown, in this order, names the advice.
WEAKNESSES: tuple[tuple[str, str], ...] = (
    ("common", COMMON),
    ("personal", PERSONAL),
    ("repeat", REPEATS),
    ("pattern", PATTERNS),
    ("date", DATES),
)


@dataclass(frozen=True)
class Strength:
    score: int  # 0..4, an index into LABELS
    bits: float  # log2 of the guesses an attacker would need
    advice: str  # one plain sentence, in English (translated by the UI)

    @property
    def label(self) -> str:
        return LABELS[self.score]

    @property
    def acceptable(self) -> bool:
        return self.score >= ACCEPTABLE_SCORE


def estimate(passphrase: str, personal: Sequence[str] = ()) -> Strength:
    """How hard `passphrase` is to guess; `personal` words (the worker's name) count as known."""
    if not passphrase:
        return Strength(0, 0.0, ENTER)
    result = zxcvbn(passphrase, user_inputs=[*APP_WORDS, *personal])
    log10_guesses = float(result["guesses_log10"])
    score = max(index for index, floor in enumerate(SCORE_FLOORS) if log10_guesses >= floor)
    if len(passphrase) < MIN_LENGTH:
        score = min(score, ACCEPTABLE_SCORE - 1)
    bits = log10_guesses * math.log2(10)
    return Strength(score, bits, _advice(passphrase, score, result["sequence"]))


def _advice(passphrase: str, score: int, matches: Iterable[Mapping[str, Any]]) -> str:
    if len(passphrase) < MIN_LENGTH:
        return TOO_SHORT
    if score >= ACCEPTABLE_SCORE + 1:
        return STRONG
    if score == ACCEPTABLE_SCORE:
        return FAIR
    found = {_weakness(match) for match in matches}
    return next((advice for kind, advice in WEAKNESSES if kind in found), MORE_WORDS)


def _weakness(match: Mapping[str, Any]) -> str:
    """The kind of guessable part one zxcvbn match is ("" when it is not one)."""
    pattern = match.get("pattern")
    if pattern == "dictionary":
        source = match.get("dictionary_name")
        return "personal" if source == "user_inputs" else "common" if source == "passwords" else ""
    if pattern in ("spatial", "sequence"):
        return "pattern"
    if pattern == "regex" or pattern == "date":
        return "date"
    return "repeat" if pattern == "repeat" else ""
