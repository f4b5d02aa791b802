"""What the history holds, as frozen values: sessions, entries and bundles of both for undo.

Times are aware datetimes carrying the UTC offset the user lived in when they rolled; they are
stored as ISO 8601 text with that offset (``2026-11-16T07:30:00+01:00``), to the second. The
*local date* of a session is the date in that text, whatever the offset: a roll at 00:30 on a
Monday counts for Monday, even if it was still Sunday in UTC.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Final, Literal

from foamroll_gui.core.history.errors import InvalidEntryError

Side = Literal["left", "right", "both"]
Source = Literal["timer", "manual", "import"]
SIDES: Final[tuple[Side, ...]] = ("left", "right", "both")
ONE_SIDE: Final[tuple[Side, Side]] = ("left", "right")
SOURCES: Final[tuple[Source, ...]] = ("timer", "manual", "import")
TENDERNESS_MAX: Final = 10
MAX_SECONDS: Final = 24 * 3600.0  # one entry never lasts longer than a day
MAX_NOTE: Final = 2000
MAX_ROUTINE: Final = 200
_MUSCLE_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


@dataclass(frozen=True)
class Session:
    """One sitting: a timed routine, one manual "Log a roll", or one imported session."""

    uuid: str
    started_at: datetime
    ended_at: datetime | None
    routine: str
    source: Source

    @property
    def day(self) -> date:
        """The local date the user saw when the session started."""
        return self.started_at.date()


@dataclass(frozen=True)
class Entry:
    """One muscle group rolled on one side (or both at once) within a session."""

    uuid: str
    session_uuid: str
    muscle: str
    side: Side
    rolled_s: float
    held_s: float = 0.0
    tenderness: int | None = None
    note: str = ""

    @property
    def minutes(self) -> float:
        return (self.rolled_s + self.held_s) / 60.0


@dataclass(frozen=True)
class EntryRow:
    """An entry with its session, as listed in the review's edit table and in exports."""

    entry: Entry
    session: Session


@dataclass(frozen=True)
class Records:
    """Sessions and entries added or removed together: what an undo or redo needs.

    ``HistoryStore.log_roll`` returns the records it added (undo: ``remove``); ``delete_entry``
    returns the records it removed (undo: ``restore``).
    """

    sessions: tuple[Session, ...] = ()
    entries: tuple[Entry, ...] = ()


def new_uuid() -> str:
    import uuid  # not at import time: the module costs start-up milliseconds

    return str(uuid.uuid4())


def check_uuid(value: str, field: str) -> str:
    """A uuid in canonical lower-case form, or InvalidEntryError."""
    text = value.strip().lower() if isinstance(value, str) else ""
    if not _UUID.fullmatch(text):
        raise InvalidEntryError(f"{field} must be a uuid like 3f2b8c1e-0000-4000-8000-000000000000")
    return text


def to_stamp(moment: datetime, field: str = "time") -> str:
    """ISO 8601 text with the UTC offset, to the second."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise InvalidEntryError(f"{field} must carry its UTC offset (an aware datetime)")
    return moment.replace(microsecond=0).isoformat()


def from_stamp(text: str) -> datetime:
    """Parse a stored or imported ISO 8601 time; ValueError unless it has an offset."""
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError("has no UTC offset")
    return moment


def epoch(moment: datetime) -> int:
    return math.floor(moment.timestamp())


def check_session(session: Session) -> Session:
    """The session with its values checked and times cut to the second; InvalidEntryError if bad."""
    started = datetime.fromisoformat(to_stamp(session.started_at, "started_at"))
    ended = session.ended_at
    if ended is not None:
        ended = datetime.fromisoformat(to_stamp(ended, "ended_at"))
        if ended < started:
            raise InvalidEntryError("ended_at must not be before started_at")
    if session.source not in SOURCES:
        raise InvalidEntryError(f"source must be one of {', '.join(SOURCES)}")
    routine = session.routine
    if not isinstance(routine, str) or len(routine) > MAX_ROUTINE or not _encodable(routine):
        raise InvalidEntryError(f"routine must be text of at most {MAX_ROUTINE} characters")
    return replace(
        session, uuid=check_uuid(session.uuid, "session uuid"), started_at=started, ended_at=ended
    )


def check_muscle(muscle: str) -> str:
    if not isinstance(muscle, str) or not _MUSCLE_ID.fullmatch(muscle):
        raise InvalidEntryError(
            f"muscle must be a muscle group id such as calves or it-band (got {muscle!r})"
        )
    return muscle


def check_side(side: str) -> Side:
    if side not in SIDES:
        raise InvalidEntryError(f"side must be left, right or both (got {side!r})")
    return side


def check_seconds(value: float, field: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidEntryError(f"{field} must be a number of seconds")
    number = float(value)
    if not math.isfinite(number) or number < 0:
        raise InvalidEntryError(f"{field} must be zero or more seconds (got {value})")
    if number > MAX_SECONDS:
        raise InvalidEntryError(f"{field} must be at most {MAX_SECONDS:.0f} seconds (one day)")
    return number


def check_tenderness(value: int | None) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= TENDERNESS_MAX:
        raise InvalidEntryError(
            f"tenderness must be a whole number from 0 to {TENDERNESS_MAX}, or empty"
        )
    return value


def check_note(note: str) -> str:
    if not isinstance(note, str) or len(note) > MAX_NOTE:
        raise InvalidEntryError(f"note must be text of at most {MAX_NOTE} characters")
    if "\x00" in note or not _encodable(note):
        raise InvalidEntryError("note must be plain text (no NUL characters or lone surrogates)")
    return note


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def check_entry(entry: Entry) -> Entry:
    """The entry with every value checked; InvalidEntryError naming the first bad field."""
    return Entry(
        uuid=check_uuid(entry.uuid, "entry uuid"),
        session_uuid=check_uuid(entry.session_uuid, "session uuid"),
        muscle=check_muscle(entry.muscle),
        side=check_side(entry.side),
        rolled_s=check_seconds(entry.rolled_s, "rolled_s"),
        held_s=check_seconds(entry.held_s, "held_s"),
        tenderness=check_tenderness(entry.tenderness),
        note=check_note(entry.note),
    )
