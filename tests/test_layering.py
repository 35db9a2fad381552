"""The dependency rule (docs/ARCHITECTURE.md): ui -> services | documents | sync -> store -> models
-> core, and nothing outside app/ui imports PySide6."""

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "app"
# What each layer may import from our own code (besides itself).
ALLOWED = {
    "core": set(),
    "models": {"core"},
    "store": {"models", "core"},
    "services": {"store", "models", "core", "documents"},
    "documents": {"core", "services"},
    "sync": {"store", "models", "core", "services"},
    "ui": {"services", "documents", "sync", "core", "store"},
}
FORBIDDEN_EXTERNAL = {"core": {"sqlalchemy", "PySide6"}}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _layer_of(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "app" else None


def test_layers_import_only_downwards():
    problems = []
    for layer, allowed in ALLOWED.items():
        for path in (APP / layer).rglob("*.py"):
            for name in _imports(path):
                target = _layer_of(name)
                if target and target != layer and target in ALLOWED and target not in allowed:
                    problems.append(f"{path.relative_to(ROOT)} imports {name}")
                if name.split(".")[0] in FORBIDDEN_EXTERNAL.get(layer, ()):
                    problems.append(f"{path.relative_to(ROOT)} imports {name}")
    assert not problems, problems


def test_ui_uses_services_not_the_store():
    problems = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in (APP / "ui").rglob("*.py")
        for name in _imports(path)
        if name.startswith(("app.store", "app.models")) and name not in {"app.store.errors"}
    ]
    assert not problems, problems


def test_no_pyside_outside_the_ui():
    modules = sorted(
        ".".join(p.relative_to(ROOT).with_suffix("").parts)
        for p in APP.rglob("*.py")
        if "ui" not in p.relative_to(APP).parts[:1]
        and p.name != "__main__.py"
        and "migrations" not in p.parts
    )
    script = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "bad = [m for m in sys.modules if m.startswith('PySide6')]\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"PySide6 loaded by non-UI code: {result.stdout}"
    assert len(modules) > 20


SERVER = ROOT / "server"
# The server shares only the pure core and the wire types with the desktop app.
SERVER_MAY_IMPORT = ("app.core", "app.sync.protocol")


def test_server_imports_only_core_and_protocol():
    problems = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in SERVER.rglob("*.py")
        for name in _imports(path)
        if name.split(".")[0] == "app"
        and name != "app.sync"
        and not name.startswith(SERVER_MAY_IMPORT)
    ]
    assert list(SERVER.rglob("*.py")), "server package missing"
    assert not problems, problems


def test_app_never_imports_the_server():
    problems = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in APP.rglob("*.py")
        for name in _imports(path)
        if name.split(".")[0] == "server"
    ]
    assert not problems, problems
