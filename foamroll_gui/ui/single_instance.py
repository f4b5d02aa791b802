"""One Foamroll per user and folders: a second launch hands its request to the first and ends.

The first ``foamroll`` listens on a local socket (:class:`InstanceServer`) named after the user
and the data and config folders (:func:`instance_name`), so a test with its own folders never
meets the user's running app. A second launch connects (:func:`send_request`), writes one line
(``show``, or ``start ROUTINE_ID`` for ``--start-routine``), waits for the first's ``ok`` and
exits; the first emits :attr:`InstanceServer.request_received` and comes to the front. A socket
file left behind by a killed run answers nobody: it is removed and the new run listens.
"""

from __future__ import annotations

import logging
import os
import sys
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

SHOW = "show"
START = "start"
ACK = b"ok\n"
#: how long a second launch waits for the first to connect and answer
TIMEOUT_MS = 3000
#: the longest request line read (a routine id is short)
MAX_LINE = 1024

log = logging.getLogger("foamroll.instance")


def instance_name(data_dir: Path, config_dir: Path) -> str:
    """The socket's name: the user and a checksum of the folders (two runs on the same folders
    would write one history twice; different folders are different apps). zlib and os are
    loaded at start-up anyway; hashlib and getpass would add about 4 ms to every launch."""
    folders = f"{data_dir.absolute()}\n{config_dir.absolute()}".encode()
    digest = f"{zlib.crc32(folders):08x}{len(folders):x}"
    safe_user = "".join(c for c in _login_name() if c.isalnum() or c in "-_.")[:32] or "user"
    return f"foamroll-{safe_user}-{digest}"


def _login_name() -> str:
    """The login name as ``getpass.getuser`` finds it (the environment, then the password
    database), or ``user`` when there is none."""
    for variable in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        if name := os.environ.get(variable):
            return name
    try:
        import pwd

        return pwd.getpwuid(os.getuid()).pw_name
    except (ImportError, KeyError, OSError, AttributeError):  # no login name here
        return "user"


@dataclass(frozen=True)
class Request:
    """What a second launch asks of the first: come to the front, maybe start a routine."""

    routine_id: str | None = None

    def encode(self) -> bytes:
        text = SHOW if self.routine_id is None else f"{START} {self.routine_id}"
        return text.encode("utf-8") + b"\n"

    @classmethod
    def decode(cls, line: bytes) -> Request:
        """A request line; anything not understood is read as ``show`` (bring the window)."""
        text = line.decode("utf-8", "replace").strip()
        kind, _, routine_id = text.partition(" ")
        if kind == START and routine_id.strip():
            return cls(routine_id.strip())
        return cls()


def send_request(name: str, request: Request, timeout_ms: int = TIMEOUT_MS) -> bool | None:
    """Hand ``request`` to the Foamroll listening on ``name``.

    True: it answered (this launch can end). False: nobody listens (start as the first).
    None: one listens but did not answer in time (it may be stuck)."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(request.encode())
    socket.flush()
    answered = False
    deadline = time.monotonic() + timeout_ms / 1000
    while not socket.canReadLine() and time.monotonic() < deadline:
        # short waits: in a thread without an event loop, Qt can miss the first wake-up
        socket.waitForReadyRead(100)
    if socket.canReadLine():
        answered = bytes(socket.readLine().data()) == ACK
    socket.disconnectFromServer()
    return True if answered else None


class InstanceServer(QObject):
    """The first Foamroll's ear for later launches."""

    #: a later launch asked this (a :class:`Request`)
    request_received = Signal(object)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        # No socket options: with them Qt builds the socket aside and renames it into place,
        # which silently takes the name from a running Foamroll instead of failing.
        self.server = QLocalServer(self)
        self.server.newConnection.connect(self.on_server_new_connection)

    def listen(self) -> bool:
        """Listen on the name; a socket file left by a run that was killed is removed first.
        False when another Foamroll answers on it (started a moment ago)."""
        if self.server.listen(self.name):
            log.info("listening as %s", self.name)
            return True
        if self.server.serverError() != QAbstractSocket.SocketError.AddressInUseError:
            log.warning("cannot listen as %s: %s", self.name, self.server.errorString())
            return True  # run alone rather than not at all
        probe = QLocalSocket()
        probe.connectToServer(self.name)
        if probe.waitForConnected(TIMEOUT_MS):
            probe.disconnectFromServer()
            return False
        log.info("removing the stale socket %s left by an earlier run", self.name)
        QLocalServer.removeServer(self.name)
        if self.server.listen(self.name):
            log.info("listening as %s", self.name)
        else:
            log.warning("cannot listen as %s: %s", self.name, self.server.errorString())
        return True

    def close(self) -> None:
        self.server.close()

    def on_server_new_connection(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()  # a child of the server
            socket.readyRead.connect(self.on_socket_ready_read)
            socket.disconnected.connect(socket.deleteLater)
            self._read(socket)

    def on_socket_ready_read(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            if socket.bytesAvailable() > MAX_LINE:
                socket.abort()
            return
        request = Request.decode(bytes(socket.readLine(MAX_LINE).data()))
        socket.write(ACK)
        socket.flush()
        log.info("a second launch asked: %s", request.encode().decode().strip())
        self.request_received.emit(request)


def bring_to_front(window: QWidget) -> None:
    """Un-minimise, raise and activate the window (a maximised or full-screen window stays so;
    the desktop may still only flash it in the task bar), and above it a dialog waiting for an
    answer (the first run's welcome, Preferences): the user must see the question, not the
    window it blocks."""
    state = window.windowState() & ~Qt.WindowState.WindowMinimized
    window.setWindowState(state | Qt.WindowState.WindowActive)
    window.show()
    window.raise_()
    window.activateWindow()
    waiting = QApplication.activeModalWidget()
    if waiting is not None and waiting is not window:
        waiting.raise_()
        waiting.activateWindow()


def answer_request(
    window: QWidget,
    request: Request,
    start_routine: Callable[[str], object],
    tell_unknown: Callable[[QWidget, str], object] | None = None,
) -> None:
    """What the first Foamroll does for a second launch: come forward, start the routine (an
    unknown one is told, not started: the second launch did not load the content to check)."""
    from foamroll_gui.cli.routine import UnknownRoutineError

    bring_to_front(window)
    if request.routine_id is None:
        return
    try:
        start_routine(request.routine_id)
    except UnknownRoutineError as error:
        (tell_unknown or tell_unknown_routine)(window, str(error))


def hand_over(data_dir: Path, config_dir: Path, routine_id: str | None) -> int | None:
    """Before Qt starts: give the request to a Foamroll already running on these folders.
    The exit code when it is handled there (0), or when that Foamroll does not answer (1,
    with a line on stderr); None when this launch is the first."""
    answered = send_request(instance_name(data_dir, config_dir), Request(routine_id))
    if answered is None:
        print(
            "foamroll: Foamroll is already running on these folders but does not answer. "
            "Close it (or end its process) and start again.",
            file=sys.stderr,
        )
        return 1
    return 0 if answered else None


def listen_as_first(
    data_dir: Path, config_dir: Path, routine_id: str | None, parent: QObject | None = None
) -> InstanceServer | None:
    """After Qt starts: this launch's server; None when another launch started a moment ago
    won the name (the request has then been handed to it)."""
    server = InstanceServer(instance_name(data_dir, config_dir), parent)
    if server.listen():
        app = QCoreApplication.instance()
        if app is not None:  # a clean exit leaves no socket file behind
            app.aboutToQuit.connect(server.close)
        return server
    server.deleteLater()
    send_request(server.name, Request(routine_id))
    return None


def tell_unknown_routine(parent: QWidget, problem: str) -> QMessageBox:
    """A second launch asked for a routine this content does not have (tests replace this)."""
    tr = QCoreApplication.translate
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        tr("SingleInstance", "Unknown routine"),
        tr(
            "SingleInstance", "Foamroll was started again with a routine it does not have: {0}."
        ).format(problem),
        QMessageBox.StandardButton.Close,
        parent,
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
