"""One Foamroll at a time: a second launch hands its request to the first, which comes forward
and starts the routine asked for; a socket file left by a killed run never blocks a start."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDir, Qt
from PySide6.QtNetwork import QLocalServer
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from foamroll_gui.cli.routine import UnknownRoutineError
from foamroll_gui.core.logbook import LOG_FILE, log_folder
from foamroll_gui.core.paths import resolve_paths
from foamroll_gui.ui.main_window import MainWindow
from foamroll_gui.ui.single_instance import (
    InstanceServer,
    Request,
    answer_request,
    instance_name,
    listen_as_first,
    send_request,
)


@pytest.fixture
def name() -> Iterator[str]:
    """A socket name of this test's own; its file is removed afterwards."""
    unique = f"foamroll-test-{uuid.uuid4().hex[:12]}"
    yield unique
    QLocalServer.removeServer(unique)


def send_in_thread(name: str, request: Request) -> tuple[threading.Thread, list[bool | None]]:
    """The second launch, in a thread: its blocking send must not stop this test's event loop,
    where the first one answers."""
    result: list[bool | None] = []
    thread = threading.Thread(target=lambda: result.append(send_request(name, request)))
    thread.start()
    return thread, result


def test_a_second_launch_finds_the_first_and_its_request_arrives(qtbot: QtBot, name: str) -> None:
    first = InstanceServer(name)
    assert first.listen()
    second = InstanceServer(name)
    assert not second.listen()  # the first answers: the second must not listen
    with qtbot.waitSignal(first.request_received, timeout=5000) as arrived:
        thread, result = send_in_thread(name, Request("post-run"))
    thread.join(5)
    assert arrived.args == [Request("post-run")]
    assert result == [True]  # the first said ok: the second launch can end
    first.close()


def test_a_plain_second_launch_asks_to_be_shown(qtbot: QtBot, name: str) -> None:
    first = InstanceServer(name)
    assert first.listen()
    with qtbot.waitSignal(first.request_received, timeout=5000) as arrived:
        thread, result = send_in_thread(name, Request())
    thread.join(5)
    assert arrived.args == [Request(None)]
    assert result == [True]
    first.close()


def test_nobody_listening_means_this_launch_is_the_first(name: str) -> None:
    assert send_request(name, Request(), timeout_ms=500) is False


def test_a_stale_socket_from_a_killed_run_never_blocks_a_start(qtbot: QtBot, name: str) -> None:
    stale = Path(QDir.tempPath()) / name
    dead = socket.socket(socket.AF_UNIX)
    dead.bind(str(stale))  # bound, never listening, closed: what a killed run leaves
    dead.close()
    assert stale.exists()
    assert send_request(name, Request(), timeout_ms=500) is False

    server = InstanceServer(name)
    assert server.listen()
    with qtbot.waitSignal(server.request_received, timeout=5000):
        thread, result = send_in_thread(name, Request())
    thread.join(5)
    assert result == [True]
    server.close()


def test_quitting_removes_the_socket_file(qapp: QApplication, tmp_path: Path) -> None:
    data, config = tmp_path / "d", tmp_path / "c"
    server = listen_as_first(data, config, None)
    assert server is not None
    path = Path(server.server.fullServerName())
    assert path.exists()
    qapp.aboutToQuit.emit()  # as when the app quits
    assert not path.exists()
    again = listen_as_first(data, config, None)  # and the next start listens
    assert again is not None
    again.close()
    assert not path.exists()


@pytest.mark.parametrize(
    ("line", "request_"),
    [
        (b"show\n", Request()),
        (b"start post-run\n", Request("post-run")),
        (b"start  \n", Request()),
        (b"\xff\xfe nonsense\n", Request()),
    ],
)
def test_request_lines(line: bytes, request_: Request) -> None:
    assert Request.decode(line) == request_
    assert Request.decode(request_.encode()) == request_


def test_the_name_depends_on_the_folders(tmp_path: Path) -> None:
    one = instance_name(tmp_path / "a", tmp_path / "c")
    assert one == instance_name(tmp_path / "a", tmp_path / "c")
    assert one != instance_name(tmp_path / "b", tmp_path / "c")
    assert one != instance_name(tmp_path / "a", tmp_path / "d")
    assert one.startswith("foamroll-") and len(one) < 80


def test_the_first_window_comes_forward_and_starts_the_routine(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    main_window.showMinimized()
    started: list[str] = []
    answer_request(main_window, Request("post-run"), started.append)
    assert not main_window.isMinimized()
    assert main_window.isVisible()
    assert started == ["post-run"]


def started_nothing(routine_id: str) -> None:
    raise AssertionError(f"nothing should start, not {routine_id}")


class _Question(QDialog):
    """A dialog waiting for an answer, counting how often it was raised."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.raised = 0

    def raise_(self) -> None:
        self.raised += 1
        super().raise_()


def test_a_dialog_waiting_for_an_answer_comes_forward_above_the_window(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """A second launch during the first run's welcome: the welcome must show, not the window
    under it (without a window manager keeping it on top, raising the window hid it)."""
    question = _Question(main_window)
    question.setModal(True)
    main_window.show()
    question.show()
    assert QApplication.activeModalWidget() is question
    answer_request(main_window, Request(), started_nothing)
    assert question.raised == 1
    question.reject()
    answer_request(main_window, Request(), started_nothing)  # nothing waits: the window only
    assert question.raised == 1


def test_a_maximised_window_stays_maximised(main_window: MainWindow) -> None:
    main_window.setWindowState(Qt.WindowState.WindowMaximized | Qt.WindowState.WindowMinimized)
    answer_request(main_window, Request(), started_nothing)
    assert main_window.windowState() & Qt.WindowState.WindowMaximized
    assert not main_window.isMinimized()


def test_an_unknown_routine_is_told_not_started(main_window: MainWindow) -> None:
    told: list[str] = []

    def start(routine_id: str) -> None:
        raise UnknownRoutineError(routine_id, ["post-run", "pre-run"])

    answer_request(
        main_window,
        Request("no-such-routine"),
        start,
        lambda parent, problem: told.append(problem),
    )
    assert told == ["unknown routine 'no-such-routine'; known routines: post-run, pre-run"]


@pytest.mark.end2end
def test_launching_foamroll_twice(qtbot: QtBot, tmp_path: Path) -> None:
    """Two real ``foamroll`` processes on the same folders: the second exits 0 at once and the
    first hears it (its log says so)."""
    data, config = tmp_path / "d2", tmp_path / "c2"
    folders = ["--data-dir", str(data), "--config-dir", str(config)]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "foamroll_gui", *folders]
    log_file = log_folder(data) / LOG_FILE
    paths = resolve_paths(data, config)

    def logged(text: str) -> bool:
        return log_file.exists() and text in log_file.read_text(encoding="utf-8")

    first = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        qtbot.waitUntil(lambda: logged("listening as"), timeout=60_000)
        began = time.monotonic()
        second = subprocess.run(
            [*command, "--start-routine", "post-run"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        took = time.monotonic() - began
        assert (second.returncode, second.stdout, second.stderr) == (0, "", "")
        assert took < 10, f"the second launch took {took:.1f} s"
        qtbot.waitUntil(lambda: logged("a second launch asked: start post-run"), timeout=10_000)
        assert first.poll() is None  # the first runs on
    finally:
        first.kill()
        out, err = first.communicate(timeout=30)
        QLocalServer.removeServer(instance_name(paths.data_dir, paths.config_dir))
    assert (out, err) == ("", "")  # nothing on the console: Qt's messages went to the log
