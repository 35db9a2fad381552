"""`python -m app`: the desktop app, or a headless command (see app/cli.py)."""

import sys

from app.cli import main

sys.exit(main())
