"""The first run: a welcome that asks the pain tolerance, then the safety screen with every stop
sign and contraindication, acknowledged once and stored; until then every way of starting a
routine shows the safety screen first. Where nobody sees the window (offscreen), none of it."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from foamroll_gui.app import build_main_window, load_application, start_routine
from foamroll_gui.core.content.model import Content
from foamroll_gui.core.library import Library
from foamroll_gui.core.paths import resolve_paths
from foamroll_gui.core.settings import Settings
from foamroll_gui.ui import first_run as first_run_module
from foamroll_gui.ui.first_run import FirstRun, FirstRunDialog, install_first_run
from foamroll_gui.ui.main_window import MainWindow
from foamroll_gui.ui.routine_screen import RoutineScreen

pytestmark = pytest.mark.qt_log_ignore("QSoundEffect", "PulseAudio", "pa_context")

Started = tuple[MainWindow, FirstRun]


@pytest.fixture
def start_app(qtbot: QtBot, library: Library) -> Callable[[], Started]:
    """Starts the app as a person sees it (the first run switched on), in this test's folders."""

    def start() -> Started:
        application = load_application(resolve_paths(), library=library)
        window = build_main_window(application)
        qtbot.addWidget(window)
        first_run = install_first_run(window, application, enabled=True)
        window.resize(1024, 640)
        window.show()
        qtbot.waitExposed(window)
        return window, first_run

    return start


def stored(settings_file: Path) -> dict[str, object]:
    document = json.loads(settings_file.read_text(encoding="utf-8"))
    assert isinstance(document, dict)
    return document


def timer_running(window: MainWindow) -> bool:
    from foamroll_gui.ui.routine_runner import RoutineRunner

    runner = window.findChild(RoutineRunner)
    assert runner is not None
    clock = runner.timer_screen.clock
    return clock is not None and clock.running


def test_settings_know_a_first_run_and_keep_the_acknowledgement(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings = Settings(path)
    assert settings.created and not settings.safety_acknowledged
    settings.acknowledge_safety()
    assert settings.save() is None
    again = Settings(path)
    assert not again.created and again.safety_acknowledged
    old = tmp_path / "old.json"  # Foamroll 0.1's flat file: migrated, not yet acknowledged
    old.write_text('{"map_view": "back"}', encoding="utf-8")
    migrated = Settings(old)
    assert not migrated.created and not migrated.safety_acknowledged
    assert migrated.window.map_face == "back"


def test_the_safety_screen_lists_every_stop_sign_and_contraindication(
    qtbot: QtBot, content: Content
) -> None:
    dialog = FirstRunDialog(content.safety, "medium", welcome=False)
    qtbot.addWidget(dialog)
    assert dialog.pages.currentWidget() is dialog.safety_page
    text = " ".join(dialog.browser.toPlainText().split())
    assert len(content.safety.contraindications) >= 20
    for line in (*content.safety.stop_signs, *content.safety.contraindications):
        assert " ".join(line.split()) in text


def test_the_welcome_shows_once_and_stores_the_answers(
    start_app: Callable[[], Started], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(first_run_module, "WELCOME_DELAY_MS", 0)
    window, first_run = start_app()
    qtbot.waitUntil(lambda: first_run.dialog is not None, timeout=3000)
    dialog = first_run.dialog
    assert dialog is not None and dialog.pages.currentWidget() is dialog.welcome_page
    assert dialog.isVisible()
    low = dialog.choice.buttons["low"]
    qtbot.mouseClick(low, Qt.MouseButton.LeftButton, pos=QPoint(8, low.height() // 2))
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentWidget() is dialog.safety_page
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    assert first_run.dialog is None
    settings_file = resolve_paths().settings_file
    document = stored(settings_file)
    assert document["safety_acknowledged"] is True
    assert isinstance(document["preferences"], dict)
    assert document["preferences"]["pain_tolerance"] == "low"
    routines = window.findChild(RoutineScreen)
    assert routines is not None and routines.current_tolerance() == "low"  # followed at once
    window.close()

    _, second = start_app()  # the settings file exists now: no welcome
    assert not second.welcome_pending


def test_a_routine_waits_for_the_safety_screen_until_it_is_read(
    start_app: Callable[[], Started], qtbot: QtBot
) -> None:
    settings_file = resolve_paths().settings_file
    settings_file.parent.mkdir(parents=True)
    settings_file.write_text('{"version": 2}', encoding="utf-8")  # a user from before
    window, first_run = start_app()
    assert not first_run.welcome_pending
    routines = window.findChild(RoutineScreen)
    assert routines is not None
    routines.select_routine("post-run")

    qtbot.mouseClick(routines.start_button, Qt.MouseButton.LeftButton)
    dialog = first_run.dialog
    assert dialog is not None and dialog.pages.currentWidget() is dialog.safety_page
    assert not timer_running(window)
    qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)  # "Not now"
    assert not timer_running(window)
    assert stored(settings_file).get("safety_acknowledged") is False

    qtbot.mouseClick(routines.start_button, Qt.MouseButton.LeftButton)
    dialog = first_run.dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    assert timer_running(window)  # started once read
    assert stored(settings_file)["safety_acknowledged"] is True


@pytest.mark.parametrize("how", ["step viewer", "review", "--start-routine"])
def test_every_way_of_starting_is_guarded(
    how: str, start_app: Callable[[], Started], qtbot: QtBot
) -> None:
    settings_file = resolve_paths().settings_file
    settings_file.parent.mkdir(parents=True)
    settings_file.write_text('{"version": 2}', encoding="utf-8")
    window, first_run = start_app()
    if how == "step viewer":
        window.start_session_requested.emit("calves")
    elif how == "review":
        from foamroll_gui.ui.review_screen import ReviewScreen

        review = window.findChild(ReviewScreen)
        assert review is not None
        review.start_requested.emit("calves")
    else:
        start_routine(window, "post-run", 1.0)
    assert first_run.dialog is not None and not timer_running(window)
    qtbot.mouseClick(first_run.dialog.read_button, Qt.MouseButton.LeftButton)
    assert timer_running(window)


def test_offscreen_nothing_is_shown_and_routines_start(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    """Tests, screenshots and --quit-after-startup run offscreen: no welcome, no safety
    screen in the way (the settings file here did not exist)."""
    assert main_window.settings.created
    assert main_window.findChildren(FirstRunDialog) == []
    main_window.start_session_requested.emit("calves")
    assert timer_running(main_window)
    assert main_window.findChildren(FirstRunDialog) == []
