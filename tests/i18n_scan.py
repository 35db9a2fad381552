"""Find user-visible English in the UI's source that does not go through Qt's translation system.

A string literal in app/ui is taken for words a person reads when it holds a word of three
letters or more (or a capitalised word) and it is not one of the known non-text uses: a
docstring, an argument of tr()/translate()/QT_TRANSLATE_NOOP, a dictionary key, a comparison,
an object name, a style sheet, a log line, an icon or a resource name. An f-string passed to a
call is always reported, because lupdate cannot collect it. `python -m tests.i18n_scan` prints
every hit as file:line: text.
"""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "app" / "ui"
TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "qsTr"}
# Calls whose string arguments are not words for people.
NOT_TEXT_CALLS = frozenset(
    [
        "setObjectName",
        "objectName",
        "setProperty",
        "property",
        "setStyleSheet",
        "findChild",
        "findChildren",
        "getLogger",
        "debug",
        "info",
        "warning",
        "error",
        "exception",
        "critical",
        "getattr",
        "setattr",
        "hasattr",
        "Signal",
        "Slot",
        "Property",
        "Path",
        "compile",
        "match",
        "search",
        "sub",
        "fullmatch",
        "split",
        "join",
        "startswith",
        "endswith",
        "replace",
        "strftime",
        "strptime",
        "fromisoformat",
        "get",
        "pop",
        "setdefault",
        "encode",
        "decode",
        "QKeySequence",
        "fromTheme",
        "QIcon",
        "QColor",
        "icon",
        "cast",
        "TypeVar",
        "NewType",
        "setFontFamily",
        "QFont",
        "format_map",
        "import_module",
        "isinstance",
        "TypedDict",
        "field",
        "namedtuple",
        "setAttribute",
        "connect",
        "emit",
        "setData",
        "data",
        "fromString",
        "toString",
        "Qt",
        "QByteArray",
        "bytes",
        "mimeData",
        "setMimeData",
        "hasFormat",
        "QUrl",
        "fromLocalFile",
        "environ",
        "getenv",
        "Refusal",
        "RuntimeError",
        "ValueError",
        "TypeError",
        "KeyError",
        "AssertionError",
        "NotImplementedError",
        "createMethodCall",
        "SLOT",
        "SIGNAL",
        "_subscribe",
        "_field",
        "LockSteps",
        "get_all",
        "endonym",
    ]
)
WORD = re.compile(r"[A-Za-z]{3,}")
CODE_LIKE = re.compile(
    r"^[a-z0-9_.\-/:%{}\[\]*]+$|^[A-Z0-9_]+$|^#[0-9a-fA-F]{3,8}$"
    r"|^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)+$"  # a dotted name: org.freedesktop.ScreenSaver
    r"|^(?=.*(?:MM|yy|dd|HH|hh|mm))[dMyHhmsAaptz ,.:/-]+$"  # a QLocale pattern: "d MMM yyyy"
)


@dataclass(frozen=True)
class Hit:
    path: Path
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line}: {self.text!r}"


def _call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def looks_like_words(text: str) -> bool:
    stripped = text.strip()
    if not WORD.search(stripped) or CODE_LIKE.match(stripped):
        return False
    return not stripped.startswith(("<", "QWidget", "Q", "font-", "color", "background"))


class _Scanner(ast.NodeVisitor):
    def __init__(self, path: Path) -> None:
        self.path, self.hits, self._skip = path, list[Hit](), set[int]()

    def visit_Module(self, node: ast.Module) -> None:  # noqa: N802 - ast API
        self._skip_docstring(node)
        self.generic_visit(node)

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:  # noqa: N802
        self._skip_docstring(node)
        self.generic_visit(node)

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]

    def visit_ClassDef(self, node: ast.ClassDef) -> None:  # noqa: N802
        self._skip_docstring(node)
        self.generic_visit(node)

    def _skip_docstring(self, node: ast.AST) -> None:
        body = getattr(node, "body", [])
        if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
            self._skip.add(id(body[0].value))

    def _skip_all(self, node: ast.AST) -> None:
        self._skip.update(id(child) for child in ast.walk(node))

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802
        name = _call_name(node)
        if name in TRANSLATING or name in NOT_TEXT_CALLS:
            self._skip_all(node)
        else:
            for arg in [*node.args, *(k.value for k in node.keywords)]:
                if isinstance(arg, ast.JoinedStr) and id(arg) not in self._skip:
                    self._report_fstring(arg)
        self.generic_visit(node)

    def _report_fstring(self, node: ast.JoinedStr) -> None:
        words = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        if looks_like_words(str(words)):
            self.hits.append(Hit(self.path, node.lineno, f"f-string: {words}"))
        self._skip_all(node)

    def visit_Dict(self, node: ast.Dict) -> None:  # noqa: N802
        for key in node.keys:
            if key is not None:
                self._skip_all(key)
        self.generic_visit(node)

    def visit_Compare(self, node: ast.Compare) -> None:  # noqa: N802
        self._skip_all(node)

    def visit_Subscript(self, node: ast.Subscript) -> None:  # noqa: N802
        self._skip_all(node.slice)
        self.generic_visit(node)

    def visit_Constant(self, node: ast.Constant) -> None:  # noqa: N802
        if id(node) in self._skip or not isinstance(node.value, str):
            return
        if looks_like_words(node.value):
            self.hits.append(Hit(self.path, node.lineno, node.value))


def scan_file(path: Path) -> list[Hit]:
    scanner = _Scanner(path)
    scanner.visit(ast.parse(path.read_text(encoding="utf-8")))
    return scanner.hits


def scan(folder: Path = UI) -> Iterator[Hit]:
    for path in sorted(folder.rglob("*.py")):
        yield from scan_file(path)


if __name__ == "__main__":
    found = list(scan(Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else UI))
    print("\n".join(map(str, found)))
    print(f"{len(found)} untranslated strings", file=sys.stderr)
