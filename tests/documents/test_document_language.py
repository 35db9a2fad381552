"""Documents a client receives follow the client's language, not the worker's (issue 12,
item 1): the client's own record prints its headings, labels, dates and redaction marks in
the client's preferred language, from the word lists beside the consent forms'; court copies
stay in the office's language. What people wrote is never translated."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.core.consent_forms import parse_vocabulary
from app.documents.client_words import (
    FOLDER,
    document_language,
    document_words,
    languages,
    office_words,
)
from app.documents.court_copy import build_court_copy
from app.documents.record_pdf import sealed_record
from app.documents.redaction import find_redactions
from app.models import Client
from app.services.exports import client_record_export, court_copy_data
from tests.documents.export_helpers import NOTE_TEXT, SISTER, check_encrypted, make_record
from tests.documents.helpers import flat, pdf_text, write


def exported(vault, language: str | None):
    record = make_record(vault)
    if language is not None:
        with vault.session() as session:
            session.get(Client, record.client_id).preferred_language = language
    with vault.session() as session:
        return record, client_record_export(session, record.client_id)


def record_text(tmp_path, export, redact_all: bool = True) -> str:
    confirmed = {r.id for r in find_redactions(export)} if redact_all else set()
    sealed = sealed_record(export, confirmed)
    return flat(check_encrypted(tmp_path, sealed.data, sealed.password))


def test_the_language_is_the_clients_primary_subtag_or_english():
    assert document_language("es-MX") == "es" and document_language("fr_CA") == "fr"
    assert document_language("en-GB") == "en"
    assert document_language("uk") == "en" and document_language(None) == "en"  # no words yet
    assert set(languages()) >= {"en", "es", "fr"}


def test_every_language_has_every_word_english_has():
    english = set(parse_vocabulary((FOLDER / "record.en.txt").read_text(encoding="utf-8")))
    for language in languages():
        words = parse_vocabulary((FOLDER / f"record.{language}.txt").read_text(encoding="utf-8"))
        assert english <= {key for key, value in words.items() if value}, language


def test_dates_are_written_in_the_documents_language():
    day = date(2026, 1, 5)
    assert office_words().day(day) == "2026-01-05"
    assert document_words("es").day(day) == "5 de enero de 2026"
    assert document_words("fr").moment(datetime(2026, 1, 5, 9, 30)).endswith("09 h 30")


def test_a_spanish_speaking_clients_record_prints_in_spanish(vault, tmp_path):
    _record, export = exported(vault, "es-MX")
    assert export.language == "es"
    text = record_text(tmp_path, export)
    spanish = ("Su expediente", "Preparado para", "Sus datos", "Notas del caso",
               "Consentimientos", "Quién ha consultado este expediente", "Página 1 de",
               "[eliminado: persona del hogar]", "Nombre legal", "Sello (SHA-256)")  # fmt: skip
    for words in spanish:
        assert words in text, words
    for english in ("Your record", "Case notes", "Who viewed", "[redacted:", "Legal name"):
        assert english not in text, english


def test_a_french_speaking_clients_record_prints_in_french(vault, tmp_path):
    _record, export = exported(vault, "fr")
    text = record_text(tmp_path, export)
    for french in ("Votre dossier", "Notes de suivi", "Qui a consulté ce dossier", "Page 1 sur"):
        assert french in text, french
    assert "Your record" not in text


def test_what_people_wrote_stays_as_written(vault, tmp_path):
    _record, export = exported(vault, "es")
    text = record_text(tmp_path, export, redact_all=False)
    assert SISTER in text and "The rent is due on Friday." in text
    assert flat(NOTE_TEXT)[:30] in text


def test_an_english_speaking_client_and_court_copies_stay_in_english(vault, tmp_path):
    record, export = exported(vault, "es")
    with vault.session() as session:
        court = build_court_copy(court_copy_data(session, record.client_id))
    court_text = flat(pdf_text(write(tmp_path, court, "court.pdf")))
    assert "Seal (SHA-256)" in court_text and "Sello" not in court_text
    _other, english = exported(vault, None)
    assert english.language == "en"
    assert "Your record" in record_text(tmp_path, english)


@pytest.mark.parametrize("language", ["en", "es", "fr"])
def test_the_pdf_says_its_language(vault, language):
    from app.documents.record_pdf import build_record_pdf

    _record, export = exported(vault, language)
    assert f"/Lang ({language})".encode() in build_record_pdf(export, set())
