"""Only app/ui may import Qt: importing every other module of the app leaves PySide6 unloaded."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"

# walk_packages imports every package it descends into, so the walk never enters app.ui (whose
# packages may import Qt in their __init__): it starts from each top-level part but the UI.
PROBE = """
import importlib, pkgutil, sys
import app
names = []
for info in pkgutil.iter_modules(app.__path__, "app."):
    if info.name in ("app.ui", "app.__main__"):
        continue
    names.append(info.name)
    if info.ispkg:
        package = importlib.import_module(info.name)
        names += [i.name for i in pkgutil.walk_packages(package.__path__, info.name + ".")]
for name in names:
    if not name.startswith("app.models.migrations"):
        importlib.import_module(name)
loaded = sorted(name for name in sys.modules if name.split(".")[0] in ("PySide6", "shiboken6"))
print(",".join(loaded))
"""


def test_non_ui_modules_do_not_load_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, cwd=APP.parent, check=True
    )
    assert result.stdout.strip() == ""
