"""Where the shipped content and assets live.

An installed wheel (and a PyInstaller bundle) carries them inside the package as ``_data/``;
a source checkout or an editable install finds them at the project root. Nothing is computed at
import time.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def data_root() -> Path:
    """The folder that holds ``content/`` and ``assets/``."""
    packaged = Path(str(files("foamroll_gui"))) / "_data"
    if (packaged / "content").is_dir():
        return packaged
    return Path(__file__).resolve().parents[2]


def content_dir() -> Path:
    return data_root() / "content"


def asset_path(relative: str) -> Path:
    """Path of a shipped asset, e.g. ``asset_path("bodymap/front.svg")``."""
    return data_root() / "assets" / relative
