"""The app's log file: what happened, for a bug report, never on the console.

:func:`open_logbook` sends the log records (the app logs under ``foamroll.*``) to
``<data dir>/logs/foamroll.log``, rotated at about 1 MB with three old files kept. When that
folder cannot be written the records go nowhere and nothing is said: a log must never stop the
app or print to a terminal.
:class:`Burst` decides when an unexpected error is worth telling the user about (once per burst
of errors, not a storm of dialogs). No Qt here: the Qt side (its messages, the apology dialog)
lives in ``ui/``.
"""

from __future__ import annotations

import logging
import os
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

#: The logger every module of the app logs under (``logging.getLogger("foamroll.<part>")``).
LOGGER_NAME = "foamroll"
LOG_FOLDER = "logs"
LOG_FILE = "foamroll.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_folder(data_dir: Path) -> Path:
    """Where the log files are: the ``logs`` folder in the data folder."""
    return data_dir / LOG_FOLDER


class _QuietRotatingHandler(logging.FileHandler):
    """A log file that starts afresh at about ``max_bytes``, keeping ``backups`` old files
    (``foamroll.log.1`` the newest), as ``logging.handlers.RotatingFileHandler`` does; that
    module is not imported at start-up (it pulls in socket, pickle and queue: about 8 ms). Never
    prints its own failures (a full disk, a folder removed while the app runs) to the console,
    as :class:`logging.Handler` does."""

    def __init__(self, path: Path, max_bytes: int, backups: int) -> None:
        super().__init__(path, mode="a", encoding="utf-8")
        self.max_bytes = max_bytes
        self.backups = backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full(record):
                self._roll_over()
            super().emit(record)
        except Exception:
            self.handleError(record)

    def _full(self, record: logging.LogRecord) -> bool:
        if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
            return False  # never roll over anything but a regular file
        if self.stream is None:
            self.stream = self._open()
        self.stream.seek(0, os.SEEK_END)
        return self.stream.tell() + len(self.format(record)) + 1 >= self.max_bytes

    def _roll_over(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # FileHandler reopens it
        base = self.baseFilename
        for number in range(self.backups - 1, 0, -1):
            if os.path.exists(f"{base}.{number}"):
                os.replace(f"{base}.{number}", f"{base}.{number + 1}")
        if os.path.exists(base):
            os.replace(base, f"{base}.1")
        self.stream = self._open()

    def handleError(self, record: logging.LogRecord) -> None:
        return None


@dataclass
class Logbook:
    """The log of one run. ``path`` is the log file, or None when nothing is written."""

    logger: logging.Logger
    path: Path | None
    handler: logging.Handler
    #: the logger's level and propagation before, given back by :meth:`close`
    _before: tuple[int, bool] = (logging.NOTSET, True)

    @property
    def folder(self) -> Path | None:
        return None if self.path is None else self.path.parent

    def close(self) -> None:
        """Stop writing (the file is flushed and closed)."""
        self.logger.removeHandler(self.handler)
        self.handler.close()
        self.logger.setLevel(self._before[0])
        self.logger.propagate = self._before[1]


def open_logbook(folder: Path, *, logger_name: str = "", level: int = logging.INFO) -> Logbook:
    """Log ``logger_name`` (all loggers by default, the app's and its libraries') to
    ``folder/foamroll.log`` (the folder is created if missing). If the folder cannot be made or
    written, the records are dropped silently (``path`` is None): the handler added keeps
    Python's last-resort handler from printing them."""
    logger = logging.getLogger(logger_name)
    before = (logger.level, logger.propagate)
    logger.setLevel(level)
    logger.propagate = False  # never to a console handler higher up
    handler: logging.Handler
    path: Path | None = folder / LOG_FILE
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = _QuietRotatingHandler(folder / LOG_FILE, MAX_BYTES, BACKUPS)
    except OSError:
        handler, path = logging.NullHandler(), None  # nothing printed: see logging.lastResort
    handler.setFormatter(logging.Formatter(FORMAT))
    logger.addHandler(handler)
    return Logbook(logger, path, handler, before)


def traceback_text(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> str:
    """The whole traceback of an exception, as Python would print it."""
    return "".join(traceback.format_exception(kind, error, trace)).rstrip("\n")


@dataclass
class Burst:
    """Errors closer together than ``quiet_seconds`` are one burst: only its first is told.

    ``now`` is monotonic seconds, passed in by the caller (time is data)."""

    quiet_seconds: float = 10.0
    _last: float | None = field(default=None, init=False)

    def should_tell(self, now: float) -> bool:
        """Record an error at ``now``; True when it starts a new burst."""
        last, self._last = self._last, now
        return last is None or now - last >= self.quiet_seconds
