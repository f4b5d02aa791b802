"""Fixtures for the history tests: a fixed 'now', the shipped muscle ids, an open store."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

import pytest

from foamroll_gui.core.history import HistoryStore, Session, history_path, open_history

CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))
# The shipped muscle groups, in content order (the history module is only ever given ids).
MUSCLES = (
    "calves",
    "shins",
    "peroneals",
    "hamstrings",
    "quadriceps",
    "adductors",
    "it-band",
    "tfl",
    "glutes",
    "piriformis",
    "lats",
    "upper-back",
)


@pytest.fixture
def now() -> datetime:
    """Wednesday 18 November 2026, 08:00 in Central Europe: ISO week 2026-W47."""
    return datetime(2026, 11, 18, 8, 0, tzinfo=CET)


@pytest.fixture
def muscles() -> tuple[str, ...]:
    return MUSCLES


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return history_path(tmp_path / "data")


@pytest.fixture
def store(db_path: Path, now: datetime) -> Iterator[HistoryStore]:
    opened = open_history(db_path, now=now)
    assert opened.notice is None
    yield opened.store
    opened.store.close()


class Roller:
    """Adds hand-made sessions: ``roll(date(2026, 11, 16), "calves:left", "shins:both")``."""

    def __init__(self, store: HistoryStore) -> None:
        self.store = store

    def __call__(
        self,
        when: date | datetime,
        *parts: str,
        minutes: float = 1.0,
        tenderness: int | None = None,
    ) -> Session:
        started = when if isinstance(when, datetime) else datetime.combine(when, time(12), CET)
        session = self.store.begin_session(started, source="manual")
        for part in parts:
            muscle, side = part.split(":")
            self.store.add_entry(session.uuid, muscle, side, minutes * 60, 0, tenderness)  # type: ignore[arg-type]
        return self.store.end_session(session.uuid, started)


@pytest.fixture
def roll(store: HistoryStore) -> Roller:
    return Roller(store)
