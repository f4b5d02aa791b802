"""The errors a user of the history store may meet. Each message says what happened and what to do.

Everything the store raises for a reason outside the program (a full disk, a locked or damaged
file, a folder it may not write, a bad value passed in) is a :class:`HistoryError`, so a caller
can catch one type and show ``str(exc)``.
"""

from __future__ import annotations

from pathlib import Path


class HistoryError(Exception):
    """Base class: ``str(exc)`` is a plain-words message for the user."""


class HistoryUnavailableError(HistoryError):
    """The data folder or the history file cannot be read or written at all.

    The app keeps running without history ("logging is off") and shows this message.
    """

    def __init__(self, folder: Path, reason: str) -> None:
        self.folder = folder
        self.reason = reason
        super().__init__(
            f"Foamroll cannot keep your history in {folder} ({reason}). Rolls are not saved "
            "until this is fixed: make that folder readable and writable for your user, or start "
            "foamroll with --data-dir DIR pointing at a folder that is, then restart Foamroll."
        )


class ReadOnlyHistoryError(HistoryError):
    """A write was asked of a store that is open read-only (written by a newer Foamroll)."""


class DiskFullError(HistoryError):
    """The disk (or the store's size limit) is full; nothing of the failed write was kept."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            f"The disk holding {path} is full, so this change was not saved (nothing was half "
            "written). Free some disk space, then do it again."
        )


class HistoryBusyError(HistoryError):
    """Another program held the store locked for longer than the busy timeout."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            f"{path} is locked by another program (another copy of Foamroll?), so this change was "
            "not saved. Close the other copy and try again."
        )


class HistoryDamagedError(HistoryError):
    """The file turned out to be damaged while in use (it was fine when opened)."""

    def __init__(self, path: Path, detail: str) -> None:
        self.path = path
        super().__init__(
            f"{path} is damaged ({detail}). Restart Foamroll: it will move the damaged file "
            "aside, keep it, and start a new history."
        )


class InvalidEntryError(HistoryError, ValueError):
    """A value given to the store is out of range (a negative duration, an unknown side, ...)."""


class NotFoundError(HistoryError, LookupError):
    """An entry or session uuid that the store does not hold (deleted meanwhile?)."""


class UpgradeError(HistoryError):
    """A schema migration failed; the file was left at its old version."""
