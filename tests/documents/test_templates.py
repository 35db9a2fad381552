"""The shipped consent templates and vocabularies: complete, fillable, plain, and loaded with
clear refusals when something is missing."""

from __future__ import annotations

import re
import shutil
import string
from dataclasses import replace

import pytest

from app.core.consent import KINDS
from app.core.consent_forms import BLANK, TemplateError, blank_values, fill, placeholders
from app.documents import templates
from tests.documents.helpers import CLIENT, FACTS, PAIRS, filled

ALL_PLACEHOLDERS = set(blank_values(templates.vocabulary("en")))
# Placeholders each kind of form must show (the rest is the signer's details).
NEEDED = {"client_name", "effective_on", "expires_on", "confidentiality", "signer_name", "method"}
NEEDED_BY_KIND = {
    "services": NEEDED | {"purposes"},
    "release_of_information": NEEDED | {"purposes", "recipients", "categories"},
    "recording": NEEDED | {"purposes", "recipients"},
}
# Words each language's forms must hold: revoking, the limits of confidentiality, risks and
# other choices (the duties of informed consent).
DUTIES = {
    "en": ("revoke", "in writing", "danger", "abused or neglected", "court", "risks", "choices"),
    "es": ("revocar", "por escrito", "peligro", "maltrato o abandono", "tribunal", "riesgos"),
    "fr": ("révoquer", "par écrit", "danger", "maltraité ou négligé", "tribunal", "risques"),
}


def test_three_forms_in_three_languages():
    ids = {info.id for info in templates.available_templates()}
    assert ids == {"consent-services", "release-of-information", "photo-recording"}
    assert templates.languages() == ("en", "es", "fr")
    assert len(PAIRS) == 9
    infos = templates.available_templates()
    assert infos == sorted(infos, key=lambda i: (i.id, i.language, int(i.version)))
    assert all(info.version == "1" and info.title for info in infos)


@pytest.mark.parametrize(("template_id", "language"), PAIRS)
def test_every_template_fills_without_leftovers(template_id, language):
    form, words = filled(template_id, language)
    text = form.text()
    assert CLIENT in text and "{" not in text and "}" not in text
    assert words["confidentiality.explained"] in text
    assert form.template.language == language
    blank = fill(form.template, blank_values(words)).text()
    assert CLIENT not in blank and BLANK in blank and "{" not in blank


@pytest.mark.parametrize(("template_id", "language"), PAIRS)
def test_every_template_covers_the_duties_of_consent(template_id, language):
    template = templates.load_template(template_id, language)
    parts = [template.title] + [t for s in template.sections for t in (s.heading, *s.paragraphs)]
    raw = " ".join(parts)
    used = {name for _, name, _, _ in string.Formatter().parse(raw) if name}
    assert NEEDED_BY_KIND[template.kind] <= used <= ALL_PLACEHOLDERS
    lowered = raw.lower()
    for word in DUTIES[language]:
        assert word.lower() in lowered, f"{template_id}.{language} never says {word!r}"
    assert len(template.sections) >= 8


@pytest.mark.parametrize(("template_id", "language"), PAIRS)
def test_sentences_stay_short(template_id, language):
    """Plain language: sentences average under 16 words (the forms aim at grades 6 to 8)."""
    form, _ = filled(template_id, language)
    body = " ".join(p for s in form.sections for p in s.paragraphs if ":" not in p[:45])
    sentences = [s for s in re.split(r"[.;?!](?:\s|$)", body) if s.strip()]
    words = re.findall(r"[^\W\d_]+", body)
    assert len(words) / len(sentences) < 16


def test_vocabularies_name_every_code_and_label():
    for language in templates.languages():
        words = templates.vocabulary(language)
        missing = [key for key in templates.REQUIRED_WORDS if not words.get(key)]
        assert not missing, (language, missing)
        assert "{page}" in words["label.page"] and "{pages}" in words["label.page"]
        assert {"{worker}", "{date}", "{copy}"} <= set(re.findall(r"\{\w+\}", words["label.copy"]))


def test_dates_and_codes_in_the_forms_language():
    es, _ = filled("release-of-information", "es")
    fr, _ = filled("release-of-information", "fr")
    assert "3 de marzo de 2026" in es.text() and "vivienda" in es.text()
    assert "3 mars 2026" in fr.text() and "logement" in fr.text()


def test_a_missing_relationship_reads_does_not_apply():
    form, words = filled("consent-services", "en")
    assert f"Relationship to the client: {words['not_applicable']}" in form.text()


def test_no_end_date_and_no_confidentiality_tick():
    form, words = filled("consent-services", "en", expires_on=None, confidentiality_explained=False)
    assert f"End date: {words['no_end_date']}." in form.text()
    assert words["confidentiality.explained"] not in form.text()


def test_load_template_newest_and_named_versions():
    assert templates.load_template("consent-services", "fr").version == "1"
    assert templates.load_template("consent-services", "fr", "1").version == "1"
    with pytest.raises(TemplateError, match="no version 7; versions: 1"):
        templates.load_template("consent-services", "fr", "7")


def test_missing_template_or_language_names_what_exists():
    with pytest.raises(TemplateError, match="consent-services \\(en, es, fr\\)"):
        templates.load_template("no-such-form", "en")
    with pytest.raises(TemplateError, match="'de'"):
        templates.load_template("consent-services", "de")
    with pytest.raises(TemplateError, match="languages: en, es, fr"):
        templates.vocabulary("de")


def test_template_for_each_kind():
    for kind in KINDS:
        for language in templates.languages():
            template = templates.template_for(kind, language)
            assert template.language == language
            assert template.kind == ("services" if kind == "other" else kind)
    assert templates.template_for("other", "es").id == "consent-services"
    with pytest.raises(TemplateError, match="Unknown kind"):
        templates.template_for("tattoo", "en")


def test_vocabulary_is_a_copy():
    templates.vocabulary("en")["label.page"] = "changed"
    assert templates.vocabulary("en")["label.page"] != "changed"


def test_check_template_refuses_unknown_placeholders():
    template = templates.load_template("consent-services", "en")
    words = templates.vocabulary("en")
    section = template.sections[0]
    for bad in ("{client_nme}", "{client_name:>30}", "{client_name!r}", "{client_name"):
        broken = replace(section, paragraphs=(f"About {bad}.",))
        with pytest.raises(TemplateError):
            templates.check_template(replace(template, sections=(broken,)), words)
    with pytest.raises(TemplateError, match="title"):
        templates.check_template(replace(template, title="For {client_name}"), words)
    placeholders(FACTS, words)  # the contract's filler knows every placeholder checked


def _folder_with(tmp_path, name, text):
    shutil.copy(templates.FOLDER / "vocabulary.en.txt", tmp_path)
    (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


GOOD = (
    "id: demo-form\nversion: 2\nkind: services\nlanguage: en\ntitle: Demo\n\n"
    "## A\n\nFor {client_name}.\n"
)


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("demo-form.en.v2.txt", GOOD.replace("{client_name}", "{nobody}"), "nobody"),
        ("demo-form.en.v3.txt", GOOD, "file name"),
        ("demo-form.de.v2.txt", GOOD.replace("language: en", "language: de"), "vocabulary.de"),
        ("demo-form.en.v2.txt", GOOD.replace("kind: services", "kind: tea"), "unknown kind"),
        ("Demo Form.txt", GOOD, "expected <template-id>"),
    ],
)
def test_broken_files_are_refused_by_name(tmp_path, name, text, message):
    folder = _folder_with(tmp_path, name, text)
    with pytest.raises(TemplateError, match=re.escape(message)):
        templates._catalogue(folder)


def test_a_good_office_template_loads(tmp_path):
    folder = _folder_with(tmp_path, "demo-form.en.v2.txt", GOOD)
    (loaded,) = templates._catalogue(folder)
    assert (loaded.id, loaded.version, loaded.title) == ("demo-form", "2", "Demo")


def test_a_vocabulary_missing_words_is_refused(tmp_path):
    (tmp_path / "vocabulary.xx.txt").write_text("date_format = {day}\n", encoding="utf-8")
    with pytest.raises(TemplateError, match="vocabulary.xx.txt: missing month.1"):
        templates._vocabularies(tmp_path)
