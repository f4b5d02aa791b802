"""The history store: sessions and entries in SQLite, each change committed at once.

Get one from :func:`foamroll_gui.core.history.open_history` (which also recovers from a damaged
file and migrates old ones). Every write runs in its own ``BEGIN IMMEDIATE`` transaction: it is
on disk when the call returns, or it raised a :class:`HistoryError` and nothing of it was kept.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from foamroll_gui.core.history.errors import InvalidEntryError, NotFoundError, ReadOnlyHistoryError
from foamroll_gui.core.history.records import (
    Entry,
    EntryRow,
    Records,
    Session,
    Side,
    Source,
    check_entry,
    check_muscle,
    check_seconds,
    check_session,
    check_uuid,
    epoch,
    new_uuid,
    to_stamp,
)
from foamroll_gui.core.history.sql import (
    ENTRY_COLUMNS,
    SESSION_COLUMNS,
    entry_from_row,
    insert_entry,
    insert_session,
    session_from_row,
    translated,
)

if TYPE_CHECKING:
    import sqlite3

LogSides = Literal["left", "right", "both", "left+right"]


class _Keep(enum.Enum):
    KEEP = "keep"


KEEP = _Keep.KEEP  # "leave this field as it is" in update_entry / update_session


@dataclass(frozen=True)
class MergeResult:
    """What :meth:`HistoryStore.merge` did with each entry uuid it was given."""

    added: tuple[str, ...]
    present: tuple[str, ...]
    conflicts: tuple[tuple[str, str], ...]  # (entry uuid, why it was not added)


class HistoryStore:
    """Sessions and entries of one history file. Use from one thread; close when done."""

    def __init__(self, conn: sqlite3.Connection, path: Path, read_only_reason: str | None = None):
        self._conn = conn
        self.path = path
        self.read_only_reason = read_only_reason

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> HistoryStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- plumbing ---------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of it is committed, or none of it (and a typed error)."""
        if self.read_only_reason is not None:
            raise ReadOnlyHistoryError(self.read_only_reason)
        conn = self._conn
        if conn.in_transaction:
            raise RuntimeError("history transactions do not nest")
        with translated(self.path):
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        """Rows of a read-only query: for this package's review and export code."""
        with translated(self.path):
            return self._conn.execute(sql, params).fetchall()

    # -- the timer: a session, its entries as they finish, its end --------------------------

    def begin_session(
        self, started_at: datetime, *, routine: str = "", source: Source = "timer"
    ) -> Session:
        """Start a session (committed at once); add entries to it as each muscle is done."""
        session = check_session(Session(new_uuid(), started_at, None, routine, source))
        with self.transaction() as conn:
            insert_session(conn, session)
        return session

    def add_entry(
        self,
        session_uuid: str,
        muscle: str,
        side: Side,
        rolled_s: float,
        held_s: float = 0.0,
        tenderness: int | None = None,
        note: str = "",
    ) -> Entry:
        """Record one muscle group and side, committed in its own transaction."""
        entry = check_entry(
            Entry(new_uuid(), session_uuid, muscle, side, rolled_s, held_s, tenderness, note)
        )
        with self.transaction() as conn:
            if not insert_entry(conn, entry):
                raise _gone("session", session_uuid)
        return entry

    def end_session(self, session_uuid: str, ended_at: datetime) -> Session:
        session = replace(self.session(session_uuid), ended_at=ended_at)
        session = check_session(session)
        with self.transaction() as conn:
            conn.execute(
                "UPDATE sessions SET ended_at = ? WHERE uuid = ?",
                (to_stamp(ended_at), session.uuid),
            )
        return session

    # -- the manual log, edits, and undo ----------------------------------------------------

    def log_roll(
        self,
        on: date,
        muscle: str,
        sides: LogSides,
        minutes: float,
        tenderness: int | None = None,
        note: str = "",
        *,
        now: datetime,
    ) -> Records:
        """ "Log a roll": one manual session on day ``on`` with one entry per side.

        ``minutes`` is per side: ``left+right`` gives two entries of ``minutes`` each, ``both``
        (both legs at once) one entry. A past day is stamped at noon, today at ``now``, in the
        time zone of ``now``. Returns the records added; ``remove`` them to undo.
        """
        if now.tzinfo is None:
            raise InvalidEntryError("now must carry its UTC offset (an aware datetime)")
        if on > now.date():
            raise InvalidEntryError("the date is in the future: pick today or an earlier day")
        split: dict[str, tuple[Side, ...]] = {
            "left": ("left",),
            "right": ("right",),
            "both": ("both",),
            "left+right": ("left", "right"),
        }
        if sides not in split:
            raise InvalidEntryError("sides must be left, right, both or left+right")
        started = now if on == now.date() else datetime.combine(on, time(12), now.tzinfo)
        session = check_session(Session(new_uuid(), started, started, "", "manual"))
        if isinstance(minutes, bool) or not isinstance(minutes, int | float) or not minutes > 0:
            raise InvalidEntryError("minutes must be a number above zero")
        seconds = check_seconds(minutes * 60, "minutes")
        entries = tuple(
            check_entry(
                Entry(new_uuid(), session.uuid, muscle, side, seconds, 0.0, tenderness, note)
            )
            for side in split[sides]
        )
        records = Records((session,), entries)
        self.restore(records)
        return records

    def restore(self, records: Records) -> None:
        """Put records back (redo, or undo of a delete); records already there stay."""
        self.merge(records)

    def remove(self, records: Records) -> None:
        """Delete these entries, and those sessions when no entry is left in them (undo)."""
        with self.transaction() as conn:
            for entry in records.entries:
                conn.execute("DELETE FROM entries WHERE uuid = ?", (entry.uuid,))
            for session in records.sessions:
                conn.execute(
                    "DELETE FROM sessions WHERE uuid = ? AND NOT EXISTS "
                    "(SELECT 1 FROM entries WHERE session_uuid = ?)",
                    (session.uuid, session.uuid),
                )

    def delete_entry(self, uuid: str) -> Records:
        """Delete one entry (and its session when it was the last entry of a finished session).

        Returns what was removed: ``restore`` it to undo.
        """
        entry = self.entry(uuid)
        session = self.session(entry.session_uuid)
        with self.transaction() as conn:
            conn.execute("DELETE FROM entries WHERE uuid = ?", (entry.uuid,))
            gone = conn.execute(
                "DELETE FROM sessions WHERE uuid = ? AND ended_at IS NOT NULL AND NOT EXISTS "
                "(SELECT 1 FROM entries WHERE session_uuid = ?)",
                (session.uuid, session.uuid),
            ).rowcount
        return Records((session,) if gone else (), (entry,))

    def replace_entry(self, entry: Entry) -> Entry:
        """Write every field of ``entry`` over the stored one with its uuid; returns the old one.

        Undo is ``replace_entry(old)``. The session cannot change here.
        """
        old = self.entry(entry.uuid)
        new = check_entry(replace(entry, session_uuid=old.session_uuid))
        with self.transaction() as conn:
            conn.execute(
                "UPDATE entries SET muscle = ?, side = ?, rolled_s = ?, held_s = ?, "
                "tenderness = ?, note = ? WHERE uuid = ?",
                (
                    new.muscle,
                    new.side,
                    new.rolled_s,
                    new.held_s,
                    new.tenderness,
                    new.note,
                    new.uuid,
                ),
            )
        return old

    def update_entry(
        self,
        uuid: str,
        *,
        muscle: str | _Keep = KEEP,
        side: Side | _Keep = KEEP,
        rolled_s: float | _Keep = KEEP,
        held_s: float | _Keep = KEEP,
        tenderness: int | _Keep | None = KEEP,
        note: str | _Keep = KEEP,
    ) -> Entry:
        """Change some fields of an entry; returns the old entry (undo: ``replace_entry(old)``)."""
        old = self.entry(uuid)
        new = Entry(
            old.uuid,
            old.session_uuid,
            old.muscle if isinstance(muscle, _Keep) else muscle,
            old.side if isinstance(side, _Keep) else side,
            old.rolled_s if isinstance(rolled_s, _Keep) else rolled_s,
            old.held_s if isinstance(held_s, _Keep) else held_s,
            old.tenderness if isinstance(tenderness, _Keep) else tenderness,
            old.note if isinstance(note, _Keep) else note,
        )
        return self.replace_entry(new)

    def update_session(
        self, uuid: str, *, started_at: datetime | _Keep = KEEP, routine: str | _Keep = KEEP
    ) -> Session:
        """Move a session to another time (its entries move with it) or rename its routine.

        Returns the old session (undo: ``update_session`` with its values).
        """
        old = self.session(uuid)
        start = old.started_at if isinstance(started_at, _Keep) else started_at
        new = check_session(
            replace(
                old,
                started_at=start,
                ended_at=None if old.ended_at is None else start + (old.ended_at - old.started_at),
                routine=old.routine if isinstance(routine, _Keep) else routine,
            )
        )
        with self.transaction() as conn:
            conn.execute(
                "UPDATE sessions SET started_at = ?, started_utc = ?, day = ?, ended_at = ?, "
                "routine = ? WHERE uuid = ?",
                (
                    to_stamp(new.started_at),
                    epoch(new.started_at),
                    new.day.toordinal(),
                    None if new.ended_at is None else to_stamp(new.ended_at),
                    new.routine,
                    old.uuid,
                ),
            )
        return old

    def merge(self, records: Records) -> MergeResult:
        """Add records in one transaction, idempotently by uuid (import, restore).

        An entry whose uuid is stored already counts as present. A new entry for a stored session
        whose start time differs from the one given is a conflict and is not added.
        """
        sessions = {s.uuid: check_session(s) for s in records.sessions}
        entries = [check_entry(e) for e in records.entries]
        added: list[str] = []
        present: list[str] = []
        conflicts: list[tuple[str, str]] = []
        with self.transaction() as conn:
            usable: set[str] = set()
            for session in sessions.values():
                row = conn.execute(
                    "SELECT started_at FROM sessions WHERE uuid = ?", (session.uuid,)
                ).fetchone()
                if row is None:
                    insert_session(conn, session)
                    usable.add(session.uuid)
                elif row[0] == to_stamp(session.started_at):
                    usable.add(session.uuid)
            for entry in entries:
                owner = entry.session_uuid
                if owner not in sessions and owner not in usable:
                    stored = conn.execute("SELECT 1 FROM sessions WHERE uuid = ?", (owner,))
                    if stored.fetchone():
                        usable.add(owner)
                if conn.execute("SELECT 1 FROM entries WHERE uuid = ?", (entry.uuid,)).fetchone():
                    present.append(entry.uuid)
                elif owner not in usable:
                    why = (
                        f"session {owner} is in the history with another start time"
                        if owner in sessions
                        else f"session {owner} is neither given nor in the history"
                    )
                    conflicts.append((entry.uuid, why))
                else:
                    insert_entry(conn, entry)
                    added.append(entry.uuid)
        return MergeResult(tuple(added), tuple(present), tuple(conflicts))

    # -- reading ----------------------------------------------------------------------------

    def session(self, uuid: str) -> Session:
        rows = self.query(
            f"SELECT {SESSION_COLUMNS} FROM sessions AS s WHERE s.uuid = ?",
            (check_uuid(uuid, "uuid"),),
        )
        if not rows:
            raise _gone("session", uuid)
        return session_from_row(rows[0])

    def entry(self, uuid: str) -> Entry:
        rows = self.query(
            f"SELECT {ENTRY_COLUMNS} FROM entries AS e WHERE e.uuid = ?",
            (check_uuid(uuid, "uuid"),),
        )
        if not rows:
            raise _gone("entry", uuid)
        return entry_from_row(rows[0])

    def count(self) -> int:
        """How many entries the history holds."""
        return int(self.query("SELECT count(*) FROM entries")[0][0])

    def entries(
        self,
        *,
        since: date | None = None,
        until: date | None = None,
        muscle: str | None = None,
        limit: int | None = None,
        newest_first: bool = True,
    ) -> list[EntryRow]:
        """Entries with their sessions, for the review's edit table (local dates, inclusive)."""
        where = ["e.day BETWEEN ? AND ?"]
        params: list[Any] = [
            since.toordinal() if since else 0,
            until.toordinal() if until else 1 << 40,
        ]
        if muscle is not None:
            where.append("e.muscle = ?")
            params.append(check_muscle(muscle))
        order = "DESC" if newest_first else "ASC"
        sql = (
            f"SELECT {ENTRY_COLUMNS}, {SESSION_COLUMNS} FROM entries AS e "
            f"JOIN sessions AS s ON s.uuid = e.session_uuid WHERE {' AND '.join(where)} "
            f"ORDER BY e.day {order}, s.started_utc {order}, s.uuid, e.rowid {order}"
        )
        if limit is not None:
            sql += " LIMIT ?"
            params.append(max(0, int(limit)))
        return [
            EntryRow(entry_from_row(row[:8]), session_from_row(row[8:]))
            for row in self.query(sql, params)
        ]


def _gone(kind: str, uuid: str) -> NotFoundError:
    return NotFoundError(
        f"{kind} {uuid} is no longer in the history (deleted meanwhile?); refresh and try again"
    )
