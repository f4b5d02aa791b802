"""The user's folders, in one place.

Defaults come from platformdirs; ``FOAMROLL_DATA_DIR`` / ``FOAMROLL_CONFIG_DIR`` /
``FOAMROLL_CACHE_DIR`` override them, and ``--data-dir`` / ``--config-dir`` on the command line
override those. Nothing here runs at
import time: call :func:`resolve_paths` when the app starts.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "foamroll"
DATA_ENV = "FOAMROLL_DATA_DIR"
CONFIG_ENV = "FOAMROLL_CONFIG_DIR"
CACHE_ENV = "FOAMROLL_CACHE_DIR"


@dataclass(frozen=True)
class Paths:
    """Where this user's history and routines, settings, and start-up cache live."""

    data_dir: Path
    config_dir: Path
    cache_dir: Path

    @property
    def user_routines_dir(self) -> Path:
        return self.data_dir / "routines"

    @property
    def history_db(self) -> Path:
        return self.data_dir / "history.sqlite"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"


def resolve_paths(
    data_dir: str | os.PathLike[str] | None = None,
    config_dir: str | os.PathLike[str] | None = None,
    environ: Mapping[str, str] | None = None,
) -> Paths:
    """Work out the folders: explicit argument, then environment variable, then platform."""
    env = os.environ if environ is None else environ

    def pick(explicit: str | os.PathLike[str] | None, variable: str, kind: str) -> Path:
        if explicit:
            return Path(explicit).expanduser()
        if env.get(variable):
            return Path(env[variable]).expanduser()
        import platformdirs  # only when a default is needed: it costs start-up time

        default: str = getattr(platformdirs, f"user_{kind}_dir")(APP_NAME, appauthor=False)
        return Path(default)

    return Paths(
        data_dir=pick(data_dir, DATA_ENV, "data"),
        config_dir=pick(config_dir, CONFIG_ENV, "config"),
        cache_dir=pick(None, CACHE_ENV, "cache"),
    )
