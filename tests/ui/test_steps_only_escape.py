"""Esc leaves Steps Only (Ctrl+Shift+V gives the steps the whole window), as users expect of a
full view; Esc in the search field still clears the search first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from foamroll_gui.ui.main_window import MainWindow


def focused(qtbot: QtBot) -> QWidget:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def steps_only(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(
        focused(qtbot),
        Qt.Key.Key_V,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.techniques.steps_only_action.isChecked()


def test_esc_gives_the_list_and_the_map_back(qtbot: QtBot, main_window: MainWindow) -> None:
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    screen = main_window.techniques
    screen.select_muscle("calves")
    for start in (screen.viewer, screen.muscle_list.list):  # focus in the viewer, or hidden
        start.setFocus()
        qtbot.waitUntil(start.hasFocus)
        steps_only(qtbot, main_window)
        assert not screen.muscle_list.isVisible() and not screen.body_map.isVisible()
        qtbot.keyClick(focused(qtbot), Qt.Key.Key_Escape)
        assert not screen.steps_only_action.isChecked()
        assert screen.muscle_list.isVisible() and screen.body_map.isVisible()
        assert screen.viewer.muscle_id == "calves"


def test_esc_in_the_search_field_clears_it_and_changes_nothing_else(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    screen = main_window.techniques
    screen.focus_search()
    search = screen.muscle_list.search
    qtbot.waitUntil(search.hasFocus)
    qtbot.keyClicks(search, "calf")
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert search.text() == ""
    assert screen.muscle_list.isVisible() and not screen.steps_only_action.isChecked()
