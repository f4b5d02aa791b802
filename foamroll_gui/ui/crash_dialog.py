"""No traceback ever reaches a user: an unexpected error is written to the log and the user gets
a short apology with the log's path, once per burst of errors; the app keeps running.

:class:`CrashReporter` replaces ``sys.excepthook`` and ``threading.excepthook`` (Qt slots and
event handlers end there too); an error in another thread is told on the GUI thread.
:func:`route_qt_messages` sends Qt's own messages to the log instead of the console.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QObject,
    QTimer,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication

from foamroll_gui import __version__
from foamroll_gui.core.logbook import Burst, log_folder, open_logbook, traceback_text

if TYPE_CHECKING:
    from foamroll_gui.ui.apology_dialog import CrashDialog

log = logging.getLogger("foamroll.crash")

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]
ThreadHook = Callable[[threading.ExceptHookArgs], object]


class CrashReporter(QObject):
    """Catches what nothing else caught, logs it, and apologises once per burst."""

    #: an error was logged (its traceback); emitted on the thread it happened in
    crashed = Signal(str)

    def __init__(
        self,
        log_path: Path | None,
        *,
        clock: Callable[[], float] = time.monotonic,
        burst: Burst | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.log_path = log_path
        self.clock = clock
        self.burst = burst or Burst()
        self.dialog: CrashDialog | None = None
        self._previous: tuple[ExceptHook, ThreadHook] | None = None
        #: False between :meth:`attach` and the first turn of the app's event loop
        self._loop_running = True
        # Told on the GUI thread, where this object lives: a signal from another thread is
        # queued there; on the GUI thread the apology waits for the error's handler to unwind.
        # (A QueuedConnection would say the same, but its enum builds Qt's whole namespace of
        # enums, 13 ms, before the first frame.)
        self.crashed.connect(self._tell_soon)

    @property
    def log_folder(self) -> Path | None:
        """The folder of the log file, or None when there is no log file."""
        return None if self.log_path is None else self.log_path.parent

    def attach(self, app: QCoreApplication) -> None:
        """Belong to ``app``. Until its event loop turns, an error ends the start: it is told
        at once, in a dialog that waits (or on stderr when there is no app)."""
        self.setParent(app)
        self._loop_running = False
        QTimer.singleShot(0, self._on_loop_started)

    def _on_loop_started(self) -> None:
        self._loop_running = True

    @property
    def loop_running(self) -> bool:
        return self._loop_running

    def tell_before_exit(self) -> None:
        """The apology now, waiting for the user; on stderr without an app or a screen (the
        offscreen platform: nobody could close a dialog there)."""
        app = QApplication.instance()
        if isinstance(app, QApplication) and app.platformName() != "offscreen":
            from foamroll_gui.ui.apology_dialog import CrashDialog

            CrashDialog(self.log_path).exec()
        else:
            where = f" The details are in {self.log_path}." if self.log_path else ""
            print(f"foamroll: something went wrong while starting.{where}", file=sys.stderr)

    def install(self) -> None:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.on_exception
        threading.excepthook = self.on_thread_exception

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None

    def on_exception(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt | SystemExit) and self._previous is not None:
            self._previous[0](kind, error, trace)
            return
        text = traceback_text(kind, error, trace)
        log.error("unexpected error\n%s", text)
        if self._loop_running or threading.current_thread() is not threading.main_thread():
            self.crashed.emit(text)
        else:  # the start failed before the window's event loop ran: the process ends now
            self.tell_before_exit()

    def on_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        thread = args.thread.name if args.thread is not None else "?"
        log.error("in thread %s:", thread)
        self.on_exception(args.exc_type, args.exc_value, args.exc_traceback)

    def _tell_soon(self, text: str) -> None:
        QTimer.singleShot(0, lambda: self.on_crashed(text))

    def on_crashed(self, _text: str) -> None:
        tell = self.burst.should_tell(self.clock())
        if self.dialog is not None and self.dialog.isVisible():
            return  # one apology on screen is enough
        if tell:
            from foamroll_gui.ui.apology_dialog import CrashDialog  # only ever needed here

            self.dialog = CrashDialog.tell(QApplication.activeWindow(), self.log_path)
            self.dialog.destroyed.connect(self._forget_dialog)

    def _forget_dialog(self) -> None:
        self.dialog = None


_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def route_qt_messages(logger: logging.Logger | None = None) -> object:
    """Send Qt's messages (warnings from plugins, fonts, multimedia) to the log, not the console.
    Returns the handler there was before, for :func:`restore_qt_messages`."""
    target = logger or logging.getLogger("foamroll.qt")

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        category = context.category or "qt"
        target.log(_LEVELS.get(kind, logging.WARNING), "%s: %s", category, message)

    return qInstallMessageHandler(handler)


def restore_qt_messages(previous: object) -> None:
    qInstallMessageHandler(previous)  # type: ignore[arg-type]


def start_safety_net(data_dir: Path) -> CrashReporter:
    """For ``foamroll``, before Qt starts: the log file in the data folder (or nowhere, if it
    cannot be written), Qt's messages and Python's warnings into it, and the apology for any
    error nothing else caught. Lives as long as the process."""
    logbook = open_logbook(log_folder(data_dir))
    route_qt_messages()
    logging.captureWarnings(True)
    reporter = CrashReporter(logbook.path)
    reporter.install()
    log.info("Foamroll %s started (Python %s)", __version__, sys.version.split()[0])
    return reporter
