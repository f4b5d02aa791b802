"""A small, valid content folder (the YAML files beside this one) to copy and break on purpose.

Tests get it as the ``minimal`` fixture (``tests/core/conftest.py``).
"""

from __future__ import annotations

import shutil
from collections.abc import Mapping
from pathlib import Path

FOLDER = Path(__file__).parent


class MinimalContent:
    """Two muscle groups (calves one side at a time, quadriceps both), their techniques, one
    routine and a safety page."""

    def text(self, name: str) -> str:
        """One file of it, e.g. ``text("techniques/calves.yaml")``."""
        return (FOLDER / name).read_text(encoding="utf-8")

    @property
    def muscles(self) -> str:
        return self.text("muscles.yaml")

    @property
    def calves(self) -> str:
        return self.text("techniques/calves.yaml")

    @property
    def routine(self) -> str:
        return self.text("routines/quick.yaml")

    @property
    def safety(self) -> str:
        return self.text("safety.yaml")

    def write(self, root: Path, changes: Mapping[str, str] | None = None) -> Path:
        """Copy it to ``root``, with some files replaced by ``changes``; returns ``root``."""
        shutil.copytree(FOLDER, root, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
        for name, text in (changes or {}).items():
            path = root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        return root
