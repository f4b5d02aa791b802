"""Export the history to CSV or JSON, and import such a file back, idempotently by entry uuid.

An import file is treated as hostile: only a regular file of at most 20 MB is read; NUL bytes,
text that is not UTF-8, broken CSV or broken JSON stop the import with one message and nothing
imported; a row with a bad value is reported with its line and field and skipped.
"""

from __future__ import annotations

import math
import os
import re
import stat
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, cast

from foamroll_gui.core.history.errors import HistoryError, InvalidEntryError
from foamroll_gui.core.history.records import (
    SOURCES,
    Entry,
    EntryRow,
    Records,
    Session,
    Side,
    check_entry,
    check_session,
    check_uuid,
    from_stamp,
    to_stamp,
)
from foamroll_gui.core.history.store import HistoryStore

COLUMNS: Final = (
    "entry_uuid",
    "session_uuid",
    "started_at",
    "muscle",
    "side",
    "rolled_s",
    "held_s",
    "tenderness",
    "routine",
    "source",
    "note",
)
MAX_IMPORT_BYTES: Final = 20 * 1024 * 1024
_WHITESPACE = re.compile(r"[ \t\n\r]*")


@dataclass(frozen=True)
class _BadRow:
    message: str


class TransferError(HistoryError):
    """The import or export file as a whole cannot be used; nothing was imported or written."""


@dataclass(frozen=True)
class ImportReport:
    added: int
    present: int
    skipped: int
    problems: tuple[str, ...]  # one line per skipped row: file:line: field and what is wrong

    @property
    def summary(self) -> str:
        return f"{self.added} added, {self.present} already present, {self.skipped} skipped"


def export_history(store: HistoryStore, path: Path) -> int:
    """Write every entry to ``path`` (.csv or .json), atomically; returns the number of entries."""
    kind = path.suffix.lower()
    if kind not in (".csv", ".json"):
        raise TransferError(f"{path}: name the export FILE.csv or FILE.json to choose its format.")
    rows = [_export_row(row) for row in store.entries(newest_first=False)]
    if kind == ".json":
        import json

        text = json.dumps(rows, ensure_ascii=False, indent=1) + "\n"
    else:
        import csv
        import io

        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer)
        writer.writerow(COLUMNS)
        writer.writerows([["" if row[c] is None else str(row[c]) for c in COLUMNS] for row in rows])
        text = buffer.getvalue()
    try:
        _write_atomically(path, text.encode("utf-8"))
    except OSError as exc:
        raise TransferError(
            f"Could not write {path} ({exc.strerror or exc}). Choose another folder, or free "
            "some disk space, and export again."
        ) from None
    return len(rows)


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def _export_row(row: EntryRow) -> dict[str, Any]:
    entry, session = row.entry, row.session
    return {
        "entry_uuid": entry.uuid,
        "session_uuid": entry.session_uuid,
        "started_at": to_stamp(session.started_at),
        "muscle": entry.muscle,
        "side": entry.side,
        "rolled_s": _number(entry.rolled_s),
        "held_s": _number(entry.held_s),
        "tenderness": entry.tenderness,
        "routine": session.routine,
        "source": session.source,
        "note": entry.note,
    }


def _write_atomically(path: Path, data: bytes) -> None:
    """A temporary file in the same folder, synced, then renamed over ``path``."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def import_history(store: HistoryStore, path: Path, muscle_ids: Sequence[str]) -> ImportReport:
    """Merge an export into the store; bad rows are skipped and reported, good rows go in."""
    text = read_import_text(path)
    records, lines, problems, duplicates = parse_import(text, str(path), muscle_ids, path.suffix)
    result = store.merge(records)
    problems += [
        (lines[uuid], f"{path}:{lines[uuid]}: {why}; row skipped") for uuid, why in result.conflicts
    ]
    problems.sort(key=lambda pair: pair[0])
    return ImportReport(
        added=len(result.added),
        present=len(result.present) + duplicates,
        skipped=len(problems),
        problems=tuple(message for _, message in problems),
    )


def read_import_text(path: Path) -> str:
    """The text of an import file, or TransferError saying in one line why it cannot be read."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise TransferError(f"{path}: no such file. Check the name and try again.") from None
    except OSError as exc:
        raise TransferError(f"{path}: cannot be read ({exc.strerror}). Check the name.") from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise TransferError(
            f"{path} is not a regular file: give the .csv or .json file that "
            "foamroll history export wrote."
        )
    with os.fdopen(fd, "rb") as handle:
        data = handle.read(MAX_IMPORT_BYTES + 1)
    if len(data) > MAX_IMPORT_BYTES:
        raise TransferError(
            f"{path} is larger than the 20 MB an import may be. Split it into smaller files "
            "and import each."
        )
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise TransferError(
            f"{path}:{line}: holds a NUL byte, so it is not a CSV or JSON export. Give the "
            "file that foamroll history export wrote."
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise TransferError(
            f"{path}:{line}: is not UTF-8 text (byte {exc.start}). Save the file as UTF-8 and "
            "import it again."
        ) from None


def parse_import(
    text: str, name: str, muscle_ids: Sequence[str], suffix: str = ""
) -> tuple[Records, dict[str, int], list[tuple[int, str]], int]:
    """Checked records, the line of each entry uuid, (line, problem) pairs, in-file duplicates.

    ``suffix`` (.csv or .json) picks the format; otherwise JSON when the text starts with ``[``.
    """
    kind = suffix.lower()
    if kind not in (".csv", ".json"):
        kind = ".json" if text.lstrip().startswith(("[", "{")) else ".csv"
    items = _json_items(text, name) if kind == ".json" else _csv_items(text, name)
    known = frozenset(muscle_ids)
    sessions: dict[str, tuple[Session, int]] = {}
    entries: list[Entry] = []
    lines: dict[str, int] = {}
    problems: list[tuple[int, str]] = []
    duplicates = 0
    for line, item in items:
        try:
            session, entry = _checked(item, known)
        except InvalidEntryError as exc:
            problems.append((line, f"{name}:{line}: {exc}; row skipped"))
            continue
        first = sessions.setdefault(session.uuid, (session, line))
        if first[0] != session:
            problems.append(
                (
                    line,
                    f"{name}:{line}: session_uuid {session.uuid} has another started_at, routine "
                    f"or source on line {first[1]}; row skipped",
                )
            )
        elif entry.uuid in lines:
            duplicates += 1
        else:
            lines[entry.uuid] = line
            entries.append(entry)
    used = {e.session_uuid for e in entries}
    records = Records(tuple(s for s, _ in sessions.values() if s.uuid in used), tuple(entries))
    return records, lines, problems, duplicates


def _checked(item: Any, known: frozenset[str]) -> tuple[Session, Entry]:
    """One row as a session and an entry, or InvalidEntryError naming the field."""
    if isinstance(item, _BadRow):
        raise InvalidEntryError(item.message)
    if not isinstance(item, Mapping):
        raise InvalidEntryError(f"must be an object with the fields {', '.join(COLUMNS)}")
    missing = [c for c in COLUMNS if c not in item]
    if missing:
        raise InvalidEntryError(
            f"lacks the field{'s' if len(missing) > 1 else ''} {', '.join(missing)}"
        )
    try:
        started = from_stamp(_text(item, "started_at").strip())
    except ValueError:
        raise InvalidEntryError(
            "started_at must be a date and time with its UTC offset, like "
            f"2026-11-16T07:30:00+01:00 (got {_shown(item['started_at'])})"
        ) from None
    muscle = _text(item, "muscle").strip()
    if muscle not in known:
        raise InvalidEntryError(
            f"muscle {_shown(muscle)} is not a muscle group Foamroll knows "
            f"({', '.join(sorted(known))})"
        )
    source = _text(item, "source").strip() or "import"
    if source not in SOURCES:
        raise InvalidEntryError(f"source must be timer, manual or import (got {_shown(source)})")
    session = check_session(
        Session(
            check_uuid(_text(item, "session_uuid"), "session_uuid"),
            started,
            started,
            _text(item, "routine"),
            source,  # checked just above
        )
    )
    entry = check_entry(
        Entry(
            check_uuid(_text(item, "entry_uuid"), "entry_uuid"),
            session.uuid,
            muscle,
            cast(Side, _text(item, "side").strip()),  # check_entry checks it
            _seconds(item, "rolled_s"),
            _seconds(item, "held_s"),
            _tenderness(item),
            _text(item, "note"),
        )
    )
    return session, entry


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _text(item: Mapping[str, Any], field: str) -> str:
    value = item[field]
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InvalidEntryError(f"{field} must be text (got {_shown(value)})")
    return value


def _seconds(item: Mapping[str, Any], field: str) -> float:
    value = item[field]
    if isinstance(value, str):
        try:
            value = float(value.strip())
        except ValueError:
            raise InvalidEntryError(
                f"{field} must be a number of seconds (got {_shown(value)})"
            ) from None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise InvalidEntryError(f"{field} must be a number of seconds (got {_shown(item[field])})")
    if value < 0:
        raise InvalidEntryError(f"{field} must be zero or more seconds (got {_shown(item[field])})")
    return float(value)


def _tenderness(item: Mapping[str, Any]) -> int | None:
    value = item["tenderness"]
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    number: object = value
    if isinstance(value, str):
        number = int(value.strip()) if value.strip().isdigit() else value
    elif isinstance(value, float) and value.is_integer():
        number = int(value)
    if isinstance(number, bool) or not isinstance(number, int) or not 0 <= number <= 10:
        raise InvalidEntryError(
            f"tenderness must be a whole number from 0 to 10, or empty (got {_shown(value)})"
        )
    return number


def _csv_items(text: str, name: str) -> Iterator[tuple[int, dict[str, str] | _BadRow]]:
    import csv
    import io

    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
        if header is None:
            raise TransferError(f"{name}: is empty; there is nothing to import.")
        names = [h.strip() for h in header]
        missing = [c for c in COLUMNS if c not in names]
        if missing:
            which = f" (missing: {', '.join(missing)})" if len(missing) < len(COLUMNS) else ""
            raise TransferError(
                f"{name}:1: the first line must name the columns {','.join(COLUMNS)}{which}. "
                "Import a file that foamroll history export wrote."
            )
        while True:
            start = reader.line_num + 1
            row = next(reader, None)
            if row is None:
                return
            if not row or all(not cell.strip() for cell in row):
                continue
            if len(row) != len(names):
                yield (
                    start,
                    _BadRow(f"has {len(row)} fields where the first line names {len(names)}"),
                )
                continue
            yield start, dict(zip(names, row, strict=True))
    except csv.Error as exc:
        raise TransferError(
            f"{name}:{reader.line_num}: the CSV is broken here ({exc}); nothing was imported. "
            "Fix that line or export the file again."
        ) from None


def _json_items(text: str, name: str) -> list[tuple[int, Any]]:
    import json

    decoder = json.JSONDecoder()
    items: list[tuple[int, Any]] = []
    position = _WHITESPACE.match(text, 0).end()  # type: ignore[union-attr]
    line, counted = 1, 0

    def fail(at: int, what: str) -> TransferError:
        where = text.count("\n", 0, at) + 1
        return TransferError(
            f"{name}:{where}: the JSON is broken here ({what}); nothing was imported. A JSON "
            "import is a list of entries, [{...}, {...}], as foamroll history export writes it."
        )

    if text[position : position + 1] != "[":
        raise fail(position, "it does not start with [")
    position = _WHITESPACE.match(text, position + 1).end()  # type: ignore[union-attr]
    if text[position : position + 1] == "]":
        position += 1
    else:
        while True:
            line += text.count("\n", counted, position)
            counted = position
            try:
                value, position = decoder.raw_decode(text, position)
            except json.JSONDecodeError as exc:
                raise fail(exc.pos, exc.msg) from None
            except (ValueError, RecursionError) as exc:
                raise fail(position, str(exc) or "nested too deeply") from None
            items.append((line, value))
            position = _WHITESPACE.match(text, position).end()  # type: ignore[union-attr]
            token = text[position : position + 1]
            position += 1
            if token == "]":
                break
            if token != ",":
                raise fail(position - 1, "expected , or ] after an entry")
            position = _WHITESPACE.match(text, position).end()  # type: ignore[union-attr]
    if text[position:].strip(" \t\n\r"):
        raise fail(position, "more text after the closing ]")
    return items
