"""Reading from the floor: zoom the steps (remembered), cap line length, give steps the window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from foamroll_gui.ui.main_window import MainWindow
from foamroll_gui.ui.step_viewer import PICTURE_MAX_WIDTH, StepViewer

OpenMainWindow = Callable[..., MainWindow]  # the fixture in tests/ui/conftest.py


def activate(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()  # shortcuts reach the active window only
    qtbot.waitUntil(window.isActiveWindow)


def step_text_size(viewer: StepViewer) -> float:
    labels = [label for label in viewer.widget().findChildren(QLabel) if label.wordWrap()]
    return max(label.font().pointSizeF() for label in labels)


def test_zoom_keys_grow_text_and_pictures_and_the_zoom_is_remembered(
    qtbot: QtBot, open_main_window: OpenMainWindow
) -> None:
    window = open_main_window()
    activate(qtbot, window)
    window.techniques.select_muscle("calves")
    viewer = window.techniques.viewer
    text, picture = step_text_size(viewer), viewer.step_pictures[0].width()
    with qtbot.waitSignal(viewer.zoom_changed):
        qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert viewer.zoom > 1.3
    assert step_text_size(viewer) > text * 1.25
    assert viewer.step_pictures[0].width() > picture
    assert viewer.muscle_id == "calves"  # still the same muscle, rebuilt larger
    zoomed = viewer.zoom
    window.close()  # saves the window state

    again = open_main_window()
    activate(qtbot, again)
    assert again.techniques.viewer.zoom == zoomed
    qtbot.keyClick(again, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert again.techniques.viewer.zoom == 1.0
    qtbot.keyClick(again, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert again.techniques.viewer.zoom < 1.0


def test_lines_stay_short_on_a_wide_window(main_window: MainWindow) -> None:
    main_window.resize(2400, 1000)
    main_window.techniques.select_muscle("quadriceps")
    column = main_window.techniques.viewer.widget().layout().itemAt(1).widget()
    assert column.maximumWidth() < PICTURE_MAX_WIDTH + 1000  # about 75 characters beside it


def test_steps_only_gives_the_viewer_the_whole_screen(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    activate(qtbot, main_window)
    screen = main_window.techniques
    screen.select_muscle("calves")
    narrow = screen.viewer.width()
    qtbot.keyClick(
        main_window,
        Qt.Key.Key_V,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert not screen.muscle_list.isVisible() and not screen.body_map.isVisible()
    qtbot.waitUntil(lambda: screen.viewer.width() > narrow + 300)
    screen.steps_only_action.trigger()  # and back
    assert screen.muscle_list.isVisible() and screen.body_map.isVisible()
