"""The SQL side of the store: rows to values and back, and sqlite3 errors to typed ones."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from foamroll_gui.core.history.errors import (
    DiskFullError,
    HistoryBusyError,
    HistoryDamagedError,
    HistoryError,
    HistoryUnavailableError,
    InvalidEntryError,
)
from foamroll_gui.core.history.records import Entry, Session, epoch, from_stamp, to_stamp

if TYPE_CHECKING:
    import sqlite3

SESSION_COLUMNS = "s.uuid, s.started_at, s.ended_at, s.routine, s.source"
ENTRY_COLUMNS = (
    "e.uuid, e.session_uuid, e.muscle, e.side, e.rolled_s, e.held_s, e.tenderness, e.note"
)


def typed_error(exc: Exception, path: Path) -> HistoryError:
    """The HistoryError, with a message for the user, for a sqlite3 error."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary == 13:  # SQLITE_FULL
        return DiskFullError(path)
    if primary in (5, 6):  # SQLITE_BUSY, SQLITE_LOCKED
        return HistoryBusyError(path)
    if primary in (11, 26):  # SQLITE_CORRUPT, SQLITE_NOTADB
        return HistoryDamagedError(path, str(exc))
    if primary in (3, 8, 10, 14, 23):  # PERM, READONLY, IOERR, CANTOPEN, AUTH
        return HistoryUnavailableError(path.parent, f"{path.name}: {exc}")
    if primary == 19:  # SQLITE_CONSTRAINT: a value the checks let through
        return InvalidEntryError(f"the history refused a value ({exc}); nothing was saved")
    return HistoryError(
        f"Foamroll could not use {path} ({exc}); nothing was changed. If this keeps happening, "
        "export your history (foamroll history export FILE.csv) and report the problem."
    )


@contextmanager
def translated(path: Path) -> Iterator[None]:
    """Turn sqlite3 errors raised inside into the typed errors of this package."""
    import sqlite3

    try:
        yield
    except sqlite3.Error as exc:
        raise typed_error(exc, path) from exc


def insert_session(conn: sqlite3.Connection, session: Session) -> None:
    conn.execute(
        "INSERT INTO sessions (uuid, started_at, started_utc, day, ended_at, routine, source) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            session.uuid,
            to_stamp(session.started_at),
            epoch(session.started_at),
            session.day.toordinal(),
            None if session.ended_at is None else to_stamp(session.ended_at),
            session.routine,
            session.source,
        ),
    )


def insert_entry(conn: sqlite3.Connection, entry: Entry) -> bool:
    """Insert an entry with its session's day; False when the session does not exist."""
    cursor = conn.execute(
        "INSERT INTO entries "
        "(uuid, session_uuid, day, muscle, side, rolled_s, held_s, tenderness, note) "
        "SELECT ?, uuid, day, ?, ?, ?, ?, ?, ? FROM sessions WHERE uuid = ?",
        (
            entry.uuid,
            entry.muscle,
            entry.side,
            entry.rolled_s,
            entry.held_s,
            entry.tenderness,
            entry.note,
            entry.session_uuid,
        ),
    )
    return cursor.rowcount == 1


def session_from_row(row: Sequence[Any]) -> Session:
    uuid, started, ended, routine, source = row
    return Session(
        uuid, from_stamp(started), None if ended is None else from_stamp(ended), routine, source
    )


def entry_from_row(row: Sequence[Any]) -> Entry:
    uuid, session_uuid, muscle, side, rolled, held, tenderness, note = row
    return Entry(uuid, session_uuid, muscle, side, float(rolled), float(held), tenderness, note)
