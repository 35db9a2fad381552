"""The assessment instruments shipped in resources/assessments/.

Files are named `<instrument-id>.<language>.v<version>.txt` (format: the README.md beside
them); an office adds an instrument by dropping a file there. Every file is parsed and checked
once, on first use: a file whose name disagrees with its head, or a translation whose domains
or scale differ from its English version, is refused loudly. Old versions stay, because a
saved assessment names the version it followed; English is required for every version.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from app.core.assessment_forms import Instrument, InstrumentError, parse_instrument
from app.resources import resource

FOLDER = resource("assessments")
GENERAL = "needs-strengths"  # the general needs-and-strengths tool, offered first
REQUIRED_LANGUAGE = "en"
_NAME = re.compile(r"^(?P<id>[a-z0-9-]+)\.(?P<language>[a-z]{2,3})\.v(?P<version>\d+)\.txt$")


def available_instruments() -> tuple[Instrument, ...]:
    """Every instrument file, sorted by id, language, then version."""
    return _catalogue(FOLDER)


def load_instrument(instrument_id: str, language: str, version: str | None = None) -> Instrument:
    """One instrument in one language; the newest version when `version` is None."""
    versions = [i for i in _catalogue(FOLDER) if (i.id, i.language) == (instrument_id, language)]
    if version is not None:
        versions = [i for i in versions if i.version == str(version).removeprefix("v")]
    if not versions:
        wanted = f"{instrument_id!r} in {language!r}" + (f" version {version}" if version else "")
        raise InstrumentError(f"There is no assessment {wanted}. {_menu()}")
    return versions[-1]


def instrument_in(instrument_id: str, language: str, version: str | None = None) -> Instrument:
    """The instrument in `language` when it was translated, else in English."""
    try:
        return load_instrument(instrument_id, language, version)
    except InstrumentError:
        return load_instrument(instrument_id, REQUIRED_LANGUAGE, version)


def current_instruments(language: str) -> tuple[Instrument, ...]:
    """The newest version of each instrument, in `language` where it exists, else English;
    the general tool first."""
    ids = sorted({i.id for i in _catalogue(FOLDER)}, key=lambda name: (name != GENERAL, name))
    return tuple(instrument_in(name, language) for name in ids)


def newest_translations() -> tuple[Instrument, ...]:
    """The newest version of each instrument in each of its languages (the form's choices),
    the general tool first."""
    newest: dict[tuple[str, str], Instrument] = {}
    for instrument in _catalogue(FOLDER):  # sorted: a later version replaces an older one
        newest[(instrument.id, instrument.language)] = instrument
    return tuple(sorted(newest.values(), key=lambda i: (i.id != GENERAL, i.id, i.language)))


def _menu() -> str:
    names = sorted({f"{i.id} ({i.language})" for i in _catalogue(FOLDER)})
    return f"Available: {', '.join(names) or 'none'}."


@functools.cache
def _catalogue(folder: Path) -> tuple[Instrument, ...]:
    instruments = [_load(path) for path in sorted(folder.glob("*.txt"))]
    _check_translations(instruments)
    return tuple(sorted(instruments, key=lambda i: (i.id, i.language, int(i.version))))


def _load(path: Path) -> Instrument:
    match = _NAME.match(path.name)
    if not match:
        raise InstrumentError(f"{path.name}: expected <instrument-id>.<language>.v<version>.txt.")
    instrument = parse_instrument(path.read_text(encoding="utf-8"), path.name)
    head = (instrument.id, instrument.language, instrument.version)
    if head != (match["id"], match["language"], match["version"]):
        raise InstrumentError(f"{path.name}: the head says {head}, the file name does not.")
    return instrument


def _check_translations(instruments: list[Instrument]) -> None:
    """Every version exists in English, and its translations ask the same things."""
    english = {(i.id, i.version): i for i in instruments if i.language == REQUIRED_LANGUAGE}
    for instrument in instruments:
        original = english.get((instrument.id, instrument.version))
        name = f"{instrument.id} v{instrument.version} ({instrument.language})"
        if original is None:
            raise InstrumentError(f"{name}: there is no English version of it.")
        same = (instrument.shape(), instrument.risk_from) == (original.shape(), original.risk_from)
        if not same:
            raise InstrumentError(f"{name}: its domains, scale or risk differ from the English.")
