"""The store keeps every roll at once, gives back exactly what was put in, and undoes cleanly."""

from __future__ import annotations

import dataclasses
import threading
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from foamroll_gui.core.history import (
    DiskFullError,
    Entry,
    HistoryBusyError,
    HistoryStore,
    InvalidEntryError,
    NotFoundError,
    Records,
    Session,
    empty_history,
    open_history,
)

CET = timezone(timedelta(hours=1))


def test_a_timer_session_is_on_disk_entry_by_entry(db_path: Path, now: datetime) -> None:
    store = open_history(db_path, now=now).store
    session = store.begin_session(now, routine="pre-run")
    first = store.add_entry(session.uuid, "calves", "left", 75.5, 30, tenderness=6, note="tight")
    # A second connection (another process, or the app after a crash) sees it at once.
    other = open_history(db_path, now=now).store
    assert [row.entry for row in other.entries()] == [first]
    assert other.session(session.uuid).ended_at is None
    store.add_entry(session.uuid, "calves", "right", 60)
    ended = store.end_session(session.uuid, now + timedelta(minutes=6))
    assert other.session(session.uuid) == ended
    assert ended.ended_at == datetime(2026, 11, 18, 8, 6, tzinfo=CET)
    assert other.count() == 2
    store.close()
    other.close()


def test_times_keep_the_offset_the_user_lived_in(store: HistoryStore) -> None:
    summer = datetime(2026, 7, 1, 6, 45, 12, 999, tzinfo=timezone(timedelta(hours=2)))
    session = store.begin_session(summer, source="timer")
    stamp = store.query("SELECT started_at FROM sessions WHERE uuid = ?", (session.uuid,))[0][0]
    assert stamp == "2026-07-01T06:45:12+02:00"
    assert store.session(session.uuid).started_at.utcoffset() == timedelta(hours=2)


def test_log_roll_left_and_right_is_one_session_of_two_entries(
    store: HistoryStore, now: datetime
) -> None:
    added = store.log_roll(date(2026, 11, 16), "calves", "left+right", 2.5, 4, "post run", now=now)
    assert len(added.sessions) == 1 and added.sessions[0].source == "manual"
    assert [e.side for e in added.entries] == ["left", "right"]
    assert all(e.rolled_s == 150 and e.tenderness == 4 for e in added.entries)
    assert added.sessions[0].started_at == datetime(2026, 11, 16, 12, 0, tzinfo=CET)
    today = store.log_roll(now.date(), "glutes", "both", 1, now=now)
    assert today.sessions[0].started_at == now
    assert store.count() == 3


def test_undo_and_redo_of_a_logged_roll(store: HistoryStore, now: datetime) -> None:
    added = store.log_roll(now.date(), "shins", "left+right", 1, now=now)
    store.remove(added)
    assert store.count() == 0
    assert store.query("SELECT count(*) FROM sessions")[0][0] == 0
    store.restore(added)  # redo puts back the very same records
    assert {row.entry for row in store.entries()} == set(added.entries)


def test_delete_entry_and_undo(store: HistoryStore, now: datetime) -> None:
    added = store.log_roll(now.date(), "lats", "left+right", 1, now=now)
    left, right = added.entries
    removed = store.delete_entry(left.uuid)
    assert removed == Records((), (left,))  # the session still holds the right side
    removed_last = store.delete_entry(right.uuid)
    assert removed_last == Records(added.sessions, (right,))  # now it is empty: gone too
    assert store.query("SELECT count(*) FROM sessions")[0][0] == 0
    store.restore(removed_last)
    store.restore(removed)
    assert {row.entry for row in store.entries()} == {left, right}
    with pytest.raises(NotFoundError, match=r"no longer in the history.*refresh"):
        store.delete_entry("00000000-0000-4000-8000-000000000000")


def test_update_entry_changes_only_what_is_given_and_can_be_undone(
    store: HistoryStore, now: datetime
) -> None:
    (entry,) = store.log_roll(now.date(), "quadriceps", "left", 2, 5, "sore", now=now).entries
    old = store.update_entry(entry.uuid, tenderness=None, side="right")
    assert old == entry
    assert store.entry(entry.uuid) == dataclasses.replace(entry, tenderness=None, side="right")
    store.replace_entry(old)
    assert store.entry(entry.uuid) == entry
    with pytest.raises(InvalidEntryError, match="tenderness"):
        store.update_entry(entry.uuid, tenderness=11)
    assert store.entry(entry.uuid) == entry


def test_moving_a_session_moves_its_entries_to_the_new_day(
    store: HistoryStore, now: datetime
) -> None:
    added = store.log_roll(date(2026, 11, 10), "adductors", "both", 2, now=now)
    session = added.sessions[0]
    store.update_session(session.uuid, started_at=datetime(2026, 11, 17, 19, 0, tzinfo=CET))
    (row,) = store.entries(since=date(2026, 11, 17))
    assert row.entry == added.entries[0]
    assert store.entries(until=date(2026, 11, 16)) == []


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"muscle": "Calves!"}, "muscle"),
        ({"side": "up"}, "side"),
        ({"rolled_s": -1.0}, "rolled_s"),
        ({"held_s": float("nan")}, "held_s"),
        ({"rolled_s": 90_000.0}, "rolled_s"),
        ({"tenderness": -1}, "tenderness"),
        ({"tenderness": True}, "tenderness"),
        ({"note": "x\x00y"}, "note"),
        ({"note": "lone \ud800 surrogate"}, "note"),
    ],
)
def test_bad_values_are_refused_with_the_field_named(
    store: HistoryStore, now: datetime, change: dict[str, object], field: str
) -> None:
    session = store.begin_session(now)
    values: dict[str, object] = {"muscle": "calves", "side": "left", "rolled_s": 60.0}
    values |= change
    with pytest.raises(InvalidEntryError, match=field):
        store.add_entry(session.uuid, **values)  # type: ignore[arg-type]
    assert store.count() == 0


def test_log_roll_refuses_the_future_and_naive_times(store: HistoryStore, now: datetime) -> None:
    with pytest.raises(InvalidEntryError, match="future"):
        store.log_roll(date(2026, 11, 19), "calves", "left", 1, now=now)
    with pytest.raises(InvalidEntryError, match="UTC offset"):
        store.log_roll(date(2026, 11, 18), "calves", "left", 1, now=now.replace(tzinfo=None))
    with pytest.raises(InvalidEntryError, match="minutes"):
        store.log_roll(date(2026, 11, 18), "calves", "left", 0, now=now)
    with pytest.raises(NotFoundError):
        store.add_entry("00000000-0000-4000-8000-000000000000", "calves", "left", 1)
    assert store.count() == 0


def test_a_failed_transaction_leaves_nothing_behind(store: HistoryStore, now: datetime) -> None:
    store.log_roll(now.date(), "tfl", "left", 1, now=now)

    def boom() -> None:
        raise RuntimeError("crash in the middle")

    with pytest.raises(RuntimeError), store.transaction() as conn:
        conn.execute("DELETE FROM entries")
        boom()
    assert store.count() == 1


def test_disk_full_on_commit_is_typed_and_nothing_is_half_written(
    store: HistoryStore, now: datetime
) -> None:
    store.log_roll(now.date(), "calves", "left", 1, now=now)
    pages = store.query("PRAGMA page_count")[0][0]
    store._conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk is now full
    session = Session("11111111-1111-4111-8111-111111111111", now, now, "", "import")
    many = tuple(
        Entry(
            f"22222222-2222-4222-8222-{i:012d}", session.uuid, "calves", "left", 60, 0, 3, "n" * 500
        )
        for i in range(100)
    )
    with pytest.raises(DiskFullError, match=r"disk .* is full.*Free some disk space"):
        store.merge(Records((session,), many))
    assert store.count() == 1
    assert store.query("SELECT count(*) FROM sessions")[0][0] == 1
    assert store.query("PRAGMA integrity_check") == [("ok",)]
    store._conn.execute("PRAGMA max_page_count = 1073741823")  # space freed: it works again
    store.merge(Records((session,), many))
    assert store.count() == 101


def test_a_store_locked_by_another_copy_is_a_typed_error(db_path: Path, now: datetime) -> None:
    first = open_history(db_path, now=now).store
    second = open_history(db_path, now=now, busy_timeout_ms=50).store
    with (
        first.transaction(),
        pytest.raises(HistoryBusyError, match="locked by another program"),
    ):
        second.log_roll(now.date(), "calves", "left", 1, now=now)
    second.log_roll(now.date(), "calves", "left", 1, now=now)
    assert first.count() == 1
    first.close()
    second.close()


def test_two_copies_writing_at_once_lose_and_break_nothing(db_path: Path, now: datetime) -> None:
    open_history(db_path, now=now).store.close()
    errors: list[BaseException] = []

    def log(muscle: str) -> None:
        try:
            with open_history(db_path, now=now).store as store:
                for _ in range(25):
                    store.log_roll(now.date(), muscle, "left+right", 1, now=now)
        except BaseException as exc:  # reported below, in the test's thread
            errors.append(exc)

    threads = [threading.Thread(target=log, args=(m,)) for m in ("calves", "glutes")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with open_history(db_path, now=now).store as store:
        assert store.count() == 100
        assert store.query("PRAGMA integrity_check") == [("ok",)]
        assert len(store.entries(muscle="glutes")) == 50


def test_entries_list_newest_first_with_filters(store: HistoryStore, now: datetime) -> None:
    for day in (10, 12, 14, 16):
        store.log_roll(date(2026, 11, day), "calves" if day != 14 else "shins", "left", 1, now=now)
    days = [row.session.day.day for row in store.entries()]
    assert days == [16, 14, 12, 10]
    assert [r.session.day.day for r in store.entries(since=date(2026, 11, 12), limit=2)] == [16, 14]
    assert [r.session.day.day for r in store.entries(muscle="calves", newest_first=False)] == [
        10,
        12,
        16,
    ]


entries_strategy = st.lists(
    st.tuples(
        st.sampled_from(["calves", "it-band", "upper-back"]),
        st.sampled_from(["left", "right", "both"]),
        st.floats(min_value=0, max_value=86_400, allow_nan=False),
        st.floats(min_value=0, max_value=3_600, allow_nan=False),
        st.none() | st.integers(min_value=0, max_value=10),
        st.text(st.characters(exclude_characters="\x00", exclude_categories=["Cs"]), max_size=30),
    ),
    max_size=8,
)


@settings(max_examples=40, deadline=None)
@given(
    rows=entries_strategy,
    started=st.datetimes(
        min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(CET)
    )
    | st.datetimes(
        min_value=datetime(2000, 1, 1),
        max_value=datetime(2100, 1, 1),
        timezones=st.builds(
            lambda m: timezone(timedelta(minutes=m)), st.integers(min_value=-720, max_value=840)
        ),
    ),
)
def test_what_goes_in_comes_out(
    rows: list[tuple[str, str, float, float, int | None, str]], started: datetime
) -> None:
    with empty_history() as store:
        session = store.begin_session(started, routine="r", source="timer")
        put = [store.add_entry(session.uuid, *row) for row in rows]  # type: ignore[arg-type]
        got = store.entries(newest_first=False)
        assert [row.entry for row in got] == put
        assert all(row.session == session for row in got)
        assert session.started_at == started.replace(microsecond=0)
        assert session.started_at.utcoffset() == started.utcoffset()


operations = st.lists(
    st.tuples(
        st.sampled_from(["log", "delete", "update", "move", "undo"]),
        st.integers(min_value=0, max_value=30),
        st.sampled_from(["calves", "shins", "lats"]),
        st.sampled_from(["left", "right", "both", "left+right"]),
    ),
    max_size=25,
)


@settings(max_examples=40, deadline=None)
@given(steps=operations)
def test_the_per_session_muscle_table_always_matches_the_entries(
    steps: list[tuple[str, int, str, str]],
) -> None:
    now = datetime(2026, 11, 18, 8, 0, tzinfo=CET)
    logged: list[Records] = []
    with empty_history() as store:
        for action, number, muscle, sides in steps:
            rows = store.entries()
            if action == "log" or not rows:
                day = now.date() - timedelta(days=number)
                logged.append(store.log_roll(day, muscle, sides, 1, now=now))  # type: ignore[arg-type]
                continue
            row = rows[number % len(rows)]
            if action == "delete":
                store.delete_entry(row.entry.uuid)
            elif action == "update":
                side = "both" if sides == "left+right" else sides
                store.update_entry(row.entry.uuid, muscle=muscle, side=side)  # type: ignore[arg-type]
            elif action == "move":
                store.update_session(row.session.uuid, started_at=now - timedelta(days=number))
            elif logged:
                store.remove(logged.pop())
        derived = store.query(
            "SELECT session_uuid, muscle, day, entries FROM session_muscles ORDER BY 1, 2"
        )
        expected = store.query(
            "SELECT session_uuid, muscle, day, count(*) FROM entries GROUP BY 1, 2 ORDER BY 1, 2"
        )
        assert derived == expected
