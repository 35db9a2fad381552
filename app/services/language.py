"""The respectful-language check, with the office-editable word list from resources/."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from app.core.language import LanguageChecker, LanguageFinding, parse_rules
from app.resources import resource

TERMS_FILE = resource("language", "respectful-terms.csv")


@lru_cache(maxsize=4)
def _checker(path: Path, mtime: float) -> LanguageChecker:
    return LanguageChecker(parse_rules(path.read_text(encoding="utf-8")))


def check_language(text: str, terms_file: Path = TERMS_FILE) -> list[LanguageFinding]:
    """Terms to reconsider in `text`, with suggested wording. Re-reads the list when edited."""
    return _checker(terms_file, terms_file.stat().st_mtime).check(text)
