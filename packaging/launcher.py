"""The bundle's entry point: the same ``main`` as the ``foamroll`` console script."""

from __future__ import annotations

import sys

from foamroll_gui.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
