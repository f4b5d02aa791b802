"""The Routine screen in the main window: pick a routine and a tolerance, see its length, start
it on the timer screen; ``--start-routine`` and ``--time-scale``."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from foamroll_gui.__main__ import build_parser
from foamroll_gui.app import run_gui, start_routine
from foamroll_gui.cli.routine import routine_plan
from foamroll_gui.core.content.model import Content
from foamroll_gui.ui.main_window import MainWindow
from foamroll_gui.ui.routine_runner import RoutineRunner
from foamroll_gui.ui.routine_screen import RoutineScreen, minutes_text
from foamroll_gui.ui.timer_screen import TimerScreen

# No sound card on the test machines: QtMultimedia says so once the timer screen opens.
pytestmark = pytest.mark.qt_log_ignore("QSoundEffect", "PulseAudio")

OpenMainWindow = Callable[..., MainWindow]


@pytest.fixture
def window(open_main_window: OpenMainWindow, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setenv("FOAMROLL_SPEECH_ENGINE", "mock")
    return open_main_window()


def screens(window: MainWindow) -> tuple[RoutineScreen, TimerScreen, RoutineRunner]:
    routine = window.findChild(RoutineScreen)
    timer = window.findChild(TimerScreen)
    runner = window.findChild(RoutineRunner)
    assert routine is not None and timer is not None and runner is not None
    return routine, timer, runner


def test_minutes_text() -> None:
    assert [minutes_text(s) for s in (60, 1885, 5)] == ["1 min", "31 min 25 s", "0 min 05 s"]


def test_the_routine_screen_shows_the_length_for_the_chosen_tolerance(
    window: MainWindow, content: Content
) -> None:
    routine, _, _ = screens(window)
    window.show_screen(routine)
    routine.select_routine("post-run")
    assert routine.title.text() == "Post-run recovery"
    assert "Calves" in routine.muscles.text()
    for tolerance in ("high", "low"):
        routine.tolerance.setCurrentIndex(routine.tolerance.findData(tolerance))
        expected = routine_plan(content, "post-run", tolerance).total_seconds  # type: ignore[arg-type]
        assert routine.length_label.text() == minutes_text(expected)
    assert window.settings.preferences.pain_tolerance == "low"


def test_start_opens_the_timer_screen_and_runs(window: MainWindow, qtbot: QtBot) -> None:
    routine, timer, _ = screens(window)
    window.show_screen(routine)
    routine.select_routine("pre-run")
    qtbot.mouseClick(routine.start_button, Qt.MouseButton.LeftButton)
    assert window.screens.currentWidget() is timer
    assert timer.clock is not None and timer.clock.running
    assert timer.routine_label.text() == "Pre-run primer"
    assert timer.phase_label.text() == "Next up: Calves"
    timer.clock.stop()


def test_the_screens_have_ctrl_numbers(window: MainWindow) -> None:
    _, timer, _ = screens(window)
    titles = {a.text(): a.shortcut().toString() for a in window.view_menu.actions()}
    assert titles["R&outines"].startswith("Ctrl+")
    assert titles["T&imer"].startswith("Ctrl+")
    assert timer.phase_label.text() == "No routine running"


def test_start_routine_option_with_a_time_scale(window: MainWindow) -> None:
    _, timer, runner = screens(window)
    start_routine(window, "basic-four", 60.0)
    assert runner.time_scale == 60.0
    assert timer.clock is not None and timer.clock.scale == 60.0
    assert window.screens.currentWidget() is timer
    timer.clock.stop()


def test_an_unknown_start_routine_names_the_known_ones(
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = build_parser().parse_args(["--start-routine", "marathon"])
    assert run_gui(args) == 2
    err = capsys.readouterr().err
    assert "'marathon'" in err and "post-run" in err


@pytest.mark.parametrize("bad", ["0", "-2", "fast", "5000"])
def test_a_bad_time_scale_is_refused(bad: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--time-scale", bad])
    assert "--time-scale" in capsys.readouterr().err


def test_the_metronome_box_is_kept_and_ticks_at_the_routine_pass(
    window: MainWindow, content: Content
) -> None:
    routine, timer, runner = screens(window)
    assert not routine.metronome.isChecked()
    routine.metronome.setChecked(True)
    assert window.settings.preferences.metronome
    runner.start_routine("post-run")
    assert timer.metronome.seconds == content.routine("post-run").pass_seconds
    assert timer.clock is not None
    timer.clock.stop()
