"""Opening the history: new, old, newer, damaged, foreign, and unreachable files."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from foamroll_gui.core.history import (
    HistoryStore,
    HistoryUnavailableError,
    ReadOnlyHistoryError,
    Records,
    Review,
    UpgradeError,
    history_path,
    open_history,
)
from foamroll_gui.core.history.schema import MIGRATIONS

STAMP = "20261118T080000"  # the fixture's now, as it names copies made aside


def _raw(path: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _fill(path: Path, now: datetime, rolls: int = 3) -> Records:
    with open_history(path, now=now).store as store:
        added = [
            store.log_roll(now.date(), "calves", "left+right", 1, now=now) for _ in range(rolls)
        ]
    return Records(
        tuple(s for r in added for s in r.sessions), tuple(e for r in added for e in r.entries)
    )


def _add_column(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE entries ADD COLUMN pressure TEXT")


def test_a_new_store_is_wal_with_foreign_keys_at_the_latest_version(
    db_path: Path, now: datetime
) -> None:
    opened = open_history(db_path, now=now)
    store = opened.store
    assert (opened.notice, opened.moved_aside, opened.backup) == (None, None, None)
    assert not store.read_only
    assert store.query("PRAGMA journal_mode") == [("wal",)]
    assert store.query("PRAGMA foreign_keys") == [(1,)]
    assert store.query("PRAGMA busy_timeout") == [(5000,)]
    assert store.query("PRAGMA user_version") == [(len(MIGRATIONS),)]
    store.close()
    assert db_path.name == "history.sqlite"


@pytest.mark.parametrize("version", range(len(MIGRATIONS)))
def test_every_earlier_version_is_migrated(tmp_path: Path, now: datetime, version: int) -> None:
    path = tmp_path / "history.sqlite"
    path.write_bytes(b"")  # version 0: an empty file
    conn = sqlite3.connect(path, isolation_level=None)
    for step in MIGRATIONS[:version]:
        step(conn)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.close()
    opened = open_history(path, now=now)
    assert opened.store.query("PRAGMA user_version") == [(len(MIGRATIONS),)]
    opened.store.log_roll(now.date(), "calves", "both", 1, now=now)
    assert opened.store.count() == 1
    assert (opened.backup is None) == (version == 0)  # an empty file holds nothing to keep
    opened.store.close()


def test_a_migration_copies_the_file_aside_first_and_keeps_the_data(
    db_path: Path, now: datetime
) -> None:
    records = _fill(db_path, now)
    opened = open_history(db_path, now=now, migrations=(*MIGRATIONS, _add_column))
    assert opened.backup == db_path.with_name(f"history.sqlite.before-v2-{STAMP}")
    assert opened.store.query("PRAGMA user_version") == [(2,)]
    assert {row.entry for row in opened.store.entries()} == set(records.entries)
    opened.store.close()
    assert _raw(opened.backup, "PRAGMA user_version") == [(1,)]
    assert _raw(opened.backup, "SELECT count(*) FROM entries") == [(6,)]
    again = open_history(db_path, now=now, migrations=(*MIGRATIONS, _add_column))
    assert again.backup is None  # already at version 2: nothing to copy
    again.store.close()


def test_a_copy_made_aside_never_overwrites_an_earlier_one(db_path: Path, now: datetime) -> None:
    _fill(db_path, now)
    earlier = db_path.with_name(f"history.sqlite.before-v2-{STAMP}")
    earlier.write_bytes(b"an earlier copy")
    opened = open_history(db_path, now=now, migrations=(*MIGRATIONS, _add_column))
    assert opened.backup == db_path.with_name(f"history.sqlite.before-v2-{STAMP}-2")
    assert earlier.read_bytes() == b"an earlier copy"
    opened.store.close()


def test_a_failing_migration_leaves_the_file_as_it_was(db_path: Path, now: datetime) -> None:
    records = _fill(db_path, now)

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE entries ADD COLUMN half_done TEXT")
        raise ValueError("bug in migration")

    with pytest.raises(UpgradeError, match=r"left as it was; a copy from before is at .*before-v2"):
        open_history(db_path, now=now, migrations=(*MIGRATIONS, broken))
    with open_history(db_path, now=now).store as store:
        assert store.query("PRAGMA user_version") == [(1,)]
        assert "half_done" not in {row[1] for row in store.query("PRAGMA table_info(entries)")}
        assert {row.entry for row in store.entries()} == set(records.entries)


@pytest.mark.parametrize(
    "content",
    [b"not a database at all\n" * 200, b"SQLite format 3\x00" + b"\xff" * 5000, os.urandom(4096)],
    ids=["text", "bad-header", "random"],
)
def test_a_file_that_is_not_sqlite_is_moved_aside_and_a_new_store_starts(
    db_path: Path, now: datetime, content: bytes
) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(content)
    opened = open_history(db_path, now=now)
    moved = db_path.with_name(f"history.sqlite.corrupt-{STAMP}")
    assert opened.moved_aside == moved
    assert moved.read_bytes() == content  # kept, byte for byte
    assert opened.notice is not None
    assert str(moved) in opened.notice and "Nothing was deleted" in opened.notice
    assert opened.store.count() == 0
    opened.store.log_roll(now.date(), "calves", "left", 1, now=now)
    opened.store.close()


def test_a_file_failing_its_integrity_check_is_moved_aside(db_path: Path, now: datetime) -> None:
    with open_history(db_path, now=now).store as store:
        for _ in range(300):
            store.log_roll(now.date(), "calves", "left+right", 1, note="x" * 100, now=now)
        store.query("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(db_path.read_bytes())
    page = 4096 * (len(data) // 4096 // 2)  # a page in the middle of the file
    data[page + 1000 : page + 1400] = b"A" * 400
    db_path.write_bytes(bytes(data))
    opened = open_history(db_path, now=now)
    assert opened.moved_aside is not None and opened.moved_aside.read_bytes() == bytes(data)
    assert opened.notice is not None and "damaged" in opened.notice
    assert opened.store.count() == 0
    opened.store.close()


def test_its_write_ahead_log_moves_with_a_damaged_file(db_path: Path, now: datetime) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"garbage" * 100)
    Path(f"{db_path}-wal").write_bytes(b"stale log")
    opened = open_history(db_path, now=now)
    assert Path(f"{opened.moved_aside}-wal").read_bytes() == b"stale log"
    assert opened.store.count() == 0
    opened.store.close()


def test_a_foreign_sqlite_file_is_moved_aside(db_path: Path, now: datetime) -> None:
    db_path.parent.mkdir(parents=True)
    _raw(db_path, "CREATE TABLE recipes (name TEXT)")
    opened = open_history(db_path, now=now)
    assert opened.notice is not None and "not a Foamroll history" in opened.notice
    assert opened.moved_aside is not None
    assert _raw(opened.moved_aside, "SELECT name FROM sqlite_schema") == [("recipes",)]
    opened.store.close()


def test_a_newer_version_opens_read_only_and_says_so(
    db_path: Path, now: datetime, muscles: tuple[str, ...]
) -> None:
    records = _fill(db_path, now)
    _raw(db_path, "PRAGMA user_version = 7")
    before = db_path.read_bytes()
    opened = open_history(db_path, now=now)
    store = opened.store
    assert store.read_only
    assert opened.notice is not None
    assert "newer version of Foamroll" in opened.notice and "Update Foamroll" in opened.notice
    review = Review(store, muscles)  # reading works
    row = review.week_summary(review.week_of(now.date()), now.date()).rows[0]
    assert (row.muscle, row.sessions) == ("calves", 3)
    with pytest.raises(ReadOnlyHistoryError, match="read-only"):
        store.log_roll(now.date(), "calves", "left", 1, now=now)
    with pytest.raises(ReadOnlyHistoryError):
        store.delete_entry(records.entries[0].uuid)
    store.close()
    assert db_path.read_bytes() == before
    assert _raw(db_path, "PRAGMA user_version") == [(7,)]


def test_a_data_folder_that_cannot_be_made_is_a_plain_error(tmp_path: Path, now: datetime) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    with pytest.raises(HistoryUnavailableError) as caught:
        open_history(history_path(blocker / "data"), now=now)
    message = str(caught.value)
    assert str(blocker / "data") in message
    assert "Rolls are not saved" in message and "--data-dir" in message


def test_a_folder_where_the_file_should_be_is_a_plain_error(db_path: Path, now: datetime) -> None:
    db_path.mkdir(parents=True)
    with pytest.raises(HistoryUnavailableError, match="is not a file: move it out of the way"):
        open_history(db_path, now=now)


def _can_write(folder: Path) -> bool:
    probe = folder / ".probe"
    try:
        probe.write_text("x")
    except OSError:
        return False
    probe.unlink()
    return True


def test_a_read_only_data_folder_is_a_plain_error(db_path: Path, now: datetime) -> None:
    _fill(db_path, now)
    for name in os.listdir(db_path.parent):  # only the database: no -wal or -shm left over
        assert name == "history.sqlite", name
    db_path.parent.chmod(0o500)
    try:
        if _can_write(db_path.parent):
            pytest.skip("this user can write to a read-only folder (root?)")
        with pytest.raises(HistoryUnavailableError, match="Rolls are not saved"):
            store = open_history(db_path, now=now).store
            store.log_roll(now.date(), "calves", "left", 1, now=now)
            store.close()
    finally:
        db_path.parent.chmod(0o700)


def test_opening_twice_at_once_is_safe(db_path: Path, now: datetime) -> None:
    first = open_history(db_path, now=now).store
    second = open_history(db_path, now=now).store
    first.log_roll(now.date(), "calves", "left", 1, now=now)
    assert second.count() == 1
    for store in (first, second):
        store.close()
    assert isinstance(first, HistoryStore)
