"""The settings file in the config folder: the user's preferences and the window's state.

One versioned JSON file, ``settings.json``::

    {"version": 2, "preferences": {...}, "window": {...}, "safety_acknowledged": true}

Version 1 (Foamroll 0.1) was a flat object of window keys; it is read once and migrated.
Reading never fails: a missing file gives defaults; a broken one gives defaults plus a message
for the user, and is moved aside the first time settings are saved (under a new numbered name,
never over an earlier copy). A file
from a newer Foamroll is read as far as this version understands it and copied aside before it
is replaced. Saving is atomic (temporary file, fsync, rename).

``safety_acknowledged`` (absent in older files: False) records that the user has read the safety
screen once; :attr:`Settings.created` says that there was no file at this start (a first run).

Listeners hear of every change of the preferences (:meth:`Settings.subscribe`); window state is
only written when the window closes.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from foamroll_gui.core.preferences import Preferences
from foamroll_gui.core.window_state import WindowState

VERSION = 2
#: A settings file larger than this is not read (a real one is well under 10 kB).
SETTINGS_LIMIT = 1024 * 1024
_BASE64 = re.compile(r"[A-Za-z0-9+/=\s]{0,65536}")
PreferencesListener = Callable[[Preferences], None]


def _from_version_1(old: dict[str, Any]) -> dict[str, Any]:
    """Foamroll 0.1 kept the window's keys at the top level and had no preferences."""
    splitter = old.get("splitter_state")
    return {
        "version": 2,
        "preferences": {},
        "window": {
            "geometry": old.get("window_geometry"),
            "splitters": {"techniques": splitter} if isinstance(splitter, str) else {},
            "map_face": old.get("map_view"),
            "last_muscle": old.get("last_muscle"),
            "last_side": old.get("last_side"),
        },
    }


#: ``MIGRATIONS[n]`` turns a version ``n`` document into version ``n + 1``.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _from_version_1}


class Settings:
    def __init__(self, path: Path) -> None:
        self.path = path
        #: what was wrong with the file, in words for the user (None: nothing)
        self.problem: str | None = None
        self._aside: str | None = None  # suffix to keep the old file under before saving
        self._preferences = Preferences()
        self._window = WindowState()
        self._listeners: list[PreferencesListener] = []
        self._on_disk: bytes | None = None  # what the file holds, when we wrote it that way
        #: True when there was no settings file at this start: the user's first run
        self.created = False
        self._safety_acknowledged = False
        self._load()

    # -- reading ----------------------------------------------------------------------------
    def _load(self) -> None:
        from foamroll_gui.core.files import UnsafeFileError, read_bytes_safely

        try:
            stored = read_bytes_safely(self.path, limit=SETTINGS_LIMIT)
            text = stored.decode("utf-8")
        except UnsafeFileError as exc:
            if exc.missing and not os.path.islink(self.path):
                self.created = True  # no settings yet
                return
            self._broken(f"{exc.path}: {exc.reason}; using default settings. {exc.advice}.")
            return
        except UnicodeDecodeError as exc:
            self._broken(
                f"{self.path}: is not UTF-8 text ({exc.reason}); using default settings. "
                f"The file will be kept as {self._aside_name('.broken').name}."
            )
            return
        try:
            raw = json.loads(text)
        except json.JSONDecodeError as exc:
            self._broken(
                f"{self.path}:{exc.lineno}: is not valid settings JSON ({exc.msg}); "
                "using default settings. The file will be kept as "
                f"{self._aside_name('.broken').name}."
            )
            return
        except (ValueError, RecursionError, MemoryError) as exc:
            reason = "nests too deeply" if isinstance(exc, RecursionError) else "has a value "
            if not isinstance(exc, RecursionError):
                reason += "too large to read"
            self._broken(
                f"{self.path}: {reason}; using default settings. The file will be kept as "
                f"{self._aside_name('.broken').name}."
            )
            return
        if not isinstance(raw, dict):
            self._broken(f"{self.path}:1: must hold a JSON object; using default settings.")
            return
        version = raw.get("version", 1)
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            self._broken(f"{self.path}: has no valid version number; using default settings.")
            return
        if version > VERSION:
            self._aside = f".v{version}"
            self.problem = (
                f"{self.path}: was written by a newer Foamroll (settings version {version}); "
                f"using what this version understands. The file will be kept as "
                f"{self.path.name}{self._aside}."
            )
        while version < VERSION:
            raw = MIGRATIONS[version](raw)
            version += 1
        preferences = raw.get("preferences")
        window = raw.get("window")
        self._preferences, problems = Preferences.from_json(
            preferences if isinstance(preferences, dict) else {}
        )
        self._window = WindowState.from_json(window if isinstance(window, dict) else {})
        self._safety_acknowledged = raw.get("safety_acknowledged") is True
        problems = [*problems, *self._sanitise()]
        if problems and self.problem is None:
            self.problem = f"{self.path}: " + "; ".join(problems) + "."
        self._on_disk = stored

    def _sanitise(self) -> list[str]:
        """Drop what the rest of the app could not use: a window geometry that is not base64
        text, and any text that cannot be written back as UTF-8 (a lone surrogate)."""
        problems: list[str] = []
        geometry = self._window.geometry
        if geometry is not None and not _BASE64.fullmatch(geometry):
            self._window = replace(self._window, geometry=None)
            problems.append("window.geometry is not a saved window geometry (reset)")
        splitters = self._window.splitters
        if any(not _BASE64.fullmatch(state) for state in splitters.values()):
            kept = {name: state for name, state in splitters.items() if _BASE64.fullmatch(state)}
            self._window = replace(self._window, splitters=kept)
            problems.append("window.splitters holds a state that is not a saved one (reset)")
        try:
            json.dumps(self._window.to_json(), ensure_ascii=False).encode("utf-8")
        except (UnicodeEncodeError, ValueError):
            self._window = WindowState()
            problems.append("the window state holds text that is not valid (reset)")
        try:
            json.dumps(self._preferences.to_json(), ensure_ascii=False).encode("utf-8")
        except (UnicodeEncodeError, ValueError):
            self._preferences = Preferences()
            problems.append("the preferences hold text that is not valid (reset to defaults)")
        return problems

    def _broken(self, message: str) -> None:
        self.problem = message
        self._aside = ".broken"

    def _aside_name(self, suffix: str) -> Path:
        """The first free name for a copy kept aside: ``settings.json.broken``, then
        ``settings.json.broken-2``, ``-3``...: an earlier copy is never overwritten."""
        base = self.path.with_name(self.path.name + suffix)
        candidate, number = base, 1
        while candidate.exists() or candidate.is_symlink():
            number += 1
            candidate = base.with_name(f"{base.name}-{number}")
        return candidate

    # -- the preferences --------------------------------------------------------------------
    @property
    def preferences(self) -> Preferences:
        return self._preferences

    def set_preferences(self, preferences: Preferences) -> None:
        """Change the preferences and tell every listener (nothing happens if none changed)."""
        if preferences == self._preferences:
            return
        self._preferences = preferences
        for listener in tuple(self._listeners):
            listener(preferences)

    def subscribe(self, listener: PreferencesListener) -> Callable[[], None]:
        """Call ``listener(preferences)`` after every change; returns the unsubscribe call."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    # -- the safety screen ------------------------------------------------------------------
    @property
    def safety_acknowledged(self) -> bool:
        """Whether the user has read the stop signs and contraindications (once is enough)."""
        return self._safety_acknowledged

    def acknowledge_safety(self) -> None:
        """Record that the user has read the safety screen (saved with the next :meth:`save`)."""
        self._safety_acknowledged = True

    # -- the window -------------------------------------------------------------------------
    @property
    def window(self) -> WindowState:
        return self._window

    def set_window(self, state: WindowState) -> None:
        self._window = state

    # -- writing ----------------------------------------------------------------------------
    def save(self) -> str | None:
        """Write the settings. Returns None, or a message saying what went wrong and what to do."""
        document = {
            "version": VERSION,
            "preferences": self._preferences.to_json(),
            "window": self._window.to_json(),
            "safety_acknowledged": self._safety_acknowledged,
        }
        try:
            data = (json.dumps(document, indent=2, sort_keys=True) + "\n").encode("utf-8")
        except (UnicodeEncodeError, ValueError) as exc:
            return f"Could not save settings to {self.path} ({exc}). Please report this."
        if data == self._on_disk:
            return None  # nothing changed: no write, no disk sync
        from foamroll_gui.core.files import write_atomically  # only when something changed

        try:
            if self._aside is not None and self.path.exists():
                aside = self._aside_name(self._aside)
                if self._aside == ".broken":
                    os.replace(self.path, aside)
                else:
                    import shutil  # only here: it costs start-up time

                    shutil.copy2(self.path, aside)
            self._aside = None
            write_atomically(self.path, data)
            self._on_disk = data
        except (OSError, UnicodeEncodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            return (
                f"Could not save settings to {self.path} ({reason}). "
                "Check that the folder is writable, or start Foamroll with --config-dir."
            )
        return None
