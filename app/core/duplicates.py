"""Whether two people's details may belong to one person: the duplicate check at intake.

Names are folded first (case, accents, ligatures: "PÉREZ" = "perez", "Lætitia" = "laetitia"),
then each word becomes a key of its consonant sounds in which the spellings English, Spanish
and French use for one sound are made equal: "Roza" and "Rosa" (z/s), "Delgadoh" and
"Delgado" (silent h), "Philippe" and "Felipe" (ph/f), "Vásquez" and "Basques" (v/b, qu/k,
final s), "Thibault" and "Tibo" (th/t, French -ault). Particles ("de", "la", "van") are left
out, so "Ana de la Cruz" and "Ana Cruz" compare their family names alike.

`compare` says why an existing person may be the new one: the same phone number, names that
sound alike (given and family names both, or swapped), names spelled nearly alike, and the
same date of birth with one of the names alike. Pure functions; the vault is read in
app/services/intake.py (docs/decisions.md, "Intake").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache

PHONE = "phone"
NAME_SOUND = "name_sound"
NAME_SPELLING = "name_spelling"
DATE_OF_BIRTH = "date_of_birth"
REASONS = (PHONE, NAME_SOUND, NAME_SPELLING, DATE_OF_BIRTH)

PARTICLES = frozenset(
    {
        "d", "de", "del", "della", "der", "des", "di", "da", "das", "do", "dos", "du", "e",
        "la", "las", "le", "les", "los", "van", "von", "den", "ter", "y",
    }
)  # fmt: skip
LIGATURES = str.maketrans({"æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ı": "i"})
WORD = re.compile(r"[^\W\d_]+")
# Spellings of one sound, made one (in this order; capitals are placeholders: X is "sh").
DIGRAPHS = (("sch", "X"), ("ch", "X"), ("sh", "X"), ("ph", "f"), ("th", "t"), ("gh", "g"))
SOFT_G = re.compile(r"g(?=[eiy])")  # "Gerardo", "Gilles": like j
HARD_GU = re.compile(r"gu(?=[eiy])")  # "Miguel", "Guillaume": a hard g
SOFT_C = re.compile(r"c(?=[eiy])")  # "Cecilia", "Céline": like s
ENDINGS = (("eaux", "o"), ("eau", "o"), ("aux", "o"), ("ault", "o"), ("oux", "ou"), ("eux", "eu"))
LETTERS = str.maketrans({"c": "k", "q": "k", "z": "s", "v": "b", "w": "u", "y": "i", "h": None})
# Consonant classes; vowels separate sounds and are otherwise left out.
CLASSES = {"b": "B", "p": "B", "f": "F", "k": "K", "g": "K", "j": "J", "X": "X", "s": "S"}
CLASSES |= {"d": "T", "t": "T", "l": "L", "m": "N", "n": "N", "r": "R"}
VOWELS = frozenset("aeiou")
SPELLING_ALIKE = 0.9  # Jaro-Winkler of the whole folded names
PART_ALIKE = 0.85  # ... of one part, when the other part sounds alike


def fold(text: str | None) -> str:
    """Lower case without accents: "Ñúñez-Lætitia" -> "nunez-laetitia"."""
    decomposed = unicodedata.normalize("NFKD", (text or "").casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.translate(LIGATURES)


def words(name: str | None) -> tuple[str, ...]:
    """The folded words of a name, particles left out (unless the name is only particles)."""
    found = WORD.findall(fold(name).replace("'", "").replace("’", ""))
    kept = tuple(w for w in found if w not in PARTICLES)
    return kept or tuple(found)


def _respell(word: str) -> str:
    for ending, sound in ENDINGS:
        if word.endswith(ending) and len(word) > len(ending):
            word = word[: -len(ending)] + sound
    for spelling, sound in DIGRAPHS:
        word = word.replace(spelling, sound)
    word = SOFT_C.sub("s", SOFT_G.sub("j", word))
    word = HARD_GU.sub("g", word).replace("qu", "k").replace("ck", "k").replace("gn", "n")
    word = ("s" + word[1:] if word.startswith("x") else word).replace("x", "ks")
    word = word.translate(LETTERS)
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


@lru_cache(maxsize=8192)
def sound_key(word: str) -> str:
    """The consonant sounds of one folded word: "delgadoh" -> "TLKT", "roza" -> "RS"."""
    spelled = _respell(word)
    key = "A" if spelled[:1] in VOWELS else ""
    last = ""
    for letter in spelled:
        code = "" if letter in VOWELS else CLASSES.get(letter, letter)
        if code and code != last:
            key += code
        last = code
    return key or word


# Letters a name may start with, for the vault query's first sieve (app/services/intake.py):
# plain Latin letters, and the accented ones of Latin-1 and Latin Extended-A.
ALPHABET = "".join(
    chr(code)
    for code in (*range(0x41, 0x5B), *range(0x61, 0x7B), *range(0xC0, 0x250))
    if chr(code).isalpha()
)


def _classes_after(initial: str) -> frozenset[str]:
    """Every class a word starting with this folded letter may start its key with (tried
    with every two letters after it, so digraphs such as "ph", "ch" and "sch" count)."""
    tails = (a + b for a in "abcdefghijklmnopqrstuvwxyz" for b in "aehiouy")
    return frozenset(sound_key(initial + tail)[:1] for tail in tails)


@cache
def _letter_classes() -> dict[str, frozenset[str] | None]:
    """For each letter of ALPHABET, the classes a key of a word starting with it may start
    with; None for "h", which may start any (worked out once, on the first check)."""
    table: dict[str, frozenset[str] | None] = {}
    for letter in ALPHABET:
        folded = fold(letter)[:1]
        table[letter] = None if folded == "h" else _classes_after(folded) if folded else frozenset()
    return table


def initial_letters(keys: frozenset[str]) -> frozenset[str]:
    """The letters (any case, accented or not) that a name word whose key is one of `keys`
    can start with."""
    starts = {key[:1] for key in keys}
    letters = {c for key in keys for c in (key[:1].lower(), key[:1].upper())}
    for letter, classes in _letter_classes().items():
        if classes is None or classes & starts:
            letters.add(letter)
    return frozenset(letters)


def name_keys(*names: str | None) -> frozenset[str]:
    return frozenset(sound_key(w) for name in names for w in words(name))


def _common(a: str, b: str) -> tuple[list[str], list[str]]:
    """The letters of `a` and of `b` that match within Jaro's window, each in its order."""
    reach = max(len(a), len(b)) // 2 - 1
    taken = [False] * len(b)
    in_a = []
    for i, letter in enumerate(a):
        for j in range(max(0, i - reach), min(len(b), i + reach + 1)):
            if not taken[j] and b[j] == letter:
                taken[j] = True
                in_a.append(letter)
                break
    return in_a, [letter for j, letter in enumerate(b) if taken[j]]


def jaro_winkler(a: str, b: str) -> float:
    """Similarity of two spellings, 0 (nothing alike) to 1 (the same)."""
    if a == b:
        return 1.0
    in_a, in_b = _common(a, b) if a and b else ([], [])
    if not in_a:
        return 0.0
    m = len(in_a)
    swaps = sum(x != y for x, y in zip(in_a, in_b, strict=True)) / 2
    jaro = (m / len(a) + m / len(b) + (m - swaps) / m) / 3
    pairs = enumerate(zip(a[:4], b[:4], strict=False))
    prefix = next((i for i, (x, y) in pairs if x != y), min(4, len(a), len(b)))
    return jaro + prefix * 0.1 * (1 - jaro)


def phone_digits(phone: str | None) -> str:
    """The last nine digits of a number (so "+1 555-0101" and "555 0101" compare by digits)."""
    digits = "".join(c for c in phone or "" if c.isdigit())
    return digits[-9:] if len(digits) >= 7 else ""


@dataclass(frozen=True)
class Person:
    """What the check compares of a person."""

    first: str
    last: str
    preferred: str | None = None
    born: date | None = None
    phone: str | None = None


@dataclass(frozen=True)
class Keys:
    """A person's sound keys and folded name, worked out once per person."""

    first: frozenset[str]
    last: frozenset[str]
    spelled_first: str
    spelled_last: str
    born: date | None
    phone: str

    @classmethod
    def of(cls, person: Person) -> Keys:
        return cls(
            first=name_keys(person.first, person.preferred),
            last=name_keys(person.last),
            spelled_first=" ".join(words(person.first)),
            spelled_last=" ".join(words(person.last)),
            born=person.born,
            phone=phone_digits(person.phone),
        )


def _name_reason(new: Keys, old: Keys) -> str | None:
    """NAME_SOUND when the given and the family names both sound alike (or swapped),
    NAME_SPELLING when they are spelled nearly alike, else None."""
    first, last = bool(new.first & old.first), bool(new.last & old.last)
    if (first and last) or (new.first & old.last and new.last & old.first):
        return NAME_SOUND
    new_name = f"{new.spelled_first} {new.spelled_last}"
    if jaro_winkler(new_name, f"{old.spelled_first} {old.spelled_last}") >= SPELLING_ALIKE:
        return NAME_SPELLING
    if first and jaro_winkler(new.spelled_last, old.spelled_last) >= PART_ALIKE:
        return NAME_SPELLING
    if last and jaro_winkler(new.spelled_first, old.spelled_first) >= PART_ALIKE:
        return NAME_SPELLING
    return None


def _one_name_alike(new: Keys, old: Keys) -> bool:
    return bool(new.first & old.first or new.last & old.last)


def compare(new: Keys, old: Keys) -> tuple[str, ...]:
    """Why `old` may be the same person as `new` (codes of REASONS), or () if nothing says so.
    A shared date of birth counts only with one of the names alike (many people share one)."""
    reasons = [PHONE] if new.phone and new.phone == old.phone else []
    name = _name_reason(new, old)
    reasons += [name] if name else []
    if new.born is not None and new.born == old.born and (reasons or _one_name_alike(new, old)):
        reasons.append(DATE_OF_BIRTH)
    return tuple(reasons)
