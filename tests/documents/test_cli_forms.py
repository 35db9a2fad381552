"""`caseload forms list` and `caseload forms blank`: no vault, no passphrase, PDF only into a
redirect, plain refusals with exit code 2."""

from __future__ import annotations

import os
import pty
import subprocess
import sys

from pypdf import PdfReader

from app.documents import templates
from tests.documents.helpers import pdf_text, qpdf_check

ROOT = templates.FOLDER.parents[1]


def _caseload(*args: str, stdout: int | object = subprocess.PIPE) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app", "forms", *args],
        stdin=subprocess.DEVNULL,
        stdout=stdout,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        timeout=120,
    )


def test_list_prints_one_template_per_line():
    result = _caseload("list")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.decode().splitlines()
    assert len(lines) == len(templates.available_templates())
    fields = lines[-1].split(maxsplit=4)
    assert fields[:4] == ["release-of-information", "1", "release_of_information", "fr"]
    assert fields[4] == "Autorisation de partager des informations"


def test_blank_writes_a_pdf_to_the_redirect(tmp_path):
    path = tmp_path / "form.pdf"
    with path.open("wb") as out:
        result = _caseload("blank", "consent-services", "--language", "es", stdout=out)
    assert result.returncode == 0, result.stderr
    qpdf_check(path)
    assert PdfReader(path).metadata.title.startswith("Consentimiento")
    text = pdf_text(path)
    assert "Formulario en blanco" in text and "consent-services, versión 1" in text


def test_blank_large_print_and_named_version(tmp_path):
    path = tmp_path / "large.pdf"
    with path.open("wb") as out:
        result = _caseload(
            "blank",
            "photo-recording",
            "--language",
            "fr",
            "--large-print",
            "--version",
            "1",
            stdout=out,
        )
    assert result.returncode == 0, result.stderr
    small = tmp_path / "small.pdf"
    with small.open("wb") as out:
        _caseload("blank", "photo-recording", "--language", "fr", stdout=out)
    assert len(PdfReader(path).pages) > len(PdfReader(small).pages)


def test_unknown_template_language_or_version_exit_2_plainly():
    for args, said in [
        (("blank", "no-such-form"), "There is no consent form 'no-such-form' in 'en'"),
        (("blank", "consent-services", "--language", "de"), "consent-services (en, es, fr)"),
        (("blank", "consent-services", "--version", "9"), "has no version 9"),
    ]:
        result = _caseload(*args)
        assert result.returncode == 2
        assert result.stdout == b""
        message = result.stderr.decode()
        assert message.startswith("caseload forms: ") and said in message
        assert "Traceback" not in message


def test_blank_refuses_a_terminal():
    leader, follower = pty.openpty()
    try:
        result = _caseload("blank", "consent-services", "--language", "es", stdout=follower)
    finally:
        os.close(follower)
        os.close(leader)
    assert result.returncode == 2
    assert "redirect to a file: caseload forms blank consent-services --language es > form.pdf" in (
        result.stderr.decode()
    )
