"""`python -m server ...` is `caseload-server ...`."""

from server.cli import main

raise SystemExit(main())
