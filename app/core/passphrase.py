"""Passphrase strength, judged offline and explained in plain words.

A rough entropy estimate (character pool and length, with penalties for repeats, sequences
and very common choices) is enough to steer a worker towards a long passphrase; the real
protection is Argon2id plus the device secret.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

MIN_LENGTH = 10
COMMON = frozenset(
    {
        "password",
        "passw0rd",
        "123456",
        "12345678",
        "qwerty",
        "letmein",
        "welcome",
        "caseload",
        "admin",
        "iloveyou",
        "monkey",
        "dragon",
        "football",
        "abc123",
    }
)
WORD_AND_NUMBER = re.compile(r"^[A-Za-z][a-z]*[0-9]{0,6}[^A-Za-z0-9]{0,2}$")
LABELS = ("Very weak", "Weak", "Fair", "Strong", "Very strong")


@dataclass(frozen=True)
class Strength:
    score: int  # 0..4
    bits: float
    advice: str

    @property
    def label(self) -> str:
        return LABELS[self.score]

    @property
    def acceptable(self) -> bool:
        return self.score >= 2


def _pool_size(text: str) -> int:
    pools = [(r"[a-z]", 26), (r"[A-Z]", 26), (r"[0-9]", 10), (r"[^a-zA-Z0-9]", 33)]
    return sum(size for pattern, size in pools if re.search(pattern, text)) or 1


def _penalised_length(text: str) -> float:
    """Length after discounting runs of one character and simple sequences."""
    length = float(len(text))
    length -= 0.75 * len(re.findall(r"(.)\1", text))
    sequences = sum(1 for a, b in zip(text, text[1:], strict=False) if ord(b) - ord(a) == 1)
    # Few distinct characters means little real variety, however long ("aaaaaaaaaaaa").
    variety = 1.5 * len(set(text)) + 2
    return max(min(length - 0.5 * sequences, variety), 0.0)


def estimate(passphrase: str) -> Strength:
    if not passphrase:
        return Strength(0, 0.0, "Enter a passphrase.")
    lowered = passphrase.lower()
    if lowered in COMMON or any(lowered.startswith(w) and len(lowered) < 12 for w in COMMON):
        return Strength(0, 0.0, "This is one of the most common passwords. Choose another.")
    if len(passphrase) >= MIN_LENGTH and WORD_AND_NUMBER.match(passphrase):
        # "Summer2024!" is the first pattern guessers try: a word, a number, a symbol.
        return Strength(1, 28.0, "A single word with a number is easy to guess; use several words.")
    bits = _penalised_length(passphrase) * math.log2(_pool_size(passphrase))
    score = 0 if bits < 28 else 1 if bits < 40 else 2 if bits < 60 else 3 if bits < 80 else 4
    if len(passphrase) < MIN_LENGTH:
        score = min(score, 1)
    return Strength(score, bits, _advice(passphrase, score))


def _advice(passphrase: str, score: int) -> str:
    if len(passphrase) < MIN_LENGTH:
        return f"Use at least {MIN_LENGTH} characters; several unrelated words work well."
    if score < 2:
        return "Add more words or characters; avoid repeats and sequences."
    if score < 3:
        return "Good enough. A longer phrase would be stronger."
    return "Strong passphrase."
