"""One error policy, services' side: what a service refuses, it refuses with `Refusal` and a
fixed sentence marked for translation; what the worker typed is never part of the sentence.

The source walk keeps it so: a new `raise ValueError(...)` in a service or a rule module, or a
refusal whose sentence is built from variables, fails here (the UI would otherwise show it
verbatim, or could not translate it).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.core.assessment_forms import DomainAnswer, checked_answers
from app.core.consent import ConsentRefused, Signer, check_signer
from app.core.refusal import REFUSAL_CONTEXT, Refusal
from app.core.signature import BadSignature, check
from app.documents.instruments import load_instrument
from app.services.casework import StageMoveRefused
from app.services.consents import start_consent
from app.services.fields import one_of, required_text
from app.services.records import ClientDraft, create_client
from tests.services.test_consents import services_draft

ROOT = Path(__file__).resolve().parents[2]
WALKED = ("app/services", "app/core")
# Files other engineers own and convert on their own schedule (issue 10, items 6 and 3).
NOT_YET_WALKED = {"app/services/importer.py", "app/services/check.py", "app/core/passphrase.py"}
# ValueErrors that are programming errors, never shown to a worker, with the reason.
INTERNAL = {
    ("app/core/hlc.py", "decode"): "a malformed clock stamp from the wire; sync turns it into "
    "its own ProtocolError",
    ("app/core/notes.py", "template"): "the editor only offers the templates that exist",
    ("app/core/notes.py", "clean_sections"): "the editor only sends the template's sections",
    ("app/services/notes.py", "save_draft"): "the editor only offers the contact types",
}
REFUSAL_NAMES = {"Refusal"}


@dataclass(frozen=True)
class Found:
    path: str
    line: int
    function: str
    what: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line} in {self.function}(): {self.what}"


def _walked_files() -> list[Path]:
    files = [p for folder in WALKED for p in sorted((ROOT / folder).glob("*.py"))]
    return [p for p in files if str(p.relative_to(ROOT)) not in NOT_YET_WALKED]


def _refusal_family(trees: list[ast.Module]) -> set[str]:
    """Refusal and every class that subclasses it (by name), to a fixed point."""
    family = set(REFUSAL_NAMES)
    classes = [c for tree in trees for c in ast.walk(tree) if isinstance(c, ast.ClassDef)]
    grown = True
    while grown:
        new = {c.name for c in classes if any(_name(b) in family for b in c.bases)}
        grown, family = bool(new - family), family | new
    return family


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    return node.attr if isinstance(node, ast.Attribute) else ""


def _marked(node: ast.expr) -> bool:
    """QT_TRANSLATE_NOOP("Refusal", "a fixed sentence") - lupdate can collect it."""
    return (
        isinstance(node, ast.Call)
        and _name(node.func) == "QT_TRANSLATE_NOOP"
        and [type(a) for a in node.args] == [ast.Constant, ast.Constant]
        and node.args[0].value == REFUSAL_CONTEXT  # type: ignore[attr-defined]
        and isinstance(node.args[1].value, str)  # type: ignore[attr-defined]
    )


def _marked_constants(tree: ast.Module) -> set[str]:
    """Module-level names bound to a marked sentence (NOT_ALLOWED = QT_TRANSLATE_NOOP(...))."""
    return {
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign) and _marked(node.value)
        for target in node.targets
        if isinstance(target, ast.Name)
    }


def _problems(
    path: Path, tree: ast.Module, family: set[str], constants: set[str] | None = None
) -> list[Found]:
    """Bare ValueErrors and unmarked or built sentences; `constants` are the marked sentences
    bound to names (closure.REFUSAL), from every walked module."""
    relative, found = str(path.relative_to(ROOT)), []
    constants = _marked_constants(tree) if constants is None else constants
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for node in ast.walk(function):
            if not (isinstance(node, ast.Call) and _name(node.func) in family | {"ValueError"}):
                continue
            what = _what_is_wrong(node, constants, relative, function.name)
            if what:
                found.append(Found(relative, node.lineno, function.name, what))
    return found


def _what_is_wrong(call: ast.Call, constants: set[str], path: str, function: str) -> str:
    if _name(call.func) == "ValueError":
        return "" if (path, function) in INTERNAL else "raise Refusal (or list it as INTERNAL)"
    message = call.args[0] if call.args else None
    if isinstance(message, ast.Name | ast.Attribute) and _name(message) in constants:
        return ""
    if message is None or not _marked(message):
        return 'the sentence must be a fixed QT_TRANSLATE_NOOP("Refusal", "...") (use details)'
    return ""


def test_services_and_rules_refuse_with_fixed_marked_sentences() -> None:
    files = _walked_files()
    trees = [ast.parse(p.read_text(encoding="utf-8"), str(p)) for p in files]
    family = _refusal_family(trees)
    constants = {name for tree in trees for name in _marked_constants(tree)}
    assert {"ConsentRefused", "StageMoveRefused", "BadSignature"} <= family
    problems = [
        str(p)
        for path, tree in zip(files, trees, strict=True)
        for p in _problems(path, tree, family, constants)
    ]
    assert problems == []


def test_the_walk_catches_a_bare_value_error_and_a_built_sentence(tmp_path: Path) -> None:
    source = (
        "def bad(name):\n"
        "    raise ValueError('No.')\n"
        "def built(name):\n"
        "    raise Refusal(f'No {name}.')\n"
        "def good(name):\n"
        "    raise Refusal(QT_TRANSLATE_NOOP('Refusal', 'No {what}.'), {'what': 'note'})\n"
    )
    path = ROOT / "app/services/example.py"
    found = _problems(path, ast.parse(source), {"Refusal"})
    assert [p.function for p in found] == ["bad", "built"]


# -- what a worker sees from the rule modules --------------------------------------------
CANARY = "Zq7 Canary Typed-By-Worker"


def test_domain_refusals_are_refusals() -> None:
    for kind in (ConsentRefused, StageMoveRefused, BadSignature):
        assert issubclass(kind, Refusal) and issubclass(kind, ValueError)


def test_a_field_refusal_names_the_field_and_fills_in_details() -> None:
    with pytest.raises(Refusal) as refused:
        required_text("   ", "review note")
    assert refused.value.message == "Please fill in the {what}."
    assert str(refused.value) == "Please fill in the review note."


def test_a_refusal_never_quotes_what_was_typed() -> None:
    with pytest.raises(Refusal) as refused:
        one_of(CANARY, ("home", "office"), "place")
    assert CANARY not in str(refused.value) and CANARY not in repr(refused.value.details)
    instrument = load_instrument("needs-strengths", "en")
    first = instrument.domains[0].code
    for answer in (DomainAnswer(CANARY, 1), DomainAnswer(first, 9999)):
        with pytest.raises(Refusal) as refused:
            checked_answers(instrument, [answer])
        assert CANARY not in str(refused.value) and "9999" not in str(refused.value)


def test_a_consent_rule_refuses_in_plain_words() -> None:
    with pytest.raises(ConsentRefused) as refused:
        check_signer(Signer(CANARY, "guardian"), lacks_capacity=True)
    assert str(refused.value).startswith("Please record the document")
    assert CANARY not in str(refused.value)


def test_a_damaged_signature_is_a_refusal() -> None:
    with pytest.raises(Refusal, match="Nothing was signed"):
        check([])


def test_a_consent_in_a_language_without_forms_is_refused_in_plain_words(vault) -> None:
    """Before: the template library's own message (file names, language codes, a menu of
    forms) reached the screen; now a sentence the worker can act on."""
    draft = services_draft(language="de")
    with vault.session() as session:
        client_id = create_client(session, ClientDraft("Ana", "Pereira"), vault.owner_id)
    with vault.session() as session, pytest.raises(ConsentRefused) as refused:
        start_consent(session, client_id, draft, vault.owner_id)
    assert str(refused.value) == (
        "Caseload has no consent form of this kind in the chosen language: choose another language."
    )
