"""The main window wires map, list and viewer together and remembers where the user was.

Every window here is built the way ``foamroll`` builds it (``app.load_application`` and
``app.build_main_window``), through the ``open_main_window`` fixture.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from foamroll_gui.core.content.model import Content
from foamroll_gui.ui.main_window import MainWindow
from foamroll_gui.ui.muscle_map import MuscleMapWidget

OpenMainWindow = Callable[..., MainWindow]  # the fixtures in conftest.py
InsidePoint = Callable[[MuscleMapWidget, str], QPoint]


def viewer_text(window: MainWindow) -> str:
    page = window.techniques.viewer.widget()
    return "\n".join(label.text() for label in page.findChildren(QLabel))


def test_clicking_the_map_fills_list_and_viewer(
    qtbot: QtBot, content: Content, main_window: MainWindow, inside_point: InsidePoint
) -> None:
    screen = main_window.techniques
    screen.body_map.set_face("back")
    back = screen.body_map.maps["back"]
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton, pos=inside_point(back, "calves-left"))
    assert screen.viewer.muscle_id == "calves"
    assert screen.muscle_list.list.currentItem().text() == "Calves"
    assert content.technique("calves").steps[2].title in viewer_text(main_window)


def test_list_selection_switches_to_a_face_that_shows_the_muscle(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    screen = main_window.techniques
    main_window.resize(1024, 640)  # narrow: one face at a time
    qtbot.waitUntil(lambda: not screen.body_map.showing_both())
    screen.body_map.set_face("back")
    qtbot.keyClicks(screen.muscle_list.search, "quad")
    qtbot.keyClick(screen.muscle_list.search, Qt.Key.Key_Return)
    assert screen.viewer.muscle_id == "quadriceps"
    assert screen.body_map.face() == "front"


def test_narrowing_to_one_face_keeps_the_selected_muscle_in_view(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """Calves chosen while both faces show, then the window narrows: the one face left is the
    back, where the calves are (and a muscle restored or opened in code shows its face too)."""
    screen = main_window.techniques
    main_window.resize(1600, 1000)
    qtbot.waitUntil(screen.body_map.showing_both)
    screen.body_map.set_face("front")
    screen.select_muscle("calves")
    main_window.resize(1024, 640)
    qtbot.waitUntil(lambda: not screen.body_map.showing_both())
    assert screen.body_map.face() == "back"
    screen.select_muscle("quadriceps")
    assert screen.body_map.face() == "front"


@pytest.mark.qt_log_ignore("QSoundEffect", "PulseAudio")  # no sound card here: cues are silent
def test_start_button_starts_a_timed_session_for_the_muscle(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    main_window.techniques.select_muscle("it-band")
    with qtbot.waitSignal(main_window.start_session_requested) as blocker:
        main_window.techniques.viewer.start_button.click()
    assert blocker.args == ["it-band"]
    timer = main_window.screens.currentWidget()
    assert type(timer).__name__ == "TimerScreen"
    assert timer.routine_label.text() == "IT band: a timed session"  # type: ignore[attr-defined]
    assert timer.phase_label.text() == "Next up: IT band"  # type: ignore[attr-defined]


def test_last_muscle_and_face_are_remembered(
    content: Content, open_main_window: OpenMainWindow
) -> None:
    window = open_main_window()
    window.techniques.body_map.set_face("front")
    window.techniques.select_muscle("adductors", "right")
    window.close()
    again = open_main_window()
    assert again.techniques.viewer.muscle_id == "adductors"
    assert again.techniques.viewer.side == "right"
    assert again.techniques.body_map.face() == "front"
    assert again.techniques.muscle_list.list.currentItem().text() == (
        content.muscle("adductors").name
    )


def test_pane_sizes_are_remembered(qtbot: QtBot, open_main_window: OpenMainWindow) -> None:
    window = open_main_window()
    splitter = window.techniques.splitter
    splitter.setSizes([300, 400, 580])
    sizes = splitter.sizes()
    window.close()
    again = open_main_window()
    assert again.techniques.splitter.sizes() == sizes


def test_safety_page_lists_every_contraindication(
    qtbot: QtBot, content: Content, main_window: MainWindow
) -> None:
    dialog = main_window.show_help_page("safety")
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    for item in content.safety.contraindications:
        assert item in text
    for sign in content.safety.stop_signs:
        assert sign in text


def test_how_it_works_page_cites_the_research(qtbot: QtBot, main_window: MainWindow) -> None:
    dialog = main_window.show_help_page("how-it-works")
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert "Behm" in text and "Wiewelhove" in text


def test_the_view_menu_switches_screens_and_map_faces_by_keyboard(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    screen = main_window.techniques
    main_window.resize(1024, 640)  # one face at a time
    qtbot.waitUntil(lambda: not screen.body_map.showing_both())
    shortcuts = {
        action.text().replace("&", ""): action.shortcut()
        for action in main_window.view_menu.actions()
        if not action.isSeparator()
    }
    assert shortcuts["Techniques"] == QKeySequence("Ctrl+1")
    assert shortcuts["Map Front"] == QKeySequence("Ctrl+Shift+F")
    assert shortcuts["Map Back"] == QKeySequence("Ctrl+Shift+B")
    qtbot.keyClick(
        main_window,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert screen.body_map.face() == "front"
    qtbot.keyClick(
        main_window,
        Qt.Key.Key_B,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert screen.body_map.face() == "back"
    qtbot.keyClick(main_window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert main_window.screens.currentWidget() is screen
