"""Translations: collect, fill and compile.

    python tools/i18n.py update          # lupdate app/ -> resources/i18n/caseload_{en,es,fr}.ts
    python tools/i18n.py fill FILE.json  # put translations from FILE.json into the .ts files
    python tools/i18n.py release         # lrelease: the .ts files -> .qm next to them
    python tools/i18n.py missing         # list messages a .ts file has no translation for

The .ts files are the sources kept in git; the .qm files are built by tools/setup-env.sh and by
packaging/build-linux.sh. English needs a .ts too, for its plural forms ("%n client(s)").

A fill file is a JSON list of {"context", "source", "es", "fr"} objects; for a plural message
"es", "fr" and "en" are lists of forms (singular first).
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("en", "es", "fr")
SOURCES = ("app",)
TOOLS = Path(sys.executable).parent


def ts_path(language: str) -> Path:
    return I18N / f"caseload_{language}.ts"


def update() -> None:
    """Collect every marked string from the sources; keeps existing translations."""
    I18N.mkdir(parents=True, exist_ok=True)
    files = sorted(str(p) for s in SOURCES for p in (ROOT / s).rglob("*.py"))
    for language in LANGUAGES:
        path = ts_path(language)
        known = _plural_forms(path) if path.exists() else {}
        subprocess.run(
            [
                str(TOOLS / "pyside6-lupdate"),
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                language,
                *files,
                "-ts",
                str(path),
            ],
            check=True,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        mark_plurals(path, known)


Key = tuple[str, str]


def _plural_forms(path: Path) -> dict[Key, list[str]]:
    found = {}
    for key, message in _messages(ET.parse(path)).items():
        forms = [f.text or "" for f in message.iter("numerusform")]
        if message.get("numerus") == "yes" and _finished(message.find("translation")):
            found[key] = forms
    return found


def mark_plurals(path: Path, known: dict[Key, list[str]]) -> None:
    """lupdate marks `translate(ctx, "%n ...", "", n)` as a plural message only when n is a
    literal (and then flattens the plural forms it had, as unfinished): every message with %n
    is one, and keeps the forms it was given."""
    tree = ET.parse(path)
    for key, message in _messages(tree).items():
        if "%n" not in key[1]:
            continue
        message.set("numerus", "yes")
        translation = message.find("translation")
        if translation is None:
            continue
        single = "".join(translation.itertext()) if message.find(".//numerusform") is None else ""
        if key in known:
            _set(message, known[key])
        elif single:
            _set(message, [single, single])
    _write(tree, path)


def release() -> None:
    for language in LANGUAGES:
        qm = ts_path(language).with_suffix(".qm")
        subprocess.run(
            [str(TOOLS / "pyside6-lrelease"), "-silent", str(ts_path(language)), "-qm", str(qm)],
            check=True,
            cwd=ROOT,
        )


def _messages(tree: ET.ElementTree) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found[(name, message.findtext("source", ""))] = message
    return found


def _set(message: ET.Element, value: str | list[str]) -> None:
    translation = message.find("translation")
    assert translation is not None
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        forms = [value] if isinstance(value, str) else value
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = value if isinstance(value, str) else value[0]


def fill(paths: list[Path]) -> int:
    """Returns how many entries matched no message in the .ts files."""
    entries = [e for p in paths for e in json.loads(p.read_text(encoding="utf-8"))]
    unmatched = 0
    for language in LANGUAGES:
        tree = ET.parse(ts_path(language))
        messages = _messages(tree)
        for entry in entries:
            message = messages.get((entry["context"], entry["source"]))
            if message is None:
                unmatched += language == "es"
            elif language in entry:
                _set(message, entry[language])
        _write(tree, ts_path(language))
    return unmatched


def _write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def _finished(translation: ET.Element | None) -> bool:
    if translation is None or translation.get("type") in {"unfinished", "vanished", "obsolete"}:
        return False
    return bool("".join(translation.itertext()).strip())


def missing(language: str) -> list[tuple[str, str]]:
    """Messages with no (or an unfinished) translation; English needs only its plurals."""
    tree = ET.parse(ts_path(language))
    gaps = []
    for (context, source), message in _messages(tree).items():
        if language == "en" and message.get("numerus") != "yes":
            continue
        if not _finished(message.find("translation")):
            gaps.append((context, source))
    return gaps


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "update"
    if command == "update":
        update()
    elif command == "release":
        release()
    elif command == "fill":
        unmatched = fill([Path(p) for p in argv[1:]])
        print(f"{unmatched} entries matched no message", file=sys.stderr)
    elif command == "missing":
        for language in LANGUAGES:
            for context, source in missing(language):
                print(f"{language}\t{context}\t{source}")
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
