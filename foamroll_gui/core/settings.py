"""A small JSON settings file in the config folder.

Reading never fails: a missing file gives defaults, and a broken one gives defaults plus a
message, and is moved aside (never overwritten) the first time new settings are saved. Saving
writes a temporary file and renames it, so a crash cannot leave half a file behind.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any


class Settings:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.problem: str | None = None
        self._broken = False
        self._values: dict[str, Any] = {}
        self._load()

    def _load(self) -> None:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return
        except (OSError, UnicodeDecodeError) as exc:
            self.problem = f"{self.path}: cannot be read ({exc}); using default settings."
            self._broken = True
            return
        try:
            values = json.loads(text)
        except json.JSONDecodeError as exc:
            self.problem = (
                f"{self.path}:{exc.lineno}: is not valid settings JSON ({exc.msg}); "
                "using default settings. The file will be kept as settings.json.broken."
            )
            self._broken = True
            return
        if not isinstance(values, dict):
            self.problem = f"{self.path}:1: must hold a JSON object; using default settings."
            self._broken = True
            return
        self._values = values

    def get_str(self, key: str, default: str | None = None) -> str | None:
        value = self._values.get(key, default)
        return value if isinstance(value, str) else default

    def get_int(self, key: str, default: int) -> int:
        value = self._values.get(key, default)
        return value if isinstance(value, int) and not isinstance(value, bool) else default

    def get_bool(self, key: str, default: bool) -> bool:
        value = self._values.get(key, default)
        return value if isinstance(value, bool) else default

    def set(self, key: str, value: str | int | bool | None) -> None:
        if value is None:
            self._values.pop(key, None)
        else:
            self._values[key] = value

    def save(self) -> str | None:
        """Write the settings. Returns None, or a message saying what went wrong and what to do."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if self._broken and self.path.exists():
                os.replace(self.path, self.path.with_name(self.path.name + ".broken"))
            self._broken = False
            import tempfile  # only when saving: it is slow to import at start-up

            fd, tmp = tempfile.mkstemp(prefix=".settings-", dir=self.path.parent)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(self._values, handle, indent=2, sort_keys=True)
            os.replace(tmp, self.path)
        except OSError as exc:
            return (
                f"Could not save settings to {self.path} ({exc.strerror or exc}). "
                "Check that the folder is writable, or start Foamroll with --config-dir."
            )
        return None
