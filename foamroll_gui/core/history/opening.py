"""Opening the history file: recover from a damaged or foreign file, migrate an old one.

- Not SQLite, failing ``PRAGMA integrity_check``, or a SQLite file that is not a Foamroll history:
  renamed aside to ``history.sqlite.corrupt-<timestamp>`` (with its ``-wal``/``-shm``; never
  deleted, never overwriting an earlier copy) and a new, empty store starts.
- Written by a newer Foamroll (``user_version`` above what this one knows): opened read-only.
- Older: copied aside to ``history.sqlite.before-v<N>-<timestamp>`` (when it holds anything),
  then migrated one version per transaction.
- A folder or file that cannot be read or written: :class:`HistoryUnavailableError`.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Final

from foamroll_gui.core.history.errors import (
    HistoryDamagedError,
    HistoryError,
    HistoryUnavailableError,
    UpgradeError,
)
from foamroll_gui.core.history.schema import MIGRATIONS, Migration, schema_problem
from foamroll_gui.core.history.sql import translated, typed_error
from foamroll_gui.core.history.store import HistoryStore

if TYPE_CHECKING:
    import sqlite3

HISTORY_FILE: Final = "history.sqlite"
BUSY_TIMEOUT_MS: Final = 5000
_SQLITE_HEADER: Final = b"SQLite format 3\x00"


@dataclass(frozen=True)
class Opened:
    """An open store and what the user should be told about opening it (once)."""

    store: HistoryStore
    notice: str | None = None  # plain words: where a damaged file went, why it is read-only
    moved_aside: Path | None = None  # the damaged or foreign file, renamed
    backup: Path | None = None  # the copy made before a migration


def history_path(data_dir: Path) -> Path:
    """Where the history lives in a data folder."""
    return data_dir / HISTORY_FILE


def open_history(
    path: Path,
    *,
    now: datetime,
    busy_timeout_ms: int = BUSY_TIMEOUT_MS,
    migrations: Sequence[Migration] = MIGRATIONS,
) -> Opened:
    """Open (creating, recovering or migrating) the history at ``path``.

    It checks the whole file (``PRAGMA integrity_check``: about 0.2 s for ten years of daily
    rolls), so the app may call it on a worker thread and hand the store to the GUI thread.

    ``now`` names the copies made aside. Raises :class:`HistoryUnavailableError` when the folder or
    file cannot be used at all, :class:`UpgradeError` when a migration fails (the file is left
    as it was), or another :class:`HistoryError` (busy, disk full) with a message to show.
    """

    stamp = now.strftime("%Y%m%dT%H%M%S")
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise HistoryUnavailableError(folder, exc.strerror or str(exc)) from None
    if path.exists() and not path.is_file():
        raise HistoryUnavailableError(folder, f"{path.name} is not a file: move it out of the way")
    moved: Path | None = None
    problem = _header_problem(path)  # before SQLite touches (and tidies away) its -wal file
    if problem is None:
        conn = _connect(path, busy_timeout_ms)
        problem = _problem(conn, path, len(migrations))  # closes conn when there is one
    if problem is not None:
        moved = _move_aside(path, f"corrupt-{stamp}")
        conn = _connect(path, busy_timeout_ms)
    try:
        with translated(path):
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if version > len(migrations):
                conn.execute("PRAGMA query_only = ON")
                reason = (
                    f"{path} was written by a newer version of Foamroll (history format "
                    f"{version}; this version knows up to {len(migrations)}). It is open "
                    "read-only: you can review your history, but new rolls are not saved. "
                    "Update Foamroll to log again."
                )
                return Opened(HistoryStore(conn, path, reason), reason, moved)
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA foreign_keys = ON")
        backup = _migrate(conn, path, version, migrations, stamp)
    except BaseException:
        conn.close()
        raise
    notice = None
    if moved is not None:
        notice = (
            f"Your history file could not be used ({problem}), so Foamroll moved it to {moved} "
            "and started a new, empty history. Nothing was deleted: keep that file if you want "
            f"to try to recover it (for example with: sqlite3 {moved.name} .recover)."
        )
    return Opened(HistoryStore(conn, path), notice, moved, backup)


def _connect(path: Path, busy_timeout_ms: int) -> sqlite3.Connection:
    import sqlite3

    try:
        # Not tied to the opening thread: the app may open (and check) the file on a worker
        # thread and then use the store from its GUI thread, one thread at a time.
        conn = sqlite3.connect(
            path, timeout=busy_timeout_ms / 1000, isolation_level=None, check_same_thread=False
        )
    except sqlite3.Error as exc:
        raise HistoryUnavailableError(path.parent, f"{path.name}: {exc}") from None
    conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
    return conn


def _header_problem(path: Path) -> str | None:
    """Why the file is plainly not SQLite (judged by its first 16 bytes), or None."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(16)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise HistoryUnavailableError(path.parent, f"{path.name}: {exc.strerror}") from None
    if head in (b"", _SQLITE_HEADER):
        return None
    return "it is not a SQLite file"


def _problem(conn: sqlite3.Connection, path: Path, latest: int) -> str | None:
    """Why the file cannot be used as a history (to move it aside), or None when it can.

    Closes ``conn`` unless it returns None.
    """
    import sqlite3

    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        rows = conn.execute("PRAGMA integrity_check").fetchall()
        if rows != [("ok",)]:
            lines = [t for t in str(rows[0][0]).splitlines() if not t.startswith("***")]
            problem: str | None = f"it is damaged: {(lines or ['failed'])[0][:120]}"
        elif foreign := schema_problem(conn, min(version, latest)):
            problem = f"it is not a Foamroll history: {foreign}"
        else:
            return None
    except sqlite3.DatabaseError as exc:
        error = typed_error(exc, path)
        if type(error) not in (HistoryError, HistoryDamagedError):  # busy, unreadable: not damage
            conn.close()
            raise error from None
        problem = f"it is not a readable SQLite file: {exc}"
    conn.close()
    return problem


def _free_name(path: Path, suffix: str) -> Path:
    """``path`` + ``.suffix``, numbered so that no earlier copy is ever overwritten."""
    candidate = path.with_name(f"{path.name}.{suffix}")
    number = 2
    while any(Path(f"{candidate}{end}").exists() for end in ("", "-wal", "-shm")):
        candidate = path.with_name(f"{path.name}.{suffix}-{number}")
        number += 1
    return candidate


def _move_aside(path: Path, suffix: str) -> Path:
    target = _free_name(path, suffix)
    try:
        os.rename(path, target)
        for end in ("-wal", "-shm"):  # the journal belongs to the old file, not to a new one
            if Path(f"{path}{end}").exists():
                os.rename(f"{path}{end}", f"{target}{end}")
    except OSError as exc:
        raise HistoryUnavailableError(
            path.parent, f"{path.name} is damaged and could not be moved aside: {exc.strerror}"
        ) from None
    return target


def _version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _migrate(
    conn: sqlite3.Connection,
    path: Path,
    version: int,
    migrations: Sequence[Migration],
    stamp: str,
) -> Path | None:
    """Bring the file to the latest version, one transaction a step; the copy made, if any."""
    import sqlite3

    if version >= len(migrations):
        return None
    backup = _backup(conn, path, version + 1, stamp) if version > 0 else None
    for step in range(version, len(migrations)):
        with translated(path):
            conn.execute("BEGIN IMMEDIATE")
        try:
            if _version(conn) <= step:  # another copy of Foamroll may have migrated meanwhile
                migrations[step](conn)
                conn.execute(f"PRAGMA user_version = {step + 1}")
            conn.execute("COMMIT")
        except Exception as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            error = typed_error(exc, path) if isinstance(exc, sqlite3.Error) else None
            if error is not None and type(error) is not HistoryError:  # disk full, busy, ...
                raise error from exc
            kept = f"; a copy from before is at {backup}" if backup else ""
            raise UpgradeError(
                f"Foamroll could not upgrade {path} to history format {step + 1} ({exc}). The "
                f"file was left as it was{kept}. Please report this; until then use the Foamroll "
                "version that wrote the file."
            ) from exc
    return backup


def _backup(conn: sqlite3.Connection, path: Path, target: int, stamp: str) -> Path:
    """A consistent copy of the store (WAL included) beside it, before migrating to ``target``."""
    import sqlite3

    copy = _free_name(path, f"before-v{target}-{stamp}")
    partial = Path(f"{copy}.partial")
    try:
        with translated(path):
            out = sqlite3.connect(partial, isolation_level=None)
            try:
                conn.backup(out)
                out.execute("PRAGMA journal_mode = DELETE")
            finally:
                out.close()
        os.rename(partial, copy)
    except OSError as exc:
        raise HistoryUnavailableError(
            path.parent, f"could not copy {path.name} before upgrading it: {exc.strerror}"
        ) from None
    finally:
        partial.unlink(missing_ok=True)
    return copy


def empty_history() -> HistoryStore:
    """A new, empty store in memory: what a read-only command shows before any file exists."""
    import sqlite3

    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    _migrate(conn, Path(":memory:"), 0, MIGRATIONS, "")
    return HistoryStore(conn, Path(":memory:"))
