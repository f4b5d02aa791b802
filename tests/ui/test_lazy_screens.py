"""``foamroll`` paints its first frame before it builds the Routine and timer screens: they are
built right after that frame, or at once when asked for, and every way to reach them works
from the start (View menu, Ctrl+3/Ctrl+4, a suggestion's Start, "Start timed session",
``--start-routine``, the first run's safety screen). A returning user's muscle shows its page
header on the first frame, and its step cards and pictures right after it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QWidget
from pytestqt.qtbot import QtBot

from foamroll_gui.app import Application, build_main_window, load_application, start_routine
from foamroll_gui.core.library import Library
from foamroll_gui.core.paths import resolve_paths
from foamroll_gui.ui.first_paint import FirstPaintWatcher
from foamroll_gui.ui.first_run import install_first_run
from foamroll_gui.ui.history_service import HistoryService
from foamroll_gui.ui.illustration import IllustrationWidget
from foamroll_gui.ui.lazy_screen import DeferredScreens
from foamroll_gui.ui.main_window import MainWindow
from foamroll_gui.ui.phase_clock import PhaseClock
from foamroll_gui.ui.preferences_dialog import PreferencesFollower
from foamroll_gui.ui.review_screen import ReviewScreen
from foamroll_gui.ui.routine_runner import RoutineRunner
from foamroll_gui.ui.routine_screen import RoutineScreen
from foamroll_gui.ui.step_viewer import PICTURE_MIN_WIDTH
from foamroll_gui.ui.timer_screen import TimerScreen

pytestmark = pytest.mark.qt_log_ignore("QSoundEffect", "PulseAudio", "pa_context")

#: what the first frame must not wait for: the routine and timer screens and what they need
NOT_ON_THE_FIRST_FRAME = (
    "foamroll_gui.ui.routine_runner",
    "foamroll_gui.ui.timer_screen",
    "foamroll_gui.ui.routine_screen",
    "foamroll_gui.ui.routine_actions",
    "foamroll_gui.ui.routine_editor",
    "foamroll_gui.cli.routine",
)


@pytest.fixture
def application(library: Library) -> Application:
    return load_application(resolve_paths(), library=library)


@pytest.fixture
def window(qtbot: QtBot, application: Application) -> MainWindow:
    """The window as ``foamroll`` builds it, not yet shown (so nothing is built yet)."""
    built = build_main_window(application, defer=True)
    qtbot.addWidget(built)
    built.resize(1024, 640)
    return built


def screen_action(window: MainWindow, shortcut: str) -> tuple[str, bool]:
    """The View-menu entry with this shortcut: its text, and whether it is checked."""
    for action in window.view_menu.actions():
        if action.shortcut() == QKeySequence(shortcut):
            return action.text(), action.isChecked()
    raise AssertionError(f"no View-menu entry has {shortcut}")


def trigger(window: MainWindow, shortcut: str) -> None:
    for action in window.view_menu.actions():
        if action.shortcut() == QKeySequence(shortcut):
            action.trigger()
            return
    raise AssertionError(f"no View-menu entry has {shortcut}")


def runner_of(window: MainWindow) -> RoutineRunner:
    runner = window.findChild(RoutineRunner)
    assert runner is not None
    return runner


def sessions_started(window: MainWindow) -> int:
    return len(runner_of(window).findChildren(PhaseClock))


def test_the_screens_are_built_right_after_the_first_frame(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.findChild(RoutineScreen) is None
    assert window.findChild(TimerScreen) is None
    assert window.findChild(ReviewScreen) is None and window.findChild(HistoryService) is None
    assert screen_action(window, "Ctrl+2")[0] == window.tr("&Review")
    assert screen_action(window, "Ctrl+3")[0] == window.tr("R&outines")
    assert screen_action(window, "Ctrl+4")[0] == window.tr("T&imer")
    built_at_first_paint: list[tuple[bool, bool]] = []
    watcher = FirstPaintWatcher(window)
    watcher.painted.connect(
        lambda: built_at_first_paint.append(
            (
                window.findChild(RoutineScreen) is not None,
                window.findChild(ReviewScreen) is not None,
            )
        )
    )
    window.show()
    qtbot.waitUntil(lambda: window.findChild(TimerScreen) is not None)
    assert built_at_first_paint == [(False, False)]
    service = window.findChild(HistoryService)
    assert service is not None
    qtbot.waitUntil(lambda: service.is_open, timeout=10_000)  # the history opens after it too
    stack = window.screens
    assert stack.count() == 4
    assert isinstance(stack.widget(1), ReviewScreen)
    assert isinstance(stack.widget(2), RoutineScreen)
    assert isinstance(stack.widget(3), TimerScreen)
    assert stack.currentWidget() is window.techniques
    trigger(window, "Ctrl+4")
    assert stack.currentWidget() is runner_of(window).timer_screen
    assert screen_action(window, "Ctrl+4") == (window.tr("T&imer"), True)
    assert not screen_action(window, "Ctrl+3")[1]


def test_a_menu_entry_builds_its_screen_at_once(window: MainWindow) -> None:
    trigger(window, "Ctrl+3")  # before any frame was painted
    routines = window.findChild(RoutineScreen)
    assert routines is not None
    assert window.screens.currentWidget() is routines
    assert screen_action(window, "Ctrl+3") == (window.tr("R&outines"), True)
    assert window.screens.count() == 4
    assert not window.findChildren(QWidget, "lazy-screen-placeholder")
    trigger(window, "Ctrl+1")
    assert window.screens.currentWidget() is window.techniques
    trigger(window, "Ctrl+3")
    assert window.screens.currentWidget() is routines


def test_start_routine_builds_at_once_and_runs_the_routine(
    window: MainWindow, application: Application
) -> None:
    routine = application.content.routines[0]
    start_routine(window, routine.id, 1.0)
    timer = runner_of(window).timer_screen
    assert window.screens.currentWidget() is timer
    assert timer.clock is not None and timer.clock.running
    assert sessions_started(window) == 1


def test_without_a_routine_to_start_nothing_is_built_early(window: MainWindow) -> None:
    start_routine(window, None, 1.0)
    assert window.findChild(RoutineRunner) is None
    start_routine(window, None, 10.0)  # --time-scale alone: the runner must know it
    assert runner_of(window).time_scale == 10.0


@pytest.mark.parametrize("source", ["step viewer", "review suggestion"])
def test_a_timed_session_asked_for_before_the_build_starts_once(
    window: MainWindow, source: str
) -> None:
    if source == "step viewer":
        window.start_session_requested.emit("calves")
    else:
        trigger(window, "Ctrl+2")  # the Review screen is built when first shown
        review = window.findChild(ReviewScreen)
        assert review is not None and window.findChild(RoutineRunner) is None
        review.start_requested.emit("calves")
    timer = runner_of(window).timer_screen
    assert window.screens.currentWidget() is timer
    assert timer.clock is not None and timer.clock.running
    assert sessions_started(window) == 1
    window.start_session_requested.emit("hamstrings")  # once built, the runner hears it
    assert sessions_started(window) == 2


def test_the_first_runs_safety_screen_guards_a_runner_built_later(
    window: MainWindow, application: Application
) -> None:
    first_run = install_first_run(window, application, enabled=True)
    assert not application.settings.safety_acknowledged
    start_routine(window, application.content.routines[0].id, 1.0)
    assert first_run.dialog is not None and first_run.dialog.isVisible()
    assert sessions_started(window) == 0


def test_deferred_screens_are_built_once_and_must_fill_every_place(window: MainWindow) -> None:
    made: list[str] = []

    def build(screens: DeferredScreens[int]) -> int:
        made.append("built")  # and forgets to place its screen
        return len(made)

    deferred: DeferredScreens[int] = DeferredScreens(window, ["Forgotten"], build)
    with pytest.raises(RuntimeError, match="1 deferred screen"):
        deferred.build()  # said at once, not hidden behind an empty screen
    assert deferred.build() == 1 and made == ["built"]  # never built twice


class PaintSpy(QObject):
    """Notes ``probe()`` when a widget of ``kind`` is first painted."""

    def __init__(self, kind: type[QWidget], probe: Callable[[], bool]) -> None:
        super().__init__()
        self.kind = kind
        self.probe = probe
        self.seen: list[bool] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.seen and event.type() == QEvent.Type.Paint and isinstance(watched, self.kind):
            self.seen.append(self.probe())
        return False


def returning_user(config: Path, muscle_id: str) -> None:
    config.mkdir(parents=True, exist_ok=True)
    window = {"last_muscle": muscle_id, "map_face": "back"}
    settings = {"version": 2, "preferences": {}, "window": window}
    (config / "settings.json").write_text(json.dumps(settings), encoding="utf-8")


def test_a_restored_muscles_step_cards_are_built_right_after_the_first_frame(
    qtbot: QtBot, library: Library, private_folders: tuple[Path, Path]
) -> None:
    returning_user(private_folders[1], "calves")
    window = build_main_window(load_application(resolve_paths(), library=library), defer=True)
    qtbot.addWidget(window)
    viewer = window.techniques.viewer
    steps = library.content.technique("calves").steps
    title = viewer.findChild(QLabel, "muscleTitle")
    assert title is not None and title.text() == "Calves"  # the first frame shows the header
    assert viewer.step_cards == [] and not window.findChildren(IllustrationWidget)
    spy = PaintSpy(IllustrationWidget, lambda: window.findChild(RoutineScreen) is not None)
    QApplication.instance().installEventFilter(spy)  # type: ignore[union-attr]
    window.resize(1024, 640)
    window.show()
    qtbot.waitUntil(lambda: len(window.findChildren(IllustrationWidget)) == len(steps))
    qtbot.waitUntil(lambda: bool(spy.seen))
    QApplication.instance().removeEventFilter(spy)  # type: ignore[union-attr]
    # painted before the Routine and timer screens are built (they hold the loop a while)
    assert spy.seen[0] is False
    assert len(viewer.step_cards) == len(steps)
    assert all(card.isVisible() for card in viewer.step_cards) and viewer.caution_box.isVisible()
    for picture, step in zip(viewer.step_pictures, steps, strict=True):
        assert isinstance(picture, IllustrationWidget) and picture.isVisible()
        assert picture.accessibleName() == f"Picture: {step.title}"
        assert picture.height() == picture.heightForWidth(picture.width())  # its own shape
        assert picture.width() >= PICTURE_MIN_WIDTH  # sized for the viewer on screen
    window.techniques.select_muscle("quadriceps")  # after the first frame: built at once
    assert len(viewer.step_cards) == len(library.content.technique("quadriceps").steps)
    assert all(isinstance(p, IllustrationWidget) for p in viewer.step_pictures)


def test_a_muscle_left_before_the_first_frame_leaves_nothing_to_build(
    qtbot: QtBot, library: Library, private_folders: tuple[Path, Path]
) -> None:
    returning_user(private_folders[1], "calves")
    window = build_main_window(load_application(resolve_paths(), library=library), defer=True)
    qtbot.addWidget(window)
    window.techniques.select_muscle("quadriceps")  # the calves' page is let go
    window.show()
    qtbot.waitUntil(lambda: window.findChild(RoutineRunner) is not None)  # first frame passed
    viewer = window.techniques.viewer
    steps = library.content.technique("quadriceps").steps
    assert [card.accessibleName() for card in viewer.step_cards] == [
        f"Step {number}: {step.title}" for number, step in enumerate(steps, start=1)
    ]
    assert len(window.findChildren(IllustrationWidget)) == len(steps)  # none for the calves


#: ``foamroll --quit-after-startup`` that prints the modules loaded at the moment the start-up
#: probe reads the clock, when the first frame has been painted
MODULES_AT_FIRST_FRAME = """
import sys
import foamroll_gui.app as app
from foamroll_gui.__main__ import main

def at_first_frame():
    print("MODULES " + " ".join(sorted(sys.modules)), flush=True)
    return 0.0

app.process_age_ms = at_first_frame
sys.exit(main(["--quit-after-startup"]))
"""


@pytest.mark.end2end
@pytest.mark.parametrize("last_muscle", [None, "calves"], ids=["first run", "returning user"])
def test_the_first_frame_does_not_wait_for_what_it_does_not_show(
    private_folders: tuple[Path, Path], last_muscle: str | None
) -> None:
    """The modules loaded when the start-up probe reads the clock (the first frame has been
    painted), from ``sys.modules``: ``-X importtime`` would not see a module the start-up
    cache imports (with importlib) to decode a class."""
    later = set(NOT_ON_THE_FIRST_FRAME) | {"sqlite3", "foamroll_gui.core.history.store"}
    later.add("logging.handlers")  # the log file rotates without it (socket, pickle, queue)
    later.add("importlib.resources")  # the shipped files are found beside the package
    later.add("html")  # the safety screen's text is escaped when it first shows
    later.add("socket")  # only to ask an X server whether it answers
    later.add("foamroll_gui.ui.apology_dialog")  # only when an error happens
    # Edit ▸ Preferences and the first run follow the first frame (no theme chosen here)
    later |= {"foamroll_gui.ui.preferences_dialog", "foamroll_gui.ui.first_run"}
    # and so does the history: its actions, the Review screen, the week's figures
    later |= {"foamroll_gui.ui.history_service", "foamroll_gui.core.history.week", "datetime"}
    # the step pictures' poses (and the figure code) are read from the cache when first drawn
    later |= {"foamroll_gui.core.illustrations.step_poses", "foamroll_gui.core.figure.scene"}
    # keeping the reader's place on zoom, and the median of the pictures' shapes (statistics
    # brings fractions and decimal, ~2 ms)
    later |= {"foamroll_gui.ui.step_anchor", "statistics", "fractions", "decimal"}
    # the routines and the safety pages, and their classes, are read from the cache when first
    # read (seven dataclasses, about 3 ms)
    later |= {"foamroll_gui.core.content.routines", "foamroll_gui.core.content.safety"}
    if last_muscle is None:  # no outline is drawn on the map: its regions' commands wait
        later.add("foamroll_gui.core.bodymap_paths")
    if last_muscle is not None:  # its steps show, their pictures are drawn right after
        returning_user(private_folders[1], last_muscle)
        later.add("foamroll_gui.ui.illustration")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = [sys.executable, "-m", "foamroll_gui", "--quit-after-startup"]
    # as every start but the very first: the start-up cache is there
    subprocess.run(start, env=env, timeout=120, check=True, capture_output=True)
    (private_folders[1] / "settings.json").unlink(missing_ok=True)  # saved at its quitting
    if last_muscle is not None:
        returning_user(private_folders[1], last_muscle)
    result = subprocess.run(
        [start[0], "-c", MODULES_AT_FIRST_FRAME],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    line = next(line for line in result.stdout.splitlines() if line.startswith("MODULES "))
    before = set(line.split()[1:])
    assert "foamroll_gui.ui.step_viewer" in before  # the probe does see imports
    assert before.isdisjoint(later), before & later


def test_preferences_come_right_after_the_first_frame(qtbot: QtBot, window: MainWindow) -> None:
    assert window.findChild(PreferencesFollower) is None  # not needed for the first frame
    window.show()
    qtbot.waitUntil(lambda: window.findChild(RoutineRunner) is not None)  # first frame passed
    follower = window.findChild(PreferencesFollower)
    assert follower is not None and follower.action is not None
    menus = window.menuBar().findChildren(QMenu)
    assert any(follower.action in menu.actions() for menu in menus)  # Edit ▸ Preferences…


def test_a_routine_started_before_the_first_frame_finds_the_preferences_installed(
    window: MainWindow, application: Application
) -> None:
    start_routine(window, application.content.routines[0].id, 1.0)
    assert window.findChild(PreferencesFollower) is not None  # so the safety screen guards it
    assert sessions_started(window) == 1


def test_a_chosen_theme_is_on_before_the_first_frame(
    qtbot: QtBot, library: Library, private_folders: tuple[Path, Path]
) -> None:
    private_folders[1].mkdir(parents=True, exist_ok=True)
    settings = {"version": 2, "preferences": {"theme": "dark"}, "window": {}}
    (private_folders[1] / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
    application = load_application(resolve_paths(), library=library)
    assert application.settings.preferences.theme == "dark"
    window = build_main_window(application, defer=True)
    qtbot.addWidget(window)
    assert window.findChild(PreferencesFollower) is not None


def test_a_returning_users_log_button_waits_for_the_history_opened_after_the_first_frame(
    qtbot: QtBot, library: Library, private_folders: tuple[Path, Path]
) -> None:
    returning_user(private_folders[1], "calves")
    window = build_main_window(load_application(resolve_paths(), library=library), defer=True)
    qtbot.addWidget(window)
    button = window.techniques.viewer.log_button
    assert button is not None and not button.isEnabled()
    assert button.toolTip() == "Your history is still opening."
    window.show()
    qtbot.waitUntil(lambda: window.findChild(HistoryService) is not None)
    service = window.findChild(HistoryService)
    assert service is not None
    qtbot.waitUntil(lambda: service.is_open, timeout=10_000)
    qtbot.waitUntil(button.isEnabled)
    assert (private_folders[0] / "history.sqlite").exists()


def test_the_menu_bar_keeps_its_shape_after_the_first_frame(
    qtbot: QtBot, window: MainWindow
) -> None:
    def titles() -> list[str]:
        return [action.text() for action in window.menuBar().actions()]

    on_the_first_frame = titles()
    assert on_the_first_frame.count("&Edit") == 1
    window.show()
    qtbot.waitUntil(lambda: window.findChild(RoutineRunner) is not None)  # first frame passed
    assert titles() == on_the_first_frame  # the history's Edit menu took its place
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    assert isinstance(edit, QMenu)
    assert [a.text() for a in edit.actions() if a.text()][:2] == ["&Undo", "&Redo"]


@pytest.mark.parametrize("how", ["step viewer", "review"])
def test_a_start_after_the_first_frame_waits_for_the_first_runs_safety_screen(
    qtbot: QtBot, window: MainWindow, application: Application, how: str
) -> None:
    first_run = install_first_run(window, application, enabled=True)
    window.show()
    qtbot.waitUntil(lambda: window.findChild(RoutineRunner) is not None)  # built, then guarded
    if how == "step viewer":
        window.start_session_requested.emit("calves")
    else:
        trigger(window, "Ctrl+2")
        review = window.findChild(ReviewScreen)
        assert review is not None
        review.start_requested.emit("calves")
    assert first_run.dialog is not None and first_run.dialog.isVisible()
    assert sessions_started(window) == 0


def test_the_apps_icon_comes_right_after_the_first_frame(
    qtbot: QtBot, application: Application
) -> None:
    """QIcon's enums and the eight PNG entries (about 2.5 ms) wait for the first frame."""
    from PySide6.QtGui import QIcon

    from foamroll_gui.app import give_icon, icon_after_first_frame
    from foamroll_gui.ui.lazy_screen import FirstFrame

    qt = QApplication.instance()
    assert isinstance(qt, QApplication)
    qt.setWindowIcon(QIcon())  # as ``foamroll`` starts Qt: no icon yet
    try:
        built = build_main_window(application, defer=True)
        qtbot.addWidget(built)
        icon_after_first_frame(built, qt)
        first_frame = built.findChild(FirstFrame)
        assert first_frame is not None
        with qtbot.waitSignal(first_frame.passed):
            built.show()
            assert qt.windowIcon().isNull()  # not on the first frame
        assert qt.windowIcon().pixmap(48, 48).width() == 48
        assert built.windowIcon().pixmap(16, 16).width() == 16  # the open window has it too
    finally:
        give_icon(qt)
