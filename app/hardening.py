"""Process hardening at start: no core dumps, no client data in crash output.

A core dump would hold the decrypted database pages and the key; an uncaught exception's
message can quote a value. Both are kept off the disk and out of the terminal.
"""

from __future__ import annotations

import contextlib
import logging
import os
import resource
import sys
import traceback
from types import TracebackType


def _redacted_hook(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> None:
    frames = traceback.extract_tb(tb)
    where = " <- ".join(
        f"{os.path.basename(f.filename)}:{f.lineno} {f.name}" for f in reversed(frames[-6:])
    )
    sys.stderr.write(
        f"Caseload stopped because of an unexpected error ({kind.__name__}).\n"
        f"Where: {where}\n"
        "The error message is withheld because it might contain client data.\n"
    )


def harden_process() -> None:
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    sys.excepthook = _redacted_hook
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    # SQLAlchemy hides bound parameters (hide_parameters=True); keep its echo off regardless.
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)
