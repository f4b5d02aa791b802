"""The log's own rotation (no logging.handlers at start-up): the newest old lines are in
``foamroll.log.1``, the oldest file is dropped, and a log that is not a regular file is never
rotated."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from foamroll_gui.core import logbook
from foamroll_gui.core.logbook import LOG_FILE, Logbook, open_logbook


@pytest.fixture
def small_log(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Logbook]:
    """A logbook that rolls over at 100 bytes, keeping two old files."""
    monkeypatch.setattr(logbook, "MAX_BYTES", 100)
    monkeypatch.setattr(logbook, "BACKUPS", 2)
    book = open_logbook(tmp_path, logger_name="foamroll.rotation")
    book.handler.setFormatter(logging.Formatter("%(message)s"))
    yield book
    book.close()


def test_old_lines_move_down_the_numbered_files_and_the_oldest_goes(
    small_log: Logbook, tmp_path: Path
) -> None:
    log = logging.getLogger("foamroll.rotation")
    for number in range(8):  # 40 bytes each: two lines a file
        log.warning("line %d %s", number, "x" * 32)
    small_log.handler.flush()

    def lines(name: str) -> list[str]:
        return [line[:6] for line in (tmp_path / name).read_text().splitlines()]

    assert lines(LOG_FILE) == ["line 6", "line 7"]
    assert lines(f"{LOG_FILE}.1") == ["line 4", "line 5"]
    assert lines(f"{LOG_FILE}.2") == ["line 2", "line 3"]
    assert not (tmp_path / f"{LOG_FILE}.3").exists()  # lines 0 and 1 are gone


def test_a_new_run_appends_to_the_last_runs_log(tmp_path: Path) -> None:
    (tmp_path / LOG_FILE).write_text("from the last run\n", encoding="utf-8")
    book = open_logbook(tmp_path, logger_name="foamroll.again")
    try:
        logging.getLogger("foamroll.again").warning("this run")
        book.handler.flush()
    finally:
        book.close()
    text = (tmp_path / LOG_FILE).read_text(encoding="utf-8")
    assert text.startswith("from the last run\n") and "this run" in text
