"""Languages: every word on screen goes through Qt's translation system, the .ts sources hold
every marked string with a Spanish and a French translation (and the English plurals), the
translations keep their placeholders, and the running app shows Spanish when asked."""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QLabel, QMenu, QTabWidget

from app.services.user_settings import Preferences, save_settings
from app.ui.i18n import LANGUAGES
from tests import i18n_scan
from tests.ui.conftest import rows_loaded

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "tools" / "i18n.py")
assert _spec is not None and _spec.loader is not None
i18n_tool = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(i18n_tool)
FIELD = re.compile(r"\{[a-z_]*\}|%n|%\d")


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    return i18n_tool._messages(ET.parse(path))


def test_no_user_visible_literal_escapes_translation():
    hits = list(i18n_scan.scan())
    shown = "\n".join(map(str, hits[:40]))
    assert not hits, f"{len(hits)} UI strings are not translatable:\n{shown}"


def test_the_ts_sources_hold_every_marked_string(tmp_path: Path, monkeypatch):
    """Run lupdate again into copies: a string added to the code but not to the .ts files
    (nobody ran `python tools/i18n.py update`) fails here."""
    kept = {lang: set(_messages(i18n_tool.ts_path(lang))) for lang in i18n_tool.LANGUAGES}
    for language in i18n_tool.LANGUAGES:
        shutil.copy(i18n_tool.ts_path(language), tmp_path)
    monkeypatch.setattr(i18n_tool, "I18N", tmp_path)
    i18n_tool.update()
    for language in i18n_tool.LANGUAGES:
        fresh = set(_messages(tmp_path / f"caseload_{language}.ts"))
        differ = len(fresh ^ kept[language])
        assert fresh == kept[language], f"{language}: run tools/i18n.py update ({differ} differ)"


@pytest.mark.parametrize("language", ["es", "fr", "en"])
def test_every_message_has_a_translation(language: str):
    gaps = i18n_tool.missing(language)
    listed = "\n".join(f"{context}: {source}" for context, source in gaps[:30])
    assert not gaps, f"{len(gaps)} messages without a {language} translation:\n{listed}"


@pytest.mark.parametrize("language", ["es", "fr", "en"])
def test_translations_keep_their_placeholders(language: str):
    wrong = []
    for (context, source), message in _messages(i18n_tool.ts_path(language)).items():
        translation = message.find("translation")
        forms = [translation.text or ""] if translation is not None else []
        if translation is not None and message.get("numerus") == "yes":
            forms = [form.text or "" for form in translation.iter("numerusform")]
        expected = sorted(set(FIELD.findall(source)))
        for form in filter(None, forms):
            if sorted(set(FIELD.findall(form))) != expected or form.count("&") > 1:
                wrong.append(f"{context}: {source!r} -> {form!r}")
    assert not wrong, "\n".join(wrong[:30])


def _clients(language: str, *counts: int) -> list[str]:
    LANGUAGES.apply(language)
    return [QCoreApplication.translate("CaseloadCount", "%n clients", "", n) for n in counts]


def test_plural_forms_follow_the_count(qapp):
    """Each language's own rule: French counts 0 as singular, Spanish and English do not."""
    try:
        assert _clients("en", 0, 1, 2) == ["0 clients", "1 client", "2 clients"]
        assert _clients("es", 0, 1, 2) == ["0 clientes", "1 cliente", "2 clientes"]
        assert _clients("fr", 0, 1, 2) == ["0 client", "1 client", "2 clients"]
    finally:
        LANGUAGES.apply("en")


def _shown_texts(window) -> list[str]:
    texts = [w.text() for w in window.findChildren(QLabel) if w.isVisibleTo(window)]
    texts += [w.text() for w in window.findChildren(QAbstractButton) if w.isVisibleTo(window)]
    texts += [m.title() for m in window.findChildren(QMenu)]
    texts += [a.text() for m in window.findChildren(QMenu) for a in m.actions()]
    for tabs in window.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    return [t for t in texts if t.strip()]


def test_the_running_app_speaks_spanish(make_controller, demo_vault, qtbot):
    """A worker who chose Spanish unlocks a window built in the computer's language (English
    here): every word it then shows that has a Spanish translation is in Spanish. An English
    source text on screen means a string was translated too early (at import), under the wrong
    context, or is not retranslated when the language changes."""
    spanish = _messages(i18n_tool.ts_path("es"))
    english_with_spanish = {
        source.replace("&", "")
        for (_, source), message in spanish.items()
        if (message.findtext("translation") or "").replace("&", "") != source.replace("&", "")
    }
    with demo_vault.session() as session:
        save_settings(session, demo_vault.owner_id, Preferences(language="es"))
    try:
        made = make_controller()
        made.start_unlocked(demo_vault)
        qtbot.waitUntil(lambda: rows_loaded(made.window.workspace.caseload.model))
        assert LANGUAGES.current == "es"
        shown = _shown_texts(made.window)
    finally:
        LANGUAGES.apply("en")
    untranslated = sorted({t for t in shown if t.replace("&", "") in english_with_spanish})
    assert not untranslated, f"shown in English: {untranslated[:20]}"
    assert "&Caseload" not in shown and any("Sincroniz" in t for t in shown)
