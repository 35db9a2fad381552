"""Only app/ui may import Qt: importing every other module of the app leaves PySide6 unloaded."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"

PROBE = """
import importlib, pkgutil, sys
import app
skipped = ("app.ui", "app.models.migrations")
for info in pkgutil.walk_packages(app.__path__, "app."):
    if not info.name.startswith(skipped) and info.name != "app.__main__":
        importlib.import_module(info.name)
loaded = sorted(name for name in sys.modules if name.split(".")[0] in ("PySide6", "shiboken6"))
print(",".join(loaded))
"""


def test_non_ui_modules_do_not_load_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, cwd=APP.parent, check=True
    )
    assert result.stdout.strip() == ""
