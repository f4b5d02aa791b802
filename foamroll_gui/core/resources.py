"""Where the shipped content and assets live.

An installed wheel (and a PyInstaller bundle) carries them inside the package as ``_data/``;
a source checkout or an editable install finds them at the project root. Nothing is computed at
import time. The package's own folder is looked at first (``importlib.resources`` would give
the same folder and costs about 3 ms to import at start-up); ``importlib.resources`` is asked
only when the package is not a folder (imported from an archive).
"""

from __future__ import annotations

from pathlib import Path


def data_root() -> Path:
    """The folder that holds ``content/`` and ``assets/``."""
    package = Path(__file__).resolve().parents[1]
    packaged = package / "_data"
    if (packaged / "content").is_dir():
        return packaged
    if not package.is_dir():  # inside an archive: its loader knows where the data went
        from importlib.resources import files

        packaged = Path(str(files("foamroll_gui"))) / "_data"
        if (packaged / "content").is_dir():
            return packaged
    return package.parent


def content_dir() -> Path:
    return data_root() / "content"


def asset_path(relative: str) -> Path:
    """Path of a shipped asset, e.g. ``asset_path("bodymap/front.svg")``."""
    return data_root() / "assets" / relative
