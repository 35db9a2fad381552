"""The bundle's entry point (PyInstaller runs this file as __main__): the same start as
`python -m app`, restart under the scrubbing allocator included."""

import sys

from app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
