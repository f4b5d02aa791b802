"""The log file: written in the data folder's logs/, rotated, silent when it cannot be written;
and the burst rule that keeps a storm of errors to one apology."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from foamroll_gui.core.logbook import (
    BACKUPS,
    LOG_FILE,
    MAX_BYTES,
    Burst,
    Logbook,
    log_folder,
    open_logbook,
    traceback_text,
)


@pytest.fixture
def opened() -> Iterator[list[Logbook]]:
    """Logbooks a test opens, closed after it (the logging module is process-wide)."""
    books: list[Logbook] = []
    yield books
    for book in books:
        book.close()


def test_records_go_to_the_log_file_in_the_data_folder(
    tmp_path: Path, opened: list[Logbook], capsys: pytest.CaptureFixture[str]
) -> None:
    book = open_logbook(log_folder(tmp_path / "data"))
    opened.append(book)
    logging.getLogger("foamroll.timer").warning("the clock jumped")
    book.handler.flush()

    assert book.path == tmp_path / "data" / "logs" / LOG_FILE
    assert book.folder == tmp_path / "data" / "logs"
    text = book.path.read_text(encoding="utf-8")
    assert "WARNING foamroll.timer: the clock jumped" in text
    assert capsys.readouterr() == ("", "")  # nothing on the console


def test_the_log_rotates_at_about_a_megabyte_keeping_three(
    tmp_path: Path, opened: list[Logbook]
) -> None:
    book = open_logbook(tmp_path, logger_name="foamroll")
    opened.append(book)
    line = "x" * 1000
    for _ in range(5 * MAX_BYTES // 1000):
        logging.getLogger("foamroll").info(line)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [LOG_FILE, *(f"{LOG_FILE}.{n}" for n in range(1, BACKUPS + 1))]
    assert all(p.stat().st_size <= MAX_BYTES + 2000 for p in tmp_path.iterdir())


def test_an_unwritable_folder_logs_nowhere_and_says_nothing(
    tmp_path: Path, opened: list[Logbook], capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the data folder should be", encoding="utf-8")
    book = open_logbook(log_folder(blocker))
    opened.append(book)
    logging.getLogger("foamroll").error("nobody hears this")
    assert book.path is None and book.folder is None
    assert blocker.read_text(encoding="utf-8") == "a file where the data folder should be"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]
    assert capsys.readouterr() == ("", "")


def test_a_log_folder_removed_while_running_says_nothing(
    tmp_path: Path, opened: list[Logbook], capsys: pytest.CaptureFixture[str]
) -> None:
    book = open_logbook(tmp_path / "logs")
    opened.append(book)
    assert book.path is not None
    book.handler.close()  # as if the file went away: writing now fails
    book.path.unlink()
    (tmp_path / "logs").rmdir()
    (tmp_path / "logs").write_text("now a file, not a folder", encoding="utf-8")
    logging.getLogger("foamroll").error("lost")
    assert capsys.readouterr() == ("", "")


def test_closing_gives_the_logger_back(tmp_path: Path) -> None:
    logger = logging.getLogger()
    before = (logger.level, logger.propagate, list(logger.handlers))
    open_logbook(tmp_path).close()
    assert (logger.level, logger.propagate, list(logger.handlers)) == before


def test_traceback_text_is_the_whole_traceback() -> None:
    def fail() -> None:
        raise ValueError("bad value 42")

    try:
        fail()
    except ValueError as error:
        text = traceback_text(type(error), error, error.__traceback__)
    assert text.startswith("Traceback (most recent call last):")
    assert "in fail" in text
    assert text.endswith("ValueError: bad value 42")


def test_errors_close_together_are_one_burst() -> None:
    burst = Burst(quiet_seconds=10.0)
    told = [burst.should_tell(now) for now in (100.0, 100.1, 105.0, 114.9, 125.0, 125.5)]
    # 105 and 114.9 are each within 10 s of the error before them: still the same burst
    assert told == [True, False, False, False, True, False]
