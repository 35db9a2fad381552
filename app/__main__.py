"""`python -m app` (and the `caseload` command): the desktop app, or a headless command (see
app/cli.py). First, once, the process restarts itself so that freed memory is overwritten
(app/hardening.py: restart_with_scrubbing_allocator)."""

import sys


def main() -> int:
    from app.hardening import restart_with_scrubbing_allocator

    restart_with_scrubbing_allocator()  # returns only when no restart is needed (or possible)
    from app.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
