"""A new user's routine with the keyboard only, in the window ``foamroll`` builds: pick it, start
it, pause, hold on a tender spot, rate it, skip, stop; the history has it and the review hears."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from foamroll_gui.core.history import open_history
from foamroll_gui.ui.history_service import HistoryService
from foamroll_gui.ui.main_window import MainWindow
from foamroll_gui.ui.routine_runner import RoutineRunner
from foamroll_gui.ui.routine_screen import RoutineScreen
from foamroll_gui.ui.timer_screen import TimerScreen
from tests.conftest import FakeClock

pytestmark = pytest.mark.qt_log_ignore("QSoundEffect", "PulseAudio")


def test_basic_four_with_the_keyboard_only(
    qtbot: QtBot,
    open_main_window: Callable[..., MainWindow],
    fake_clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FOAMROLL_SPEECH_ENGINE", "mock")
    window = open_main_window(clock=fake_clock)
    routines = window.findChild(RoutineScreen)
    timer = window.findChild(TimerScreen)
    service = window.findChild(HistoryService)
    assert routines is not None and timer is not None and service is not None
    window.show_screen(routines)
    routines.select_routine("basic-four")
    qtbot.keyClick(routines.list, Qt.Key.Key_Return)
    assert window.screens.currentWidget() is timer
    clock = timer.clock
    assert clock is not None

    def advance(seconds: float) -> None:
        for _ in range(int(seconds)):
            fake_clock.advance(1)
            clock.on_timer_timeout()

    def key(k: Qt.Key) -> None:
        qtbot.keyClick(timer, k)

    advance(10)
    assert timer.phase_label.text() == "Roll — Calves, right side"
    key(Qt.Key.Key_Space)
    advance(30)
    assert timer.countdown.text() == "0:45"  # paused: the roll waits
    key(Qt.Key.Key_Space)
    advance(20)
    key(Qt.Key.Key_H)  # a tender spot
    assert timer.phase_label.text() == "Hold the tender spot"
    advance(60)  # medium tolerance: a minute
    assert timer.phase_label.text() == "Roll — Calves, right side"
    with qtbot.waitSignal(service.changed):
        advance(25)  # the rest of the roll: the side is written
    assert timer.phase_label.text() == "Switch to your left side"
    key(Qt.Key.Key_4)
    key(Qt.Key.Key_Right)  # skip the switch
    assert timer.phase_label.text() == "Roll — Calves, left side"
    monkeypatch.setattr(TimerScreen, "confirm_stop", classmethod(lambda cls, parent: True))
    key(Qt.Key.Key_Escape)
    assert timer.phase_label.text() == "Stopped"
    with open_history(service.path, now=datetime.now(UTC)).store as store:
        rows = store.query("SELECT muscle, side, rolled_s, held_s, tenderness FROM entries")
        assert rows == [("calves", "right", 45.0, 60.0, 4)]
        assert store.query("SELECT routine FROM sessions") == [("basic-four",)]
    key(Qt.Key.Key_Escape)
    assert window.screens.currentWidget() is routines


def test_quitting_mid_routine_ends_the_session_with_what_was_finished(
    open_main_window: Callable[..., MainWindow],
    fake_clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FOAMROLL_SPEECH_ENGINE", "mock")
    window = open_main_window(clock=fake_clock)
    runner = window.findChild(RoutineRunner)
    timer = window.findChild(TimerScreen)
    service = window.findChild(HistoryService)
    assert runner is not None and timer is not None and service is not None
    runner.start_routine("pre-run")
    assert timer.clock is not None
    for _ in range(10 + 30 + 5):
        fake_clock.advance(1)
        timer.clock.on_timer_timeout()
    runner.on_app_about_to_quit()
    assert not timer.clock.running
    with open_history(service.path, now=datetime.now(UTC)).store as store:
        assert store.query("SELECT muscle, side FROM entries") == [("calves", "right")]
        assert store.query("SELECT ended_at IS NOT NULL FROM sessions") == [(1,)]
