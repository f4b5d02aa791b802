"""The store's schema, as an ordered list of migrations (``PRAGMA user_version`` counts them).

Version 0 is an empty file. ``MIGRATIONS[i]`` takes a store from version ``i`` to ``i + 1`` and
runs inside one transaction that also sets the new ``user_version``; a failure leaves the file
at version ``i``. Version 2 is one more function appended to ``MIGRATIONS``: keep migrations
additive (new tables, columns, indexes) so an older Foamroll can still read a newer file.

Columns worth knowing:
- ``sessions.day`` and ``entries.day``: the session's *local* date (the date in ``started_at``,
  as the user saw it) as a proleptic Gregorian ordinal (``date.toordinal()``), so week queries are
  integer ranges on an index. ``entries.day`` is a copy of its session's, kept equal by a trigger.
- ``sessions.started_utc``: ``started_at`` as UTC epoch seconds, to order sessions exactly.
- ``session_muscles``: derived, one row per session and muscle group, kept by triggers on
  ``entries``; the heat map and the streak count its rows instead of distinct sessions.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    import sqlite3

Migration = Callable[["sqlite3.Connection"], None]

_COUNT_NEW: Final = """
    INSERT INTO session_muscles (session_uuid, muscle, day, entries)
    VALUES (NEW.session_uuid, NEW.muscle, NEW.day, 1)
    ON CONFLICT (session_uuid, muscle) DO UPDATE SET entries = entries + 1, day = excluded.day;
"""
_UNCOUNT_OLD: Final = """
    UPDATE session_muscles SET entries = entries - 1
    WHERE session_uuid = OLD.session_uuid AND muscle = OLD.muscle;
    DELETE FROM session_muscles
    WHERE session_uuid = OLD.session_uuid AND muscle = OLD.muscle AND entries <= 0;
"""
_V1: Final = (
    """CREATE TABLE sessions (
        uuid TEXT PRIMARY KEY NOT NULL,
        started_at TEXT NOT NULL,
        started_utc INTEGER NOT NULL,
        day INTEGER NOT NULL,
        ended_at TEXT,
        routine TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL CHECK (source IN ('timer', 'manual', 'import'))
    )""",
    """CREATE TABLE entries (
        uuid TEXT PRIMARY KEY NOT NULL,
        session_uuid TEXT NOT NULL REFERENCES sessions (uuid) ON DELETE CASCADE,
        day INTEGER NOT NULL,
        muscle TEXT NOT NULL,
        side TEXT NOT NULL CHECK (side IN ('left', 'right', 'both')),
        rolled_s REAL NOT NULL CHECK (rolled_s >= 0),
        held_s REAL NOT NULL DEFAULT 0 CHECK (held_s >= 0),
        tenderness INTEGER CHECK (tenderness BETWEEN 0 AND 10),
        note TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX sessions_by_time ON sessions (started_utc)",
    "CREATE INDEX entries_by_day ON entries (day, muscle, side, session_uuid)",
    "CREATE INDEX entries_by_muscle ON entries (muscle, side, day)",
    "CREATE INDEX entries_by_session ON entries (session_uuid)",
    """CREATE TRIGGER entries_follow_session_day AFTER UPDATE OF day ON sessions
    BEGIN
        UPDATE entries SET day = NEW.day WHERE session_uuid = NEW.uuid;
    END""",
    # One row per session and muscle group rolled in it (``entries`` counts its rows), kept by
    # the triggers below: weekly session counts over years are then a plain count(*).
    """CREATE TABLE session_muscles (
        session_uuid TEXT NOT NULL,
        muscle TEXT NOT NULL,
        day INTEGER NOT NULL,
        entries INTEGER NOT NULL,
        PRIMARY KEY (session_uuid, muscle)
    ) WITHOUT ROWID""",
    "CREATE INDEX session_muscles_by_day ON session_muscles (day, muscle)",
    f"""CREATE TRIGGER session_muscles_insert AFTER INSERT ON entries
    BEGIN {_COUNT_NEW} END""",
    f"""CREATE TRIGGER session_muscles_delete AFTER DELETE ON entries
    BEGIN {_UNCOUNT_OLD} END""",
    f"""CREATE TRIGGER session_muscles_update AFTER UPDATE OF session_uuid, muscle, day ON entries
    BEGIN {_UNCOUNT_OLD} {_COUNT_NEW} END""",
)

# The columns every version from 1 on must have (migrations only add): the foreign-file check.
V1_COLUMNS: Final = {
    "sessions": {"uuid", "started_at", "started_utc", "day", "ended_at", "routine", "source"},
    "session_muscles": {"session_uuid", "muscle", "day", "entries"},
    "entries": {
        "uuid",
        "session_uuid",
        "day",
        "muscle",
        "side",
        "rolled_s",
        "held_s",
        "tenderness",
        "note",
    },
}


def _to_v1(conn: sqlite3.Connection) -> None:
    for statement in _V1:
        conn.execute(statement)


MIGRATIONS: Final[tuple[Migration, ...]] = (_to_v1,)


def latest(migrations: Sequence[Migration] = MIGRATIONS) -> int:
    return len(migrations)


def schema_problem(conn: sqlite3.Connection, version: int) -> str | None:
    """Why this file is not a Foamroll history at ``version``, or None when it looks like one."""
    tables = {
        name
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    }
    if version == 0:
        return f"it holds other tables ({', '.join(sorted(tables))})" if tables else None
    for table, wanted in V1_COLUMNS.items():
        if table not in tables:
            return f"it has no {table} table"
        have = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        if missing := wanted - have:
            return f"its {table} table lacks {', '.join(sorted(missing))}"
    return None
