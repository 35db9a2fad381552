"""One error policy, the screen's side: a refusal shows its plain sentence (translated), the
vault's own errors their words, and anything else a generic sentence naming only the error's
type; the message of an unexpected error reaches neither the screen nor the log."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from app.core.refusal import QT_TRANSLATE_NOOP, Refusal
from app.services import referrals as referral_service
from app.services.fields import NotFound
from app.store.errors import WrongPassphrase
from app.sync.errors import ServerUnavailable
from app.ui.errors import ShownAsWritten, user_message
from app.ui.notes.text import error_text
from app.ui.printing.printer import PrintRefused
from app.ui.sync import summary
from tests.ui.test_referrals import click, fill, referrals_tab

CANARY = "Zq7 Canary 555-0199 Rosa"
GENERIC = "Something went wrong (KeyError). Nothing was changed; try again."


def test_a_refusal_shows_its_plain_sentence_with_its_details() -> None:
    refusal = Refusal(QT_TRANSLATE_NOOP("Refusal", "Please fill in the {what}."), {"what": "note"})
    assert user_message(refusal) == "Please fill in the note."
    assert user_message(refusal, "Saving") == "Saving failed: Please fill in the note."


def test_vault_and_sync_errors_are_shown_in_their_own_words() -> None:
    assert user_message(WrongPassphrase("That passphrase is not right.")) == (
        "That passphrase is not right."
    )
    assert user_message(ServerUnavailable("The office server cannot be reached.")) == (
        "The office server cannot be reached."
    )
    assert user_message(PrintRefused("The printer could not start the job.")) == (
        "The printer could not start the job."
    )
    assert issubclass(PrintRefused, ShownAsWritten)


def test_a_record_gone_meanwhile_is_said_plainly() -> None:
    assert user_message(NotFound("This client is not on this device.")) == (
        "That record is no longer there."
    )


@pytest.mark.parametrize("kind", [KeyError, ValueError, RuntimeError])
def test_an_unexpected_error_is_named_by_type_only_on_screen_and_in_the_log(
    kind: type[Exception], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    shown = user_message(kind(CANARY))
    assert shown == GENERIC.replace("KeyError", kind.__name__)
    assert kind.__name__ in caplog.text and CANARY not in caplog.text
    doing = user_message(kind(CANARY), "Saving")
    assert doing == f"Saving stopped unexpectedly ({kind.__name__}). Nothing was lost; try again."


class _Spanish(QTranslator):
    """A stand-in for the translations issue 12 adds: the Refusal context in Spanish."""

    WORDS = {"Please fill in the {what}.": "Rellene el campo {what}.", "note": "nota"}

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001, ANN201
        return self.WORDS.get(source, "") if context == "Refusal" else ""

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


def test_a_refusal_is_translated_with_its_word_details(qapp: QApplication) -> None:
    translator = _Spanish()
    QCoreApplication.installTranslator(translator)
    try:
        refusal = Refusal(
            QT_TRANSLATE_NOOP("Refusal", "Please fill in the {what}."), {"what": "note"}
        )
        assert user_message(refusal) == "Rellene el campo nota."
    finally:
        QCoreApplication.removeTranslator(translator)


def test_the_note_editor_and_the_sync_banner_follow_the_same_policy() -> None:
    assert CANARY not in error_text(ValueError(CANARY), "Saving")
    assert error_text(KeyError(CANARY), "Saving").startswith("Saving stopped unexpectedly")
    failure = summary.sync_failure(KeyError(CANARY))
    assert "KeyError" in failure and CANARY not in failure
    assert CANARY not in summary.enroll_failure(RuntimeError(CANARY))


# -- through a real pane: the Referrals form ----------------------------------------------
def _refused_on_saving(make_controller, one_client, qtbot, monkeypatch, error: Exception) -> str:
    def boom(*_args: object, **_kwargs: object) -> str:
        raise error

    _controller, _record, tab = referrals_tab(make_controller, one_client, qtbot)
    click(qtbot, tab.make_button)
    dialog = tab.dialog
    fill(dialog)
    monkeypatch.setattr(referral_service, "make_referral", boom)
    click(qtbot, dialog.ok)
    assert tab.dialog is dialog  # refused: the form stays open with what was typed
    return dialog.error.text()


@pytest.mark.parametrize("kind", [ValueError, KeyError])
def test_a_bare_error_from_a_service_shows_the_generic_message_and_never_its_text(
    make_controller, one_client, qtbot, monkeypatch, caplog, kind: type[Exception]
) -> None:
    caplog.set_level(logging.DEBUG)
    shown = _refused_on_saving(make_controller, one_client, qtbot, monkeypatch, kind(CANARY))
    assert shown == GENERIC.replace("KeyError", kind.__name__)
    assert kind.__name__ in caplog.text and CANARY not in caplog.text


def test_a_refusal_from_a_service_shows_its_sentence(
    make_controller, one_client, qtbot, monkeypatch
) -> None:
    refusal = Refusal(QT_TRANSLATE_NOOP("Refusal", "That release of information has ended."))
    shown = _refused_on_saving(make_controller, one_client, qtbot, monkeypatch, refusal)
    assert shown == "That release of information has ended."
